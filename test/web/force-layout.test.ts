// The network page's layout, without a browser: separate groups must not push each other so far
// apart that, once the picture is fitted to the frame, every edge inside a group is a few pixels.

import assert from 'node:assert/strict';
import { test } from 'node:test';

interface Point { x: number; y: number }
type Layout = (nodes: { id: string }[], edges: { source: string; target: string }[], opts?: { iterations?: number }) => Map<string, Point>;
const { layout } = (await import(new URL('../../web/force-layout.js', import.meta.url).href)) as { layout: Layout };

/** Twenty stars of one to eight leaves each, like projects with their partners. */
function stars(count: number) {
  const nodes: { id: string }[] = [];
  const edges: { source: string; target: string }[] = [];
  for (let c = 0; c < count; c++) {
    nodes.push({ id: `p${c}` });
    for (let l = 0; l < 1 + (c % 8); l++) {
      nodes.push({ id: `o${c}.${l}` });
      edges.push({ source: `p${c}`, target: `o${c}.${l}` });
    }
  }
  return { nodes, edges };
}

test('edges of separate groups stay long enough to see once fitted to the 1000x620 frame', () => {
  const { nodes, edges } = stars(20);
  const pos = layout(nodes, edges);
  const lengths = edges.map((e) => Math.hypot(pos.get(e.source)!.x - pos.get(e.target)!.x, pos.get(e.source)!.y - pos.get(e.target)!.y));
  const mean = lengths.reduce((a, b) => a + b, 0) / lengths.length;
  // a node is drawn 10-18 units wide: an edge should be clearly longer than that
  assert.ok(mean > 35, `mean edge length ${mean.toFixed(1)}`);
  for (const p of pos.values()) assert.ok(p.x >= 0 && p.x <= 1000 && p.y >= 0 && p.y <= 620);
});

test('the same graph always gets the same picture', () => {
  const { nodes, edges } = stars(6);
  assert.deepEqual([...layout(nodes, edges).entries()], [...layout(nodes, edges).entries()]);
});
