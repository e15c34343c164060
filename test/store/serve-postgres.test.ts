// `corridor serve --db postgres://...`: the API over PostgreSQL, the generated token in
// ./corridor.token (a URL has no folder to put DB.token in), the password never printed.

import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { corridor } from '../cli/run-cli.js';
import { freshDatabase, PG_URL } from './engines.js';

test('serve on PostgreSQL answers the API, keeps its token in ./corridor.token and hides the password', { skip: PG_URL ? false : 'CORRIDOR_TEST_PG is not set' }, async () => {
  const db = await freshDatabase('postgres');
  const cwd = mkdtempSync(join(tmpdir(), 'corridor-serve-pg-'));
  const url = new URL(db.target);
  url.password = 'not-needed-secret'; // trust auth on the test server ignores it
  try {
    const ing = await corridor(['ingest', 'examples/kg-osh-hospital-2025-09-17.html', '--db', url.toString(), '--quiet']);
    assert.equal(ing.code, 0, ing.stderr);
    const bin = fileURLToPath(new URL('../../bin/corridor.js', import.meta.url));
    const child = spawn(process.execPath, [bin, 'serve', '--db', url.toString(), '--port', '0'], { cwd });
    let out = '';
    try {
      const served = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', (d) => {
          out += d;
          const m = /serving (http:\/\/\S+)/.exec(out);
          if (m && out.includes('API token')) resolve(m[1]);
        });
        child.stderr.on('data', (d) => { out += d; });
        child.on('close', () => reject(new Error(`serve exited: ${out}`)));
        setTimeout(() => reject(new Error(`serve did not start in 20 s: ${out}`)), 20000);
      });
      const projects = await (await fetch(`${served}/api/projects`)).json();
      assert.ok(Array.isArray(projects) && projects.length > 0);
      assert.ok(existsSync(join(cwd, 'corridor.token')));
      assert.doesNotMatch(out, /not-needed-secret/);
    } finally {
      const closed = new Promise<number | null>((r) => child.on('close', r));
      child.kill('SIGTERM');
      assert.equal(await closed, 0, out);
    }
    assert.ok(!existsSync(join(cwd, 'corridor.token')), 'removed at stop');
  } finally {
    await db.drop();
  }
});
