import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/nlp/extract.js';
import { resolveReferences } from '../../src/nlp/coreference.js';

/** The organisation each description in the text refers to, as [description, name]. */
function references(text: string): [string, string][] {
  const a = analyze({ text, published: '2025-03-12' });
  return resolveReferences(a.doc, a.mentions, a.entities).filter((m) => m.label === 'ORG').map((m) => [m.text, a.entities.organizations[m.entity].name]);
}

// "the Turkish company", "the Chinese group": a nationality in the description picks the body of that country (by a
// demonym or a country's possessive before one of its mentions, or a place of that country opening its name).
test('a nationality in a description picks the body of that country, not the body named last', () => {
  const x = references('Tarvin Solar Energy LLC is a project company in which the Turkish developer Ardlow Güneş Enerji A.Ş. holds 80 per cent. The Northern Reconstruction Bank lent $52 million, and the Turkish company put in most of the equity.');
  assert.deepEqual(x.filter(([d]) => d === 'the Turkish company'), [['the Turkish company', 'Ardlow Güneş Enerji A.Ş.']]);
  const y = references('The contract was signed with a consortium led by Hubei Velmora Road & Bridge Co., Ltd. together with Turkey\'s Kessary Yapı A.Ş. The European Union is providing a grant. Hu Jianxin, the Chinese group\'s general manager for Europe, said machinery would arrive soon.');
  assert.deepEqual(y.filter(([d]) => d === 'the Chinese group'), [['the Chinese group', 'Hubei Velmora Road & Bridge Co., Ltd.']]);
});

// "The government wants ...": the country's government is no named body, least of all a ministry or authority.
test('"the government" refers to no ministry or authority named earlier', () => {
  const x = references('The Tarvin Ports and Free Zones Authority has proposed a rail spur. The government wants rail to carry a third of the cargo.');
  assert.deepEqual(x.filter(([d]) => d.toLowerCase() === 'the government'), []);
});

// "B has leased the land to the company": an object description does not point back to its own clause's subject.
test('"the company" in a clause does not refer to that clause\'s own subject', () => {
  const x = references('Falcon Velmora Data PJSC broke ground on Tuesday on a data centre near Lahore. The Punjab Land Board (PLB) has leased the land to the company for 30 years.');
  assert.deepEqual(x.filter(([d]) => d === 'the company'), [['the company', 'Falcon Velmora Data PJSC']]);
});

// "A and B (a bank) ... the railway company": a bank is "the bank" or "the lender", not "the company".
test('"the company" is not a bank', () => {
  const x = references('Velmora Railway Share Company (VRSC) has received 40 wagons. The Kessary Export-Import Bank is financing the purchase with a seven-year loan to the railway company.');
  assert.deepEqual(x.filter(([d]) => d === 'the railway company'), [['the railway company', 'Velmora Railway Share Company']]);
});

test('a trade word in a description ("the railway company") prefers the body whose name has it; a "Banco" is a bank', () => {
  const x = references('Velmora Railway Share Company (VRSC) ordered 200 wagons from Hexi Rail Vehicle Co., Ltd. The wagons are paid for with a seven-year loan to the railway company.');
  assert.deepEqual(x.filter(([d]) => d === 'the railway company'), [['the railway company', 'Velmora Railway Share Company']]);
  const y = references('Hexi Water Engineering Co., Ltd. holds the works contract for the dam. Banco de Desarrollo del Kessary is in talks about a loan. Zhou said the contractor would not begin pouring concrete before spring.');
  assert.deepEqual(y.filter(([d]) => d === 'the contractor'), [['the contractor', 'Hexi Water Engineering Co., Ltd.']]);
});
