import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchOrganizations, matchPlaces, sameOrganization, samePlace, NameResolver } from '../../src/eval/match-names.js';
import { normPlaceName } from '../../src/eval/normalize.js';
import { org, place } from './helpers.js';

test('organisation acronym in gold aliases matches a predicted acronym', () => {
  assert.ok(sameOrganization(org('NPX'), org('Northern Pipeline Exchange Corporation', ['NPX'])));
  // and the other way: the prediction carries the alias
  assert.ok(sameOrganization(org('Northern Pipeline Exchange', ['NPX']), org('NPX')));
});

test('an acronym nobody lists as an alias does not match', () => {
  assert.equal(sameOrganization(org('NPX'), org('Northern Pipeline Exchange Corporation')), false);
});

test('corporate suffixes, "the", case and punctuation fold', () => {
  assert.ok(sameOrganization(org('Halvard Steel Co., Ltd.'), org('HALVARD STEEL')));
  assert.ok(sameOrganization(org('The Halvard Steel Company'), org('Halvard Steel Corp.')));
  assert.ok(sameOrganization(org('Tessel-Mar JSC'), org('Tessel Mar')));
  assert.equal(sameOrganization(org('Halvard Steel'), org('Halvard Steel Holding')), false);
});

test('organisation matching is one-to-one; canonical pairs first', () => {
  const gold = [org('Northern Pipeline Exchange Corporation', ['NPX']), org('Halvard Steel')];
  const s = matchOrganizations([org('NPX'), org('Northern Pipeline Exchange Corp.'), org('Ostrava Rail')], gold);
  assert.equal(s.tp, 1);
  assert.deepEqual(s.matched.map((m) => m.pred), ['Northern Pipeline Exchange Corp.']);
  assert.deepEqual(s.falsePositives.sort(), ['NPX', 'Ostrava Rail']);
  assert.deepEqual(s.missed, ['Halvard Steel']);
});

test('places: any name or alias equal', () => {
  assert.ok(samePlace(place('Vellmar'), place('Port Vellmar', ['Vellmar'])));
  assert.ok(samePlace(place('the Tarvik Valley'), place('Tarvik Valley')));
  assert.ok(samePlace(place('Zélande'), place('zelande')));
  assert.equal(samePlace(place('Tarvik'), place('Tarvik Valley')), false);
  const s = matchPlaces([place('Vellmar'), place('Olem')], [place('Port Vellmar', ['Vellmar']), place('Aubrac')]);
  assert.equal(s.tp, 1);
  assert.deepEqual(s.missed, ['Aubrac']);
  assert.deepEqual(s.falsePositives, ['Olem']);
});

test('NameResolver joins spellings through either side\'s records', () => {
  const r = new NameResolver(normPlaceName, [place('Old Tarvik')], [place('New Tarvik', ['Old Tarvik'])]);
  assert.ok(r.same('Old Tarvik', 'New Tarvik'));
  assert.ok(r.same('new tarvik', 'NEW TARVIK'));
  assert.equal(r.same('Olem', 'New Tarvik'), false);
});
