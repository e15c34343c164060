import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// Invented interview: size and cost questions that name no facility ask about the one project discussed.

const intro = 'Anna Novak is chief executive of Orvel Nickel, the joint venture planning a high-pressure acid leach (HPAL) plant on Tarvin island.';
const stand = ['Q: Where does the project stand?', 'Novak: We have the permit, and the joint venture agreement has been signed. What we do not have yet is a final investment decision.'];

test("'Q: How big will it be?' then 'Q: And the cost?' several answers after the plant was named: the answers size and price it", () => {
  const x = run([intro, ...stand, 'Q: How big will it be?', 'Novak: The design is for 40,000 tonnes of nickel a year.', 'Q: And the cost?', 'Novak: Around one billion dollars.'].join('\n\n'));
  assert.deepEqual(x.projects.map((p) => [p.type, p.capacity.map((c) => c.value), p.amount?.value]), [['manufacturing_plant', [40_000], 1_000_000_000]]);
});

test('counter-case: a question with no figure word leaves the sum of its answer alone', () => {
  const x = run([intro, ...stand, 'Q: What do you think of the market?', 'Novak: Traders lost about one billion dollars last year.'].join('\n\n'));
  assert.equal(x.projects[0].amount, null);
});

test('counter-case: with two projects in the interview, a size question far from both takes neither', () => {
  const x = run([intro, 'Q: And the port?', 'Novak: The Dorsk port of 2 km of berths is being built by Kessel Marine.', 'Q: What about the people?', 'Novak: We will hire 3,000 people.', 'Q: How big will it be?', 'Novak: The design is for 40,000 tonnes of nickel a year.'].join('\n\n'));
  assert.ok(!x.projects.some((p) => p.capacity.some((c) => c.value === 40_000)));
});
