import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, names } from './helpers.js';

// A capitalised facility phrase inside a body's name names the body, not works: as the remit after the body's head word
// and 'for'/'of' ("the General Authority for the Velmo Free Economic Zone"), or as the opening words of a name that runs
// on to a head or legal form ("the Tarvin Railway State-Owned Joint Stock Company").

test('a free zone in the remit of an authority is no project', () => {
  const x = run('Osman Kaya, Deputy Chairman of the General Authority for the Velmo Free Economic Zone, opened the forum.');
  assert.equal(x.projects.length, 0, names(x.projects).join('; '));
});

test('a railway opening a company\'s long name is no project', () => {
  const x = run('The Tarvin Railway State-Owned Joint Stock Company has ordered twelve diesel locomotives from Kestrel Rail Works Co., Ltd. for $90 million.');
  assert.deepEqual(x.projects.map((p) => p.type), ['rolling_stock']);
});

test('a railway named as works beside a body stays a project', () => {
  const x = run('The Tarvin Railway Company signed a $400 million contract with Kestrel Rail Works Co., Ltd. to build the 120-km Dunmore–Velmo railway.');
  assert.deepEqual(x.projects.map((p) => p.type), ['railway']);
});

// A facility word right before a word for the body that runs such works ("Romania's road agency", "the port
// administration") names that body, not works (project-words sector_words).

test('a road agency is no road project', () => {
  const x = run('Romania\'s road agency and Duna Utak Zrt. have cancelled the tender for a road bridge over the Danube between Komarno and Esztergom, which had one bid. The 500-metre bridge would have cost 90 million euros.');
  assert.ok(!x.projects.some((p) => p.type === 'road'), names(x.projects).join('; '));
});

test('a road the agency builds stays a project', () => {
  const x = run('The national road agency signed a 120 million euro contract with Strabena AG to build the 30-km Komarno–Nitra road.');
  assert.deepEqual(x.projects.map((p) => p.type), ['road']);
});
