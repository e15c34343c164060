import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

// Invented sentences. A cost stated in a sentence that names no facility ("The first phase is budgeted at ...", "The
// works are priced at ...") still speaks of the project under discussion, and wins over a lender's loan stated
// before or after it. Sums written with the scale 'bln' ("20.1 bln rubles", translated wires) are sums too.
const amountOf = (text: string, type: string) => {
  const x = run(text);
  const p = x.projects.find((q) => q.type === type);
  assert.ok(p, JSON.stringify(x.projects.map((q) => [q.name, q.type])));
  return p.amount ? `${p.amount.value} ${p.amount.currency}` : null;
};

test("'is budgeted at' in a later sentence is the cost, not the loan before or after it", () => {
  assert.equal(amountOf('Harbour Gate Holdings won a concession to build a container terminal at Puerto Barrios. The first phase is budgeted at about $450 million. The regional bank has approved a $150 million loan to the terminal company.', 'port'), '450000000 USD');
  assert.equal(amountOf('Harbour Gate Holdings won a concession to build a container terminal at Puerto Barrios, and the regional bank approved a $150 million loan for it. The works are budgeted at about $450 million.', 'port'), '450000000 USD');
  assert.equal(amountOf('Norvia Rail signed a loan of €80 million for a 60-km railway from Ruse to Byala. The works are budgeted at €130 million, the ministry said.', 'railway'), '130000000 EUR');
});

test("'is priced at' in a later sentence is the cost", () => {
  assert.equal(amountOf('Kelso Power will build a 90 MW solar plant near Mardan. Lenders have offered a $60 million loan. The scheme is priced at $85 million.', 'solar_power_plant'), '85000000 USD');
  assert.equal(amountOf('Orlan Foods broke ground on a flour mill in Kashi. Tarim Bank is lending $12 million for it. The mill is priced at $30 million.', 'agricultural_facility'), '30000000 USD');
});

test("'bln' and 'mln' scales after a figure, with the currency word after", () => {
  assert.equal(amountOf('Under the agreement, Tarvo Gas will build a 180-km gas pipeline from Naryn to Talas. The cost of the project is estimated at 20.1 bln rubles. The fund intends to provide a loan of up to 50 mln US dollars for the pipeline.', 'pipeline'), '20100000000 RUB');
  assert.equal(amountOf('Tarvo Gas will build a 40-km gas pipeline to Balykchy at a cost of 3.2 bln soms.', 'pipeline'), '3200000000 KGS');
});

test('a loan stays the amount when no cost is stated (counter-case)', () => {
  assert.equal(amountOf('The regional bank approved a $150 million loan for a container terminal at Puerto Barrios built by Harbour Gate Holdings. The works will start in May.', 'port'), '150000000 USD');
});
