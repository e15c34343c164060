import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, names } from './helpers.js';

// A unit symbol is written in capitals ("MW", "GW", "MWh"), so a run of capitalised tokens could take it for the first
// word of a name; before a lower-case place word it then read "MW dam" or "GW lake" as a named site.

test('a measure before a lower-case place word is not a named site', () => {
  for (const text of [
    'The 250 MW dam on the upper river in Peru remains unfinished.',
    'Work on a 40 GW river scheme in Laos was delayed again.',
    'Ostrel Power runs a 120 MWh lake storage scheme near Tarvina in Chile.',
  ]) {
    const x = run(text);
    const bad = names(x.places).filter((n) => /\b(MW|GW|MWh)\b/.test(n));
    assert.deepEqual(bad, [], `${text} -> ${names(x.places).join(' | ')}`);
  }
});

test('the name after a measure is still read whole', () => {
  const x = run('Halvren Energy will build the 2 GW Torve Solar Park in Chile.');
  assert.ok(names(x.organizations).includes('Halvren Energy'), names(x.organizations).join(' | '));
  assert.ok(names(x.places).includes('Chile'), names(x.places).join(' | '));
  assert.ok(!names(x.places).some((n) => n.startsWith('GW')), names(x.places).join(' | '));
});
