// Academic and professional honorifics ("Mag.", "Licda.", "Arq.") before a name, and a title before such an honorific.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, names } from './helpers.js';

const meetings = (x: ReturnType<typeof run>) => x.events.filter((e) => e.type === 'meeting').map((e) => e.participants);

test('"met Mag. NAME": an academic honorific with its period ends no sentence, so the one met stays in the meeting', () => {
  const x = run('On Tuesday, Minister Arben Kola met Mag. Lukas Steinwender, managing director of Voralp Solar GmbH, who presented a plan for a floating solar plant.');
  assert.deepEqual(names(x.people), ['Arben Kola', 'Lukas Steinwender']);
  assert.deepEqual(meetings(x), [['Arben Kola', 'Lukas Steinwender']]);
  const y = run('The mayor, Licda. Rosa Elena Coyoy Pérez, received Arq. Tomás Quiroa Batz on Monday.');
  assert.deepEqual(names(y.people), ['Rosa Elena Coyoy Pérez', 'Tomás Quiroa Batz']);
  assert.deepEqual(meetings(y), [['Rosa Elena Coyoy Pérez', 'Tomás Quiroa Batz']]);
});

test('"Director-General Dr. NAME": the title before an honorific is the person\'s, so "the Director-General" later stands for him', () => {
  const x = run('"Roads come first," said Fund Director-General Dr. Omar bin Khalid Al-Sayegh. Ahead of the board session, the Director-General also received Deputy Minister of Transport Bounmy Keola.');
  assert.equal(x.people.find((p) => p.name === 'Omar bin Khalid Al-Sayegh')?.roles[0]?.title, 'Director-General');
  assert.deepEqual(meetings(x), [['Omar bin Khalid Al-Sayegh', 'Bounmy Keola']]);
  const y = run('The Minister of Energy, Mr. Tomas Berisha, opened the substation in Elbasan.');
  assert.equal(y.people[0]?.roles[0]?.title, 'Minister of Energy');
  // (an honorific with no title before it gives no title)
  const z = run('Later, Mr. Tomas Berisha opened the substation in Elbasan.');
  assert.deepEqual(z.people[0]?.roles, []);
});
