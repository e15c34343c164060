import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, names, docOf } from './helpers.js';

// Legal forms that the tokenizer cuts at their dots, slashes or spaces must stay inside the company's name.

test('legal forms written with dots, a slash or a space end an organisation name and stay in it', () => {
  const x = run('The road will be built by Kovrin Gradnja d.o.o. and Lipa Mostovi d.d., with bearings from Tessaro Impianti S.p.A. in a consortium that also includes Wolnik Budowa sp. z o.o. and Hallund Vind A/S.');
  const orgs = names(x.organizations);
  for (const n of ['Kovrin Gradnja d.o.o.', 'Lipa Mostovi d.d.', 'Tessaro Impianti S.p.A.', 'Wolnik Budowa sp. z o.o.', 'Hallund Vind A/S']) {
    assert.ok(orgs.includes(n), `${n} not in ${orgs.join(' | ')}`);
  }
  assert.equal(x.places.length, 0, JSON.stringify(x.places));
});

test('a legal form with its period before "The" or "It" ends the name and the sentence', () => {
  const x = run('The plant belongs to the project company, Pelham Tarn Energy Co., Ltd. The plant was built in two years. Its partner is Quebrada Alta S.A. It holds a third of the shares.');
  const orgs = names(x.organizations);
  assert.ok(orgs.includes('Pelham Tarn Energy Co., Ltd.'), orgs.join(' | '));
  assert.ok(orgs.includes('Quebrada Alta S.A.'), orgs.join(' | '));
  const doc = docOf('Its partner is Quebrada Alta S.A. It holds a third of the shares.');
  assert.equal(doc.sentences.length, 2);
});

test('a period inside a legal form splits nothing', () => {
  const doc = docOf('Tessaro Impianti S.p.A. and Wolnik Budowa sp. z o.o. signed the contract.');
  assert.equal(doc.sentences.length, 1);
});

test('the name without its legal form, used later, is the same organisation and never a person', () => {
  const x = run('Ostrava Signal d.o.o. won the contract. Later, Ostrava Signal said the works would start in May. Petr Novak, chairman of Ostrava Signal, said the team was ready.');
  assert.deepEqual(names(x.people), ['Petr Novak']);
  const o = x.organizations.find((q) => q.name === 'Ostrava Signal d.o.o.');
  assert.ok(o, JSON.stringify(x.organizations));
  assert.deepEqual(o.aliases, ['Ostrava Signal']);
  assert.equal(x.organizations.length, 1, names(x.organizations).join(' | '));
});

test('a body\'s head or legal form, then its own name in quotation marks, is one organisation with the marks', () => {
  const x = run('The licence was refused by the National Administration "Velmor Waters" last month. The plant belongs to JSC “Tarvin Energy”, and LLP "Kessary Stroy" builds it.');
  assert.deepEqual(names(x.organizations).sort(), ['JSC “Tarvin Energy”', 'LLP "Kessary Stroy"', 'National Administration "Velmor Waters"']);
  // (a quotation after an ordinary word is no name: the words of a quote stay what they are)
  const y = run('The minister called the plan "Tarvin First" and moved on.');
  assert.deepEqual(names(y.organizations), []);
});

test('legal forms written in lower case ("plc", "ehf.", "hf.") end a name and belong to it; one word with a bank\'s or utility\'s ending is a body', () => {
  const x = run('Kessarybank approved the loan, and Hekla Orka ehf. will drill the wells with Tarvin Holdings plc and Nordvik Kraft hf. as partners. Velmoraenergo buys the power.');
  assert.deepEqual(names(x.organizations).sort(), ['Hekla Orka ehf.', 'Kessarybank', 'Nordvik Kraft hf.', 'Tarvin Holdings plc', 'Velmoraenergo']);
  // ("Bank" alone, and a word that merely contains the ending inside, are not names by it)
  const y = run('The Bank said the embankment would be finished in May.');
  assert.deepEqual(names(y.organizations), []);
});
