import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, names } from './helpers.js';

test('a title with its complement, a comma and then the name: the name is one person, even with a town for a surname', () => {
  const x = run("Ardlow Agua's managing director for the Middle East, Ana Ruiz Cuenca, said the consortium would bid. Ruiz said two banks were mandated.");
  assert.deepEqual(names(x.people), ['Ana Ruiz Cuenca']);
  assert.deepEqual(names(x.places), ['Middle East']);
  const role = x.people[0].roles[0];
  assert.equal(role?.title, 'managing director for the Middle East');
  // (a list of places after a complement stays places)
  const y = run('She is head of sales for Africa, Kenya and Ghana, the company said.');
  assert.deepEqual(names(y.people), []);
  assert.deepEqual(names(y.places).sort(), ['Africa', 'Ghana', 'Kenya']);
});

test('"vice-president for operations, NAME, on Tuesday": the person and the meeting', () => {
  const x = run("Minister of Transport Dalia Okonjo met the Kessary Development Bank's vice-president for operations, Idris Kanté Obiang, on Tuesday to agree the disbursement schedule.");
  assert.deepEqual(names(x.people).sort(), ['Dalia Okonjo', 'Idris Kanté Obiang']);
  const meeting = x.events.find((e) => e.type === 'meeting');
  assert.ok(meeting, JSON.stringify(x.events));
  assert.deepEqual([...meeting.participants].sort(), ['Dalia Okonjo', 'Idris Kanté Obiang']);
});


test('a long complement that reads as a proper name (ministry domain, bank with its acronym) still introduces the name after the comma', () => {
  const x = run('The signing was attended by the Minister of Energy and Water Resources of Velmora, Petar Draganov; the Vice President of the Nordic Investment Bank (NIB), Lars Holmberg; and the Ambassador of the Republic of Korea to Velmora, Lee Sang-woo.');
  assert.deepEqual(names(x.people).sort(), ['Lars Holmberg', 'Lee Sang-woo', 'Petar Draganov']);
  assert.ok(!names(x.places).includes('Petar Draganov'));
  // (a long complement that is a clause, not a name, introduces nobody)
  const y = run('He was appointed chairman of the board that the two governments set up last year, Kessary officials said.');
  assert.deepEqual(names(y.people), []);
});

test('"chairman of the board of X A.Ş., NAME": a complement closed by a legal form is the company, the person comes after the comma', () => {
  const x = run('The contract was signed by the Chairman of the Board of Tarvin Enerji Yatırım A.Ş., Mehmet Ali Karaca, and by Ivan Petrov.');
  assert.deepEqual(names(x.people).sort(), ['Ivan Petrov', 'Mehmet Ali Karaca']);
  assert.ok(names(x.organizations).includes('Tarvin Enerji Yatırım A.Ş.'), JSON.stringify(names(x.organizations)));
});

test("a minister's long complement before the name is the ministry's field, not a body; a bank's title complement stays a body", () => {
  const x = run('The signing was attended by the Minister of Economy and Sustainable Development of Moldova, Anri Beridze, and by the Vice President of the Kessary Development Bank, Nino Kapanadze.');
  assert.deepEqual(names(x.people).sort(), ['Anri Beridze', 'Nino Kapanadze']);
  assert.deepEqual(names(x.organizations), ['Kessary Development Bank']);
  assert.deepEqual(names(x.places), ['Moldova']);
  // (with a place the gazetteer does not know, the complement's last word is still nobody)
  const y = run('The signing was attended by the Minister of Energy and Mines of Velmora, Anri Beridze.');
  assert.deepEqual(names(y.people), ['Anri Beridze']);
  assert.deepEqual(names(y.organizations), []);
});

test('"Minister of Works NAME": a domain word that is also a verb stays the title\'s domain, and the name after it is the minister', () => {
  const x = run("Uganda's Minister of Works Grace Akello toured the site on Monday with the contractor's engineers.");
  assert.deepEqual(names(x.people), ['Grace Akello']);
  assert.equal(x.people[0].roles[0]?.title, 'Minister of Works');
  const y = run('The Minister of Works and Transport Peter Ssali opened the bridge.');
  assert.deepEqual(names(y.people), ['Peter Ssali']);
  assert.equal(y.people[0].roles[0]?.title, 'Minister of Works and Transport');
});
