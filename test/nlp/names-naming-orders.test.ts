import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, names } from './helpers.js';

test('a Spanish first surname alone is the person; a patronymic alone is nobody', () => {
  const x = run('Inés Galarza Montiel, director of Ardlow Agua, opened the plant. Galarza said the pumps were tested. Ruslan Timurovich Abenov, the deputy minister, attended. Timurovich is a common patronymic in the region.');
  const ines = x.people.find((p) => p.name === 'Inés Galarza Montiel');
  assert.ok(ines, names(x.people).join(' | '));
  assert.deepEqual(ines.aliases, ['Galarza']);
  const ruslan = x.people.find((p) => p.name === 'Ruslan Timurovich Abenov');
  assert.ok(ruslan);
  assert.deepEqual(ruslan.aliases, []);
});

test('an Arabic al- name used at the start of a line with a capital is the same person', () => {
  const x = run('We spoke to its chief executive, Khalid Nasser al-Rawahi, about the build.\n\nAl-Rawahi: Roads and foundations come first.');
  const p = x.people.find((q) => q.name === 'Khalid Nasser al-Rawahi');
  assert.ok(p, names(x.people).join(' | '));
  assert.deepEqual(p.aliases, ['Al-Rawahi']);
});

test("names with O', Mc and a generation are people", () => {
  const x = run("Fergus O'Hallory-Reed, chief executive of Ardlow Solar, signed. Its managing partner, T. Conrad Whitby III, said the first hall was ready. Ewan McAllister, the project director, agreed.");
  const people = names(x.people);
  for (const n of ["Fergus O'Hallory-Reed", 'T. Conrad Whitby III', 'Ewan McAllister']) assert.ok(people.includes(n), `${n} not in ${people.join(' | ')}`);
});
