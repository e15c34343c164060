// `corridor serve` and its API token, run as a user runs it: off loopback it will not start
// without a token; a token comes from --token-file or $CORRIDOR_API_TOKEN; without one, a
// random token is written beside the database (mode 0600) and removed at stop. Only
// 127.0.0.1 is ever bound or contacted: the refusals happen before anything is bound.

import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { corridor, ROOT } from './run-cli.js';

const BIN = fileURLToPath(new URL('../../bin/corridor.js', import.meta.url));
const TOKEN = 'a-test-token-of-thirty-two-chars';

function tempDb(): string {
  return join(mkdtempSync(join(tmpdir(), 'corridor-serve-token-')), 'r.db');
}

/** Starts serve, resolves with its stdout once both start-up lines are out. */
async function start(args: string[], env: Record<string, string> = {}): Promise<{ child: ChildProcess; url: string; out: string }> {
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', ...args], { cwd: ROOT, env: { ...process.env, ...env } });
  const { url, out } = await new Promise<{ url: string; out: string }>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d) => {
      out += d;
      const m = /serving (http:\/\/\S+)/.exec(out);
      if (m && /writes need the API token/.test(out)) resolve({ url: m[1], out });
    });
    child.on('close', () => reject(new Error(`serve exited: ${out}`)));
    setTimeout(() => reject(new Error('serve did not start in 20 s')), 20000);
  });
  return { child, url, out };
}

async function stop(child: ChildProcess): Promise<number | null> {
  const closed = new Promise<number | null>((r) => child.on('close', r));
  child.kill('SIGTERM');
  return closed;
}

async function ingestStatus(url: string, token: string | null): Promise<number> {
  const res = await fetch(`${url}/api/ingest`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ kind: 'text', text: 'Lumen Grid Holdings began construction of the 300 MW Aralkum Solar Park in Uzbekistan.' }),
  });
  await res.body?.cancel();
  return res.status;
}

describe('corridor serve and its API token', () => {
  it('off loopback, without a token: one line, exit 2, nothing bound', async () => {
    for (const host of ['0.0.0.0', '::', '192.0.2.10']) {
      const r = await corridor(['serve', '--db', tempDb(), '--port', '0', '--host', host], { env: { CORRIDOR_API_TOKEN: '' } });
      assert.equal(r.code, 2, r.stderr);
      assert.equal(r.stderr, `corridor: --host ${host} is not a loopback address: give an API token with --token-file FILE or $CORRIDOR_API_TOKEN\n`);
      assert.equal(r.stdout, '');
    }
  });

  it('a short token, an unreadable token file: exit 2 naming the problem', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'corridor-token-'));
    writeFileSync(join(dir, 'short'), 'abc\n');
    const short = await corridor(['serve', '--db', tempDb(), '--port', '0', '--token-file', join(dir, 'short')]);
    assert.equal(short.code, 2);
    assert.match(short.stderr, /^corridor: --token-file .*short: the API token must be at least 24 characters \(it has 3\)\n$/);
    const missing = await corridor(['serve', '--db', tempDb(), '--port', '0', '--token-file', join(dir, 'nope')]);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /cannot read .*nope: ENOENT/);
    const env = await corridor(['serve', '--db', tempDb(), '--port', '0'], { env: { CORRIDOR_API_TOKEN: 'short' } });
    assert.equal(env.code, 2);
    assert.match(env.stderr, /CORRIDOR_API_TOKEN: the API token must be at least 24/);
  });

  it('--token-file: writes need that token; the token never shows on the command line or in the output', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'corridor-token-'));
    const file = join(dir, 'token');
    writeFileSync(file, `${TOKEN}\n`, { mode: 0o600 });
    const { child, url, out } = await start(['--db', tempDb(), '--token-file', file]);
    try {
      assert.ok(!out.includes(TOKEN));
      assert.ok(!(child.spawnargs.join(' ')).includes(TOKEN));
      assert.equal(await ingestStatus(url, null), 401);
      assert.equal(await ingestStatus(url, 'x'.repeat(32)), 401);
      assert.equal(await ingestStatus(url, TOKEN), 200);
    } finally {
      assert.equal(await stop(child), 0);
    }
  });

  it('$CORRIDOR_API_TOKEN works the same way', async () => {
    const { child, url } = await start(['--db', tempDb()], { CORRIDOR_API_TOKEN: TOKEN });
    try {
      assert.equal(await ingestStatus(url, null), 401);
      assert.equal(await ingestStatus(url, TOKEN), 200);
    } finally {
      assert.equal(await stop(child), 0);
    }
  });

  it('no token given: a random one in DB.token, mode 0600, that writes accept; removed at stop', async () => {
    const db = tempDb();
    writeFileSync(`${db}.token`, 'stale token from an old run\n', { mode: 0o644 });
    const { child, url, out } = await start(['--db', db], { CORRIDOR_API_TOKEN: '' });
    try {
      assert.match(out, new RegExp(`from ${db.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.token`));
      const token = readFileSync(`${db}.token`, 'utf8').trim();
      assert.match(token, /^[A-Za-z0-9_-]{43}$/);
      assert.ok(!out.includes(token), 'the token itself is not printed');
      assert.equal(statSync(`${db}.token`).mode & 0o777, 0o600);
      assert.equal(await ingestStatus(url, null), 401);
      assert.equal(await ingestStatus(url, token), 200);
    } finally {
      assert.equal(await stop(child), 0);
    }
    assert.equal(existsSync(`${db}.token`), false);
  });
});
