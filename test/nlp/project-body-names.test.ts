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
