// Organisations, people and projects as a GraphML network for Gephi, yEd or networkx:
// organisation–project edges carry the role, person–organisation edges the title, and a
// subsidiary has a part_of edge to its parent.

import type { RegisterExport } from './register-export.js';
import { foldCase } from '../resolve/normalize-name.js';

// XML 1.0 forbids most control characters even when escaped.
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const xml = (s: string | number | null | undefined): string =>
  String(s ?? '').replace(INVALID_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const KEYS: [id: string, target: 'node' | 'edge', type: string][] = [
  ['kind', 'node', 'string'], ['label', 'node', 'string'], ['type', 'node', 'string'], ['sector', 'node', 'string'],
  ['status', 'node', 'string'], ['country', 'node', 'string'], ['relation', 'edge', 'string'], ['role', 'edge', 'string'],
];

export function registerToGraphml(reg: RegisterExport): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...KEYS.map(([id, target, type]) => `  <key id="${id}" for="${target}" attr.name="${id}" attr.type="${type}"/>`),
    '  <graph id="corridor" edgedefault="undirected">',
  ];
  const node = (id: string, data: Record<string, string | null | undefined>) => {
    out.push(`    <node id="${xml(id)}">${Object.entries(data).filter(([, v]) => v).map(([k, v]) => `<data key="${k}">${xml(v)}</data>`).join('')}</node>`);
  };
  let edges = 0;
  const edge = (a: string, b: string, data: Record<string, string | null | undefined>) => {
    out.push(`    <edge id="e${++edges}" source="${xml(a)}" target="${xml(b)}">${Object.entries(data).filter(([, v]) => v).map(([k, v]) => `<data key="${k}">${xml(v)}</data>`).join('')}</edge>`);
  };
  const orgByName = new Map<string, string>();
  for (const o of reg.organizations) {
    node(o.id, { kind: 'organization', label: o.name, country: o.country });
    for (const n of [o.name, ...o.aliases]) if (!orgByName.has(foldCase(n))) orgByName.set(foldCase(n), o.id);
  }
  for (const p of reg.projects) node(p.id, { kind: 'project', label: p.name, type: p.type, sector: p.sector, status: p.status, country: p.country });
  for (const p of reg.people) node(p.id, { kind: 'person', label: p.name });
  for (const p of reg.projects) {
    const seen = new Set<string>();
    for (const o of p.organizations) {
      if (seen.has(`${o.id}|${o.role}`)) continue;
      seen.add(`${o.id}|${o.role}`);
      edge(o.id, p.id, { relation: 'partner_in', role: o.role });
    }
  }
  for (const o of reg.organizations) if (o.partOf) edge(o.id, o.partOf, { relation: 'part_of' });
  for (const person of reg.people) {
    const seen = new Set<string>();
    for (const t of person.titles) {
      const org = t.organization ? orgByName.get(foldCase(t.organization)) : undefined;
      if (!org || seen.has(org)) continue;
      seen.add(org);
      edge(person.id, org, { relation: 'works_for', role: t.title });
    }
  }
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}
