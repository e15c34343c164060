// The key check of team mode: the same corpus ingested into SQLite and into PostgreSQL gives
// the same register, byte for byte, through the commands a user runs (the built CLI). Runs when
// CORRIDOR_TEST_PG is set, once (on the SQLite pass).

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { corridor } from '../cli/run-cli.js';
import { freshDatabase, PG_URL, TEST_ENGINE, type Database } from './engines.js';

const skip = !PG_URL ? 'CORRIDOR_TEST_PG is not set' : TEST_ENGINE !== 'sqlite' ? 'compares both engines on the SQLite pass' : false;

let sqlite: Database;
let postgres: Database;

before(async () => {
  if (skip) return;
  sqlite = await freshDatabase('sqlite');
  postgres = await freshDatabase('postgres');
  for (const db of [sqlite, postgres]) {
    const r = await corridor(['ingest', 'examples', '--db', db.target, '--quiet']);
    assert.equal(r.code, 0, r.stderr);
  }
});

after(async () => {
  await sqlite?.drop();
  await postgres?.drop();
});

const both = async (args: string[]): Promise<[string, string]> => {
  const [a, b] = await Promise.all([sqlite, postgres].map((db) => corridor([...args, '--db', db.target])));
  assert.equal(a.code, 0, a.stderr);
  assert.equal(b.code, 0, b.stderr);
  return [a.stdout, b.stdout];
};

for (const format of ['json', 'csv', 'geojson', 'graphml']) {
  test(`corridor export --format ${format}: the same bytes from SQLite and PostgreSQL`, { skip }, async () => {
    const [a, b] = await both(['export', '--format', format]);
    if (format === 'json') assert.ok((JSON.parse(a) as { projects: unknown[] }).projects.length >= 10);
    assert.equal(b, a);
  });
}

test('the listings and a project, filtered and searched, say the same on both engines', { skip }, async () => {
  for (const args of [
    ['projects', '--format', 'json'],
    ['projects', '--country', 'UZ', '--format', 'json'],
    ['projects', '--sector', 'energy', '--format', 'csv'],
    ['projects', '--org', 'development bank', '--format', 'json'],
    ['projects', '--org', 'SAĞLIK', '--format', 'json'],
    ['projects', '--q', 'urea', '--format', 'json'],
    ['projects', '--q', 'fertilizer plan', '--format', 'json'],
    ['projects', '--q', 'sagl', '--format', 'json'], // folds the diacritic of Sağlık on both,
    ['organizations', '--format', 'json'],
    ['people', '--format', 'json'],
  ]) {
    const [a, b] = await both(args);
    assert.equal(b, a, args.join(' '));
    // an empty answer on both would prove nothing
    if (args.includes('json')) assert.ok((JSON.parse(a) as unknown[]).length > 0, `${args.join(' ')}: nothing found`);
  }
  const [list] = await both(['projects', '--format', 'json']);
  for (const p of (JSON.parse(list) as { id: string }[]).slice(0, 5)) {
    const [a, b] = await both(['show', p.id, '--format', 'json']);
    assert.equal(b, a, `show ${p.id}`);
  }
});
