import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, names } from './helpers.js';

test('an honorific without its period opens a person, even when the family name is also a town', () => {
  const x = run('The agreement was signed in Hanoi by Mr Lim Wei Kang, managing director of Pelham Tarn Energy. Mr Lim said the plant would open in 2027.');
  assert.deepEqual(names(x.people), ['Lim Wei Kang']);
  assert.deepEqual(x.people[0].aliases, ['Lim']);
  assert.ok(!names(x.places).includes('Lim'), names(x.places).join(' | '));
});

test('a short form defined in quotes inside parentheses is an alias of the name before it', () => {
  const x = run('Waste reaches the plant through Tarvin Urban Services Joint Stock Company ("TUSC"), and Kestrel Hijau Berhad ("Kestrel Hijau" or "the Group") runs it. TUSC said the trucks were new.');
  const tusc = x.organizations.find((o) => o.name === 'Tarvin Urban Services Joint Stock Company');
  assert.ok(tusc, names(x.organizations).join(' | '));
  assert.deepEqual(tusc.aliases, ['TUSC']);
  const kh = x.organizations.find((o) => o.name === 'Kestrel Hijau Berhad');
  assert.ok(kh?.aliases.includes('Kestrel Hijau'), JSON.stringify(kh));
  assert.equal(x.organizations.length, 2, names(x.organizations).join(' | '));
});

test('a mixed-case word listed as not a name ("MoU") is no organisation', () => {
  const x = run('MoU for a second plant\n\nIn a separate development, Kestrel Tenaga Sdn Bhd signed a MoU with the city council. The MoU provides for a study.');
  assert.deepEqual(names(x.organizations), ['Kestrel Tenaga Sdn Bhd']);
});

test('a place closing the complement of a title is not a person; its region word stays in the body\'s name', () => {
  const x = run("Tran Minh Duc, Vice Chairman of the People's Committee of Hai Duong province, welcomed the plan.");
  assert.deepEqual(names(x.people), ['Tran Minh Duc']);
  assert.deepEqual(names(x.organizations), ["People's Committee of Hai Duong province"]);
});

test('a one-word name with its title in apposition is a person; a by-name introduced with "as" is not an apposition', () => {
  const x = run("Sutrisno, the miner's president director, said output would double.");
  assert.deepEqual(names(x.people), ['Sutrisno']);
  const y = run('At the opening Kessa, as the governor is popularly called, cut the ribbon.');
  assert.deepEqual(names(y.people), []);
});

test('a name joined by "and" to a person is a person, on either side', () => {
  const x = run('The contract was signed by Kofi Mensah Asante and Yaw Boateng for the two companies.');
  assert.deepEqual(names(x.people).sort(), ['Kofi Mensah Asante', 'Yaw Boateng']);
  const y = run('It was signed by Yaw Boateng and Kofi Asante, who lead the two companies.');
  assert.deepEqual(names(y.people).sort(), ['Kofi Asante', 'Yaw Boateng']);
});
