// A name particle after a title's domain, and people who attend a signing "in the presence of".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, names } from './helpers.js';

test('"Minister of Energy Abdulaziz bin Salman": the particle is inside the name, not the end of the domain', () => {
  for (const [text, name, title] of [
    ['Velmora\'s Minister of Energy Abdulaziz bin Salman signed a memorandum on a wind project.', 'Abdulaziz bin Salman', 'Minister of Energy'],
    ['Minister of Public Works Ana de la Cruz opened the bridge.', 'Ana de la Cruz', 'Minister of Public Works'],
  ] as const) {
    const x = run(text);
    assert.deepEqual(names(x.people), [name], JSON.stringify(x.people));
    assert.equal(x.people[0].roles[0]?.title, title);
  }
});

test('"The agreement was signed in the presence of President X": X attended that signing', () => {
  const x = run([
    'TARVIN, 3 March 2026 — Minister of Economy Ivan Dobrev and Minister of Energy Abdulaziz bin Salman signed a memorandum on a 1.5 GW wind project on Monday.',
    '',
    'The agreement was signed in the presence of President Elena Marinova.',
  ].join('\n'), '2026-03-04');
  const signings = x.events.filter((e) => e.type === 'agreement');
  assert.equal(signings.length, 1, JSON.stringify(x.events));
  assert.deepEqual([...signings[0].participants].sort(), ['Abdulaziz bin Salman', 'Elena Marinova', 'Ivan Dobrev']);
});
