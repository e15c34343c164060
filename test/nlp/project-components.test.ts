import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// Invented sentences: a sentence opening "That includes ..." right after a project lists its parts.

test("'That includes the captive power plant, 250 megawatts, the acid plant and a jetty' lists parts of the project", () => {
  const x = run('Orvel Nickel plans a high-pressure acid leach (HPAL) plant on Tarvin island, designed for 50,000 tonnes of nickel a year. The cost is about $1.5 billion. That includes the captive power plant, 250 megawatts, the acid plant and a jetty.');
  assert.deepEqual(x.projects.map((p) => p.type), ['manufacturing_plant']);
  assert.deepEqual(x.projects[0].capacity.map((c) => [c.value, c.unit]), [[50_000, 't'], [250, 'MW']]);
});

test('in an interview, the answer listing what the cost includes speaks of the one project discussed', () => {
  const x = run([
    'Anna Novak is chief executive of Orvel Nickel, which plans a high-pressure acid leach (HPAL) plant on Tarvin island.',
    'Q: Where does the project stand?',
    'Novak: We have the permit. We do not have a final investment decision yet.',
    'Q: And the cost?',
    'Novak: Around one billion dollars. That includes the captive power plant, 250 megawatts, and a jetty.',
  ].join('\n\n'));
  assert.deepEqual(x.projects.map((p) => [p.type, p.capacity.map((c) => c.value)]), [['manufacturing_plant', [250]]]);
});

test("'the power plant' after a captive power plant was listed as a part is that part, not a project", () => {
  const x = run('Orvel Nickel plans a high-pressure acid leach (HPAL) plant on Tarvin island, designed for 50,000 tonnes of nickel a year. That includes the captive power plant, 250 megawatts, and a jetty. People ask whether the power plant will burn coal. It will burn gas, brought in by ship from Kessary.');
  assert.deepEqual(x.projects.map((p) => p.type), ['manufacturing_plant']);
});
