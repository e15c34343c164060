import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// Invented sentences. A grant is one donor's part of the cost and no amount of the project, unless the text says it
// pays for the whole; a sum a second party adds ("and the department will add $3 million") is a part too. A loan
// with no cost stated stays the amount (the gold keeps it), and the cost, when stated, wins as before.
const amountOf = (text: string, type: string) => {
  const x = run(text);
  const p = x.projects.find((q) => q.type === type);
  assert.ok(p, JSON.stringify(x.projects.map((q) => [q.name, q.type])));
  return p.amount ? `${p.amount.value} ${p.amount.currency}` : null;
};

test('a grant and a share added by another party give no amount', () => {
  assert.equal(amountOf('The Korean agency will give a grant of $8 million for an irrigation scheme in the Tarija valley, and the department will add $3 million. The scheme will water 2,000 hectares.', 'irrigation'), null);
  assert.equal(amountOf('Norland Aid signed a €6 million grant for a water supply scheme in Kukës. The scheme will serve 40,000 people.', 'water_supply'), null);
  assert.equal(amountOf('A 40-bed hospital at Vanimo will be built with grants worth A$15 million from Canberra, the province said.', 'hospital'), null);
});

test('a grant that pays for the whole is the amount', () => {
  assert.equal(amountOf('An inter-island jetty at Lenakel, paid for entirely by a ¥3.1 billion grant from the Japanese agency, opened on Friday.', 'port'), '3100000000 JPY');
  assert.equal(amountOf('In Tulcea, a river jetty built by Delta Docks SA and paid for by a 25 million euro grant opened on Friday.', 'port'), '25000000 EUR');
  assert.equal(amountOf('A water supply scheme in Kukës, funded by a €6 million grant from Norland Aid, will serve 40,000 people.', 'water_supply'), '6000000 EUR');
  assert.equal(amountOf('Norland Aid will fully fund the water supply scheme in Kukës with a €6 million grant. The scheme will serve 40,000 people.', 'water_supply'), '6000000 EUR');
});

test('the cost stated beside a grant is the amount', () => {
  assert.equal(amountOf('The water supply scheme in Kukës will cost €14 million, of which Norland Aid gives a €6 million grant.', 'water_supply'), '14000000 EUR');
  assert.equal(amountOf('Norland Aid signed a €6 million grant for a water supply scheme in Kukës, which is budgeted at €14 million.', 'water_supply'), '14000000 EUR');
});

test('a loan with no cost stated stays the amount, and a sum that sizes works added is theirs (counter-cases)', () => {
  assert.equal(amountOf('Tarn Foods runs a dairy in Plovdiv and will add a $30 million juice factory in Pazardzhik next year.', 'manufacturing_plant'), '30000000 USD');
  assert.equal(amountOf('Orvane Bank signed a $45 million loan for a 30 MW solar plant at Chipata.', 'solar_power_plant'), '45000000 USD');
});
