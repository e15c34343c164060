import assert from 'node:assert/strict';
import { test } from 'node:test';
import { capacitiesAgree, chooseProject, compareProjects, isDistinctiveName, type ProjectFacts } from '../../src/resolve/project-identity.js';

const facts = (f: Partial<ProjectFacts>): ProjectFacts => ({ type: 'wind_power_plant', nameKeys: [], places: [], organizations: [], countries: [], capacities: [], ...f });

test('capacities agree within 1% in the same unit (and item)', () => {
  assert.ok(capacitiesAgree({ value: 1000, unit: 'MW' }, { value: 1009, unit: 'mw' }));
  assert.ok(!capacitiesAgree({ value: 1000, unit: 'MW' }, { value: 1020, unit: 'MW' }));
  assert.ok(!capacitiesAgree({ value: 1000, unit: 'MW' }, { value: 1000, unit: 'MWh' }));
  assert.ok(!capacitiesAgree({ value: 200, unit: 'units', item: 'locomotive' }, { value: 200, unit: 'units', item: 'wagon' }));
});

test('different types never match, even with the same name', () => {
  const m = compareProjects(facts({ nameKeys: ['zharsu'] }), facts({ type: 'solar_power_plant', nameKeys: ['zharsu'] }));
  assert.equal(m.match, false);
});

test('the same normalised name matches', () => {
  const m = compareProjects(facts({ nameKeys: ['beskol wind farm'] }), facts({ nameKeys: ['beskol wind farm'] }));
  assert.equal(m.match, true);
  assert.ok(m.score > 0);
  assert.ok(m.reasons.some((r) => r.startsWith('same name')));
});

test('a name identifies a project only when it has a word beyond kind, size and number', () => {
  for (const n of ['beskol wind farm', 'chancay port', 'sarydala beskol railway', 'kestrel zharsu project']) assert.ok(isDistinctiveName(n), n);
  for (const n of ['port', 'railway', 'wind power plant', '300 mw solar power plant', 'one gigawatt wind power project', 'deep water port', 'new refinery', 'campus']) {
    assert.ok(!isDistinctiveName(n), n);
  }
});

test('a generic name alone does not match', () => {
  const m = compareProjects(facts({ type: 'port', nameKeys: ['port'] }), facts({ type: 'port', nameKeys: ['port'] }));
  assert.equal(m.match, false);
  assert.ok(m.reasons.some((r) => r.includes('too generic')));
});

test('the same name in different host countries does not match; a shared country does', () => {
  const ke = facts({ type: 'railway', nameKeys: ['mombasa standard gauge railway'], countries: ['KE'] });
  assert.equal(compareProjects(ke, facts({ type: 'railway', nameKeys: ['mombasa standard gauge railway'], countries: ['TZ'] })).match, false);
  assert.equal(compareProjects(ke, facts({ type: 'railway', nameKeys: ['mombasa standard gauge railway'], countries: ['UG', 'KE'] })).match, true);
  assert.equal(compareProjects(ke, facts({ type: 'railway', nameKeys: ['mombasa standard gauge railway'] })).match, true);
});

test('a shared place and a shared organisation match', () => {
  const m = compareProjects(facts({ places: [4], organizations: [9] }), facts({ places: [4, 5], organizations: [9, 10] }));
  assert.equal(m.match, true);
});

test('a shared place and the same capacity match', () => {
  const m = compareProjects(facts({ places: [4], capacities: [{ value: 300, unit: 'MW' }] }), facts({ places: [4], capacities: [{ value: 299, unit: 'MW' }] }));
  assert.equal(m.match, true);
});

test('same type in one region by different companies: two projects', () => {
  const m = compareProjects(
    facts({ places: [4], organizations: [1], capacities: [{ value: 100, unit: 'MW' }] }),
    facts({ places: [4], organizations: [2], capacities: [{ value: 500, unit: 'MW' }] }),
  );
  assert.equal(m.match, false);
});

test('a shared organisation without a shared place is not enough', () => {
  assert.equal(compareProjects(facts({ organizations: [1] }), facts({ organizations: [1] })).match, false);
});

test('one company, one region, capacities that disagree: two projects', () => {
  const m = compareProjects(
    facts({ places: [4], organizations: [1], capacities: [{ value: 100, unit: 'MW' }] }),
    facts({ places: [4], organizations: [1], capacities: [{ value: 1000, unit: 'MW' }] }),
  );
  assert.equal(m.match, false);
  assert.ok(m.reasons.some((r) => r.includes('vetoed')));
});

test('the best candidate wins; ties go to the older record', () => {
  const incoming = facts({ nameKeys: ['beskol wind farm'], places: [4], organizations: [1] });
  const choice = chooseProject(incoming, [
    { id: 5, facts: facts({ places: [4], organizations: [1] }) },
    { id: 3, facts: facts({ nameKeys: ['beskol wind farm'], places: [4], organizations: [1] }) },
    { id: 8, facts: facts({ type: 'road', nameKeys: ['beskol wind farm'] }) },
  ]);
  assert.equal(choice.best?.id, 3);
  assert.deepEqual(choice.compared.map((c) => [c.id, c.match]), [[5, true], [3, true], [8, false]]);
  const tie = chooseProject(facts({ places: [4], organizations: [1] }), [
    { id: 6, facts: facts({ places: [4], organizations: [1] }) },
    { id: 2, facts: facts({ places: [4], organizations: [1] }) },
  ]);
  assert.equal(tie.best?.id, 2);
  assert.deepEqual(chooseProject(facts({ nameKeys: ['x'] }), []), { best: null, compared: [] });
});
