import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { corridor, ROOT } from './run-cli.js';

test('serve binds 127.0.0.1, answers the API and the page, and stops on SIGTERM', async () => {
  const db = join(mkdtempSync(join(tmpdir(), 'corridor-serve-')), 'r.db');
  const ing = await corridor(['ingest', 'examples/kg-osh-hospital-2025-09-17.html', '--db', db]);
  assert.equal(ing.code, 0, ing.stdout);
  const bin = fileURLToPath(new URL('../../bin/corridor.js', import.meta.url));
  const child = spawn(process.execPath, [bin, 'serve', '--db', db, '--port', '0'], { cwd: ROOT });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (d) => {
        out += d;
        const m = /serving (http:\/\/\S+)/.exec(out);
        if (m) resolve(m[1]);
      });
      child.on('close', () => reject(new Error(`serve exited: ${out}`)));
      setTimeout(() => reject(new Error('serve did not start in 20 s')), 20000);
    });
    assert.match(url, /^http:\/\/127\.0\.0\.1:\d+$/);
    const projects = await (await fetch(`${url}/api/projects`)).json();
    assert.ok(Array.isArray(projects) && projects.length > 0);
    const page = await fetch(`${url}/`);
    assert.equal(page.status, 200);
    assert.match(await page.text(), /corridor/);
  } finally {
    const closed = new Promise<number | null>((r) => child.on('close', r));
    child.kill('SIGTERM');
    assert.equal(await closed, 0);
  }
});
