#!/usr/bin/env node
// Runs every test/**/*.test.ts with node's own test runner (TypeScript through tsx).
// Node 20's --test does not expand globs, so the files are listed here.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { spawnSync } from 'node:child_process';

const root = new URL('..', import.meta.url).pathname;
const only = process.argv.slice(2);
const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) { if (name !== 'fixtures') walk(p); }
    else if (name.endsWith('.test.ts')) files.push(relative(root, p));
  }
};
walk(join(root, 'test'));
const selected = only.length ? files.filter((f) => only.some((o) => f.includes(o))) : files;
if (!selected.length) { console.error('no test files matched'); process.exit(1); }
const run = (list, env = process.env) =>
  spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...list], { cwd: root, stdio: 'inherit', env }).status ?? 1;
let status = run(selected);
// With a PostgreSQL to test against (CORRIDOR_TEST_PG, which .ci/run sets), the files that open
// their store through test/store/engines.ts run a second time on PostgreSQL.
if (process.env.CORRIDOR_TEST_PG && !process.env.CORRIDOR_TEST_ENGINE) {
  const both = selected.filter((f) => /openTestStore|\bserve\(/.test(readFileSync(join(root, f), 'utf8')));
  if (both.length) {
    console.log(`\n# the same ${both.length} store and API test files on PostgreSQL (CORRIDOR_TEST_ENGINE=postgres)\n`);
    status = run(both, { ...process.env, CORRIDOR_TEST_ENGINE: 'postgres' }) || status;
  }
}
process.exit(status);
