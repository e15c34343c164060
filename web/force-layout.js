// A small force-directed layout (Fruchterman-Reingold style): every pair of nodes pushes
// apart, every edge pulls its ends together, a weak pull to the centre keeps separate groups
// on screen, and the step shrinks each round so the layout settles. Deterministic: nodes start
// on a spiral in input order, so the same graph always gets the same picture.

export function layout(nodes, edges, { iterations = 250, size = 1000, width = 1000, height = 620 } = {}) {
  const n = nodes.length;
  if (n === 0) return new Map();
  const index = new Map(nodes.map((node, i) => [node.id, i]));
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  const golden = Math.PI * (3 - Math.sqrt(5));
  for (let i = 0; i < n; i++) {
    const r = (size / 2) * Math.sqrt((i + 0.5) / n);
    x[i] = r * Math.cos(i * golden);
    y[i] = r * Math.sin(i * golden);
  }
  const links = edges.map((e) => [index.get(e.source), index.get(e.target)]).filter(([a, b]) => a !== undefined && b !== undefined);
  const k = size / Math.sqrt(n) / 1.5; // ideal edge length
  const cutoff2 = (3 * k) ** 2;
  const dx = new Float64Array(n);
  const dy = new Float64Array(n);
  let step = size / 10;
  for (let round = 0; round < iterations; round++) {
    dx.fill(0);
    dy.fill(0);
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        let ddx = x[i] - x[j];
        let ddy = y[i] - y[j];
        let d2 = ddx * ddx + ddy * ddy;
        if (d2 < 1e-6) {
          ddx = 0.1 * ((i % 7) - 3);
          ddy = 0.1 * ((j % 5) - 2);
          d2 = ddx * ddx + ddy * ddy + 1e-6;
        }
        // Beyond a few edge lengths nodes stop pushing (the grid variant of the method): else
        // separate groups drive each other to the edges of the picture, and once it is fitted
        // to the frame every edge inside a group shrinks to a few pixels.
        if (d2 > cutoff2) continue;
        const f = (k * k) / d2; // repulsion k²/d, spread along the unit vector (divided by d again)
        dx[i] += ddx * f;
        dy[i] += ddy * f;
        dx[j] -= ddx * f;
        dy[j] -= ddy * f;
      }
    }
    for (const [a, b] of links) {
      const ddx = x[a] - x[b];
      const ddy = y[a] - y[b];
      const d = Math.sqrt(ddx * ddx + ddy * ddy) || 1e-3;
      const f = d / k; // attraction d²/k along the unit vector
      dx[a] -= ddx * f;
      dy[a] -= ddy * f;
      dx[b] += ddx * f;
      dy[b] += ddy * f;
    }
    for (let i = 0; i < n; i++) {
      dx[i] -= x[i] * 0.05;
      dy[i] -= y[i] * 0.05;
      const d = Math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]) || 1;
      const move = Math.min(d, step);
      x[i] += (dx[i] / d) * move;
      y[i] += (dy[i] / d) * move;
    }
    step = Math.max(1, step * 0.97);
  }
  // Stretched to fill the frame: separate groups drift far apart, and the picture should use
  // the screen rather than keep their exact distances.
  const [minX, maxX, minY, maxY] = [Math.min(...x), Math.max(...x), Math.min(...y), Math.max(...y)];
  const sx = maxX > minX ? width / (maxX - minX) : 1;
  const sy = maxY > minY ? height / (maxY - minY) : 1;
  return new Map(nodes.map((node, i) => [node.id, { x: (x[i] - minX) * sx, y: (y[i] - minY) * sy }]));
}
