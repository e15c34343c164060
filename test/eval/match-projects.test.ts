import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchProjects, scoreAmount, scoreCapacity, withinTolerance } from '../../src/eval/match-projects.js';
import { cap, doc, org, place, porg, project } from './helpers.js';

test('withinTolerance: 1% of the gold value', () => {
  assert.ok(withinTolerance(101, 100));
  assert.ok(withinTolerance(99, 100));
  assert.equal(withinTolerance(101.5, 100), false);
  assert.ok(withinTolerance(0, 0));
  assert.equal(withinTolerance(1, 0), false);
});

test('match by capacity only (no shared place or organisation)', () => {
  const gold = doc({ projects: [project({ name: 'Olem wind farm', type: 'wind_power_plant', places: ['Olem'], capacity: [cap(500, 'MW')] })] });
  const pred = doc({ projects: [project({ name: 'a wind project', type: 'wind_power_plant', places: ['Somewhere'], capacity: [cap(502, 'MW')] })] });
  const m = matchProjects(pred, gold);
  assert.equal(m.kind.tp, 1);
  assert.deepEqual(m.pairs[0].shared, { places: [], organizations: [], capacity: ['500 MW'] });
});

test('capacity must have the same unit and be within 1%', () => {
  const gold = doc({ projects: [project({ name: 'X', type: 'wind_power_plant', capacity: [cap(500, 'MW')] })] });
  for (const c of [cap(500, 'MWh'), cap(510, 'MW')]) {
    const pred = doc({ projects: [project({ name: 'X', type: 'wind_power_plant', capacity: [c] })] });
    assert.equal(matchProjects(pred, gold).kind.tp, 0, JSON.stringify(c));
  }
});

test('same name but nothing shared is not a match', () => {
  const gold = doc({ projects: [project({ name: 'Tarvik Bridge', type: 'bridge', places: ['Tarvik'] })] });
  const pred = doc({ projects: [project({ name: 'Tarvik Bridge', type: 'bridge', places: [] })] });
  const m = matchProjects(pred, gold);
  assert.equal(m.kind.tp, 0);
  assert.equal(m.kind.fp, 1);
  assert.equal(m.kind.fn, 1);
});

test('type must equal the gold type or be in accept_types', () => {
  const g = project({ name: 'Vellmar plant', type: 'petrochemical_plant', places: ['Vellmar'], accept_types: ['refinery'] });
  const gold = doc({ projects: [g] });
  assert.equal(matchProjects(doc({ projects: [project({ name: 'p', type: 'refinery', places: ['Vellmar'] })] }), gold).kind.tp, 1);
  assert.equal(matchProjects(doc({ projects: [project({ name: 'p', type: 'petrochemical_plant', places: ['Vellmar'] })] }), gold).kind.tp, 1);
  assert.equal(matchProjects(doc({ projects: [project({ name: 'p', type: 'pipeline', places: ['Vellmar'] })] }), gold).kind.tp, 0);
});

test('places meet through aliases in either side\'s places array', () => {
  const gold = doc({
    places: [place('New Tarvik', ['Old Tarvik'])],
    projects: [project({ name: 'Tarvik ring road', type: 'road', places: ['New Tarvik'] })],
  });
  const pred = doc({ projects: [project({ name: 'ring road', type: 'road', places: ['Old Tarvik'] })] });
  assert.equal(matchProjects(pred, gold).kind.tp, 1);
  const gold2 = doc({ projects: [project({ name: 'Tarvik ring road', type: 'road', places: ['New Tarvik'] })] });
  const pred2 = doc({ places: [place('Old Tarvik', ['New Tarvik'])], projects: [project({ name: 'ring road', type: 'road', places: ['Old Tarvik'] })] });
  assert.equal(matchProjects(pred2, gold2).kind.tp, 1);
});

test('organisations meet through acronym aliases and suffix folding', () => {
  const gold = doc({
    organizations: [org('Northern Pipeline Exchange Corporation', ['NPX'])],
    projects: [project({ name: 'NPX trunk line', type: 'pipeline', organizations: [porg('Northern Pipeline Exchange Corporation', 'developer')] })],
  });
  const pred1 = doc({ projects: [project({ name: 'trunk line', type: 'pipeline', organizations: [porg('NPX', 'developer')] })] });
  const pred2 = doc({ projects: [project({ name: 'trunk line', type: 'pipeline', organizations: [porg('Northern Pipeline Exchange Corp.', 'developer')] })] });
  assert.equal(matchProjects(pred1, gold).kind.tp, 1);
  assert.equal(matchProjects(pred2, gold).kind.tp, 1);
});

test('one-to-one greedy: the best-scoring pair is taken first, the other prediction goes elsewhere or is a false positive', () => {
  // two gold pipelines share the place Kessel; the predictions match one each
  const gold = doc({ projects: [
    project({ name: 'Kessel–Arno pipeline', type: 'pipeline', places: ['Kessel', 'Arno'] }),
    project({ name: 'Kessel–Brisk pipeline', type: 'pipeline', places: ['Kessel', 'Brisk'] }),
  ] });
  const pred = doc({ projects: [
    project({ name: 'Kessel–Brisk pipeline', type: 'pipeline', places: ['Kessel', 'Brisk'] }),
    project({ name: 'Kessel–Arno pipeline', type: 'pipeline', places: ['Kessel', 'Arno'] }),
    project({ name: 'Kessel pipeline spur', type: 'pipeline', places: ['Kessel'] }),
  ] });
  const m = matchProjects(pred, gold);
  assert.equal(m.kind.tp, 2);
  assert.deepEqual(m.pairs.map((p) => [p.pred, p.gold]), [
    ['Kessel–Arno pipeline', 'Kessel–Arno pipeline'],
    ['Kessel–Brisk pipeline', 'Kessel–Brisk pipeline'],
  ]);
  assert.deepEqual(m.kind.falsePositives, ['Kessel pipeline spur']);
});

test('greedy by score: more shared features beat an earlier weaker candidate', () => {
  const gold = doc({ projects: [project({ name: 'Olem solar park', type: 'solar_power_plant', places: ['Olem'], capacity: [cap(200, 'MW')] })] });
  const pred = doc({ projects: [
    project({ name: 'Olem solar', type: 'solar_power_plant', places: ['Olem'] }),
    project({ name: 'Olem solar park', type: 'solar_power_plant', places: ['Olem'], capacity: [cap(200, 'MW')] }),
  ] });
  const m = matchProjects(pred, gold);
  assert.equal(m.pairs[0].predIndex, 1);
  assert.deepEqual(m.kind.falsePositives, ['Olem solar']);
});

test('attributes of a matched pair: all right', () => {
  const g = project({
    name: 'Brisk refinery', type: 'refinery', sector: 'energy.oil_gas', status: 'agreed', places: ['Brisk'],
    organizations: [porg('Halvard Steel Ltd', 'contractor')], capacity: [cap(5e6, 't')],
    amount: { value: 1e9, currency: 'USD', qualifier: 'about', text: 'about $1 billion' },
  });
  const p = project({
    name: 'Brisk refinery upgrade', type: 'refinery', sector: 'energy.power', status: 'agreed', places: ['brisk'],
    organizations: [porg('Halvard Steel', 'contractor')], capacity: [cap(5.02e6, 't')],
    amount: { value: 1.005e9, currency: 'usd', qualifier: 'exact', text: '$1.005bn' },
  });
  const m = matchProjects(doc({ projects: [p] }), doc({ projects: [g] }));
  const a = m.pairs[0].attributes;
  for (const k of ['sector', 'status', 'capacity', 'amount', 'places', 'organizations'] as const) assert.ok(a[k].right, k);
  assert.deepEqual(m.pairs[0].roles, [{ organization: 'Halvard Steel Ltd', predicted: 'contractor', gold: 'contractor', right: true }]);
});

test('attributes of a matched pair: wrong values carry both sides', () => {
  const g = project({
    name: 'Brisk refinery', type: 'refinery', sector: 'energy.oil_gas', status: 'agreed', places: ['Brisk', 'Arno'],
    organizations: [porg('Halvard Steel', 'contractor'), porg('Ostrava Rail', 'financier')], capacity: [cap(5e6, 't')],
    amount: { value: 1e9, currency: 'USD', qualifier: 'about', text: 'about $1 billion' },
  });
  const p = project({
    name: 'Brisk refinery', type: 'refinery', sector: 'industry', status: 'construction', places: ['Brisk'],
    organizations: [porg('Halvard Steel', 'developer'), porg('Kessel Bank', 'financier')], capacity: [cap(5e6, 't'), cap(3e6, 't')],
    amount: { value: 1e9, currency: 'EUR', qualifier: 'about', text: 'about €1 billion' },
  });
  const m = matchProjects(doc({ projects: [p] }), doc({ projects: [g] }));
  const a = m.pairs[0].attributes;
  assert.deepEqual(a.sector, { right: false, predicted: 'industry', gold: 'energy.oil_gas' });
  assert.equal(a.status.right, false);
  assert.equal(a.status.predicted, 'construction');
  assert.equal(a.status.gold, 'agreed');
  assert.equal(a.capacity.right, false);
  assert.match(a.capacity.note ?? '', /extra 3000000 t/);
  assert.equal(a.amount.right, false);
  assert.equal(a.places.right, false);
  assert.match(a.places.note ?? '', /missing Arno/);
  assert.equal(a.organizations.right, false);
  assert.deepEqual(m.pairs[0].roles, [{ organization: 'Halvard Steel', predicted: 'developer', gold: 'contractor', right: false }]);
});

test('accept_sectors and accept_status', () => {
  const g = project({ name: 'Arno depot', type: 'logistics_hub', sector: 'transport.logistics', status: 'announced', places: ['Arno'], accept_sectors: ['industry'], accept_status: ['agreed'] });
  const p = project({ name: 'Arno depot', type: 'logistics_hub', sector: 'industry', status: 'agreed', places: ['Arno'] });
  const a = matchProjects(doc({ projects: [p] }), doc({ projects: [g] })).pairs[0].attributes;
  assert.ok(a.sector.right);
  assert.ok(a.status.right);
});

test('capacity attribute: missing, extra, duplicates, both empty', () => {
  assert.ok(scoreCapacity([], []).right);
  assert.equal(scoreCapacity([cap(10, 'km')], []).right, false);
  assert.equal(scoreCapacity([], [cap(10, 'km')]).right, false);
  assert.ok(scoreCapacity([cap(720, 'MW'), cap(720, 'MW')], [cap(720, 'MW')]).right);
  assert.equal(scoreCapacity([cap(720, 'MW')], [cap(720, 'MW'), cap(2, 'units')]).right, false);
  assert.ok(scoreCapacity([cap(2, 'units'), cap(721, 'mw')], [cap(720, 'MW'), cap(2, 'units')]).right);
});

test('amount attribute: alternatives, both null, one null', () => {
  const g = project({ name: 'g', amount: { value: 3e9, currency: 'USD', qualifier: 'about', text: '' },
    amount_alternatives: [{ value: 1.3e9, currency: 'USD', qualifier: 'exact', text: '' }] });
  assert.ok(scoreAmount({ value: 3e9, currency: 'USD', qualifier: 'exact', text: '' }, g).right);
  assert.ok(scoreAmount({ value: 1.31e9, currency: 'USD', qualifier: 'exact', text: '' }, g).right);
  assert.equal(scoreAmount({ value: 2e9, currency: 'USD', qualifier: 'exact', text: '' }, g).right, false);
  assert.equal(scoreAmount(null, g).right, false);
  const none = project({ name: 'n' });
  assert.ok(scoreAmount(null, none).right);
  assert.equal(scoreAmount({ value: 1, currency: 'USD', qualifier: 'exact', text: '' }, none).right, false);
});
