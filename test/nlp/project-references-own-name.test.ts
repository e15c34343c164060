import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// Invented mini-articles. "The plant" right after a sentence that named a desalination plant and then the mine it
// supplies is the desalination plant: a mine's kind may have plant heads ("processing plant"), but the project whose own
// name ends in the word wins over the mine under discussion. Its cost goes to it, not to the mine.
const amountOf = (text: string, type: string) => {
  const p = run(text).projects.find((q) => q.type === type);
  assert.ok(p, type);
  return p.amount ? p.amount.value : null;
};

test('"the $640 million plant" after a desalination plant and the mine it feeds is the desalination plant', () => {
  const text = 'Near Puerto Lenga, a desalination plant operated by Aguas Norte SpA has been pumping 900 litres of water per second since May to the Cerro Pardo copper mine owned by Minera Pardo. '
    + 'The $640 million plant was built under a 15-year supply agreement, with the mine as sole customer.';
  assert.equal(amountOf(text, 'water_supply'), 640e6);
  assert.equal(amountOf(text, 'mine'), null);
});

// Counter-cases: a generic word naming the project under discussion and another project of its own kind stays with
// the project under discussion.
test('"the facility" after a hub and a second facility of the same kind stays the hub', () => {
  const text = 'Norvik Cold Ltd has opened a cold-storage hub at the fish port in Talmora, and has started building a second facility in Brevik. '
    + 'The facility was built by Ostra Builders Corporation. The hub cost $30 million.';
  const x = run(text);
  const hub = x.projects.find((p) => p.name.includes('hub'));
  assert.ok(hub);
  assert.equal(hub.amount?.value, 30e6);
  assert.ok(hub.organizations.some((o) => o.name === 'Ostra Builders Corporation'), JSON.stringify(hub.organizations));
});
