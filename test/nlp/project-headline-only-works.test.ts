import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// Invented press items whose headline is the only place naming the works: the body goes on about "the plant" or "the
// farm" without naming it again. The headline then names the project; where the body names the works itself, the
// headline is still only a repeat.

test('works named only in the headline, referred to in the body, are the project', () => {
  const x = run('Fjellvik Kraft AS said on Monday it had taken a final investment decision. The plant will cost NOK 900 million and is due to start in 2028.', '2026-05-04', 'Fjellvik Kraft to build 50 MW hydro plant in Norway');
  assert.equal(x.projects.length, 1, JSON.stringify(x.projects.map((p) => p.name)));
  const p = x.projects[0];
  assert.equal(p.type, 'hydro_power_plant');
  assert.deepEqual(p.capacity.map((c) => `${c.value} ${c.unit}`), ['50 MW']);
  assert.equal(p.amount?.currency, 'NOK');
  assert.ok(p.places.includes('Norway'), p.places.join(' | '));
  const y = run('The agreement was signed in Santiago with the energy ministry. The farm will be finished in 2028.', '2026-05-04', 'Velmora Power signs deal for 300 MW wind farm in Chile');
  assert.deepEqual(y.projects.map((q) => [q.type, q.status]), [['wind_power_plant', 'agreed']]);
});

test('a headline over a body that names the works adds no second project', () => {
  const x = run('Velmora Power signed a deal on Monday for a 300 MW wind farm in Chile. The farm will be finished in 2028.', '2026-05-04', 'Velmora Power signs deal for 300 MW wind farm in Chile');
  assert.equal(x.projects.length, 1, JSON.stringify(x.projects.map((p) => p.name)));
});

test('a headline naming works over a body that never refers to them gives no project', () => {
  const x = run('Velmora Power reported higher profits on Monday. Its chief executive will retire in June.', '2026-05-04', 'Velmora Power weighs 300 MW wind farm in Chile');
  assert.deepEqual(x.projects, []);
});
