import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, names } from './helpers.js';

test('professional honorifics with a period ("Eng.", "Ing.") open a person and are never one', () => {
  const x = run("Eng. Salem Nasser Al-Hajri, the ministry's undersecretary, spoke first. The contractor was represented by its chief executive officer Ing. Pavel Dvorak.");
  assert.deepEqual(names(x.people).sort(), ['Pavel Dvorak', 'Salem Nasser Al-Hajri']);
});

test('a direction with a capitalised region word is a region; a name after "the island of" is a place', () => {
  const x = run('The terminal will serve mines in the Northern Region. The plant lies near the coast on the island of Moturau Levu.');
  const places = names(x.places);
  assert.ok(places.includes('Northern Region'), places.join(' | '));
  assert.ok(places.includes('Moturau Levu'), places.join(' | '));
});

test('a capital short form with a suffix ("TGC EP") also stands for its body by its first word', () => {
  const x = run('The plant is owned by the state utility Compañía Generadora del Tarvin (TGC EP). A former TGC planner doubted the numbers.');
  assert.deepEqual(names(x.organizations), ['Compañía Generadora del Tarvin']);
  assert.deepEqual(x.organizations[0].aliases, ['TGC EP', 'TGC']);
});

test('a dotted honorific ("H.E.") is no organisation and opens the person after it', () => {
  const x = run('H.E. Ahmed Saleh Al Rawi welcomed the delegation on Monday.');
  assert.deepEqual(names(x.organizations), []);
  assert.deepEqual(names(x.people), ['Ahmed Saleh Al Rawi']);
});
