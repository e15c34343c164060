import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, names } from './helpers.js';

// A capitalised facility phrase inside a body's name names the body, not works: as the remit after the body's head word
// and 'for'/'of' ("the General Authority for the Velmo Free Economic Zone"), or as the opening words of a name that runs
// on to a head or legal form ("the Tarvin Railway State-Owned Joint Stock Company").

test('a free zone in the remit of an authority is no project', () => {
  const x = run('Osman Kaya, Chairman of the General Authority for the Velmo Free Economic Zone, said the authority had approved twelve new investors this year.');
  assert.equal(x.projects.length, 0, names(x.projects).join('; '));
});

test('a railway opening a company\'s long name is no project', () => {
  const x = run('On Monday a contract for the supply of twelve diesel locomotives was signed between the Tarvin Railway State-Owned Joint Stock Company and Kestrel Rail Works Co., Ltd. The deal is worth $90 million.');
  assert.deepEqual(x.projects.map((p) => p.type), ['rolling_stock']);
});

test('a railway named as works beside a body stays a project', () => {
  const x = run('The Tarvin Railway Company signed a $400 million contract with Kestrel Rail Works Co., Ltd. to build the 120-km Dunmore–Velmo railway.');
  assert.deepEqual(x.projects.map((p) => p.type), ['railway']);
});

// A facility word right before a word for the body that runs such works ("Slovakia's road agency", "the port
// administration") names that body, not works (project-words sector_words).

test('a road agency is no road project', () => {
  const x = run('BRATISLAVA — Slovakia\'s road agency and Hungary\'s Duna Utak Zrt. on Tuesday annulled the tender for a road bridge across the Danube between Komarno and Esztergom. The 500-metre bridge would have cost 90 million euros.');
  assert.ok(!x.projects.some((p) => p.type === 'road'), names(x.projects).join('; '));
});

test('a road the agency builds stays a project', () => {
  const x = run('The national road agency signed a 120 million euro contract with Strabena AG to build the 30-km Komarno–Nitra road.');
  assert.deepEqual(x.projects.map((p) => p.type), ['road']);
});
