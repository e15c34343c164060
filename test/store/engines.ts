// The engines a store test runs against: SQLite always (a fresh file), PostgreSQL when
// CORRIDOR_TEST_PG holds a postgres:// URL (a fresh schema per store, dropped afterwards, so
// tests never see each other's rows and may run in parallel against one database).
//
// The suites that take a store (test/store, test/api) open it through `openTestStore`, which
// uses CORRIDOR_TEST_ENGINE (sqlite by default). scripts/run-tests.mjs runs them a second time
// with CORRIDOR_TEST_ENGINE=postgres when CORRIDOR_TEST_PG is set, so every such test checks
// both engines. Tests that look inside a SQLite file skip themselves on the second pass.

import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import pg from 'pg';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/store.js';
import { countRows as countSqliteRows } from './helpers.js';

export type EngineName = 'sqlite' | 'postgres';

/** A place for one register: what `--db` takes, and how to remove it. */
export interface Database {
  engine: EngineName;
  /** A SQLite file path or a postgres:// URL: give it to openStore, --db or CORRIDOR_DB. */
  target: string;
  drop(): Promise<void>;
}

export const PG_URL = process.env.CORRIDOR_TEST_PG?.trim() || null;

export const ENGINES: EngineName[] = PG_URL ? ['sqlite', 'postgres'] : ['sqlite'];

/** The engine of this pass: CORRIDOR_TEST_ENGINE, else SQLite. */
export const TEST_ENGINE: EngineName = process.env.CORRIDOR_TEST_ENGINE === 'postgres' ? 'postgres' : 'sqlite';
if (TEST_ENGINE === 'postgres' && !PG_URL) throw new Error('CORRIDOR_TEST_ENGINE=postgres needs CORRIDOR_TEST_PG');

/** For `test(name, { skip: ONLY_SQLITE }, ...)`: a test that opens the SQLite file itself. */
export const ONLY_SQLITE: string | false = TEST_ENGINE === 'sqlite' ? false : 'looks inside a SQLite file';

const opened: { db: Database; store: Store }[] = [];
after(async () => {
  for (const { db, store } of opened.splice(0)) {
    await store.close(); // closing twice is harmless
    await db.drop();
  }
});

/** A fresh store on this pass's engine; its database is removed when the test file ends (close the store first). */
export async function openTestStore(): Promise<{ store: Store; target: string }> {
  const db = await freshDatabase(TEST_ENGINE);
  const store = openStore(db.target);
  opened.push({ db, store });
  return { store, target: db.target };
}

/** A fresh, empty database on `engine`. */
export async function freshDatabase(engine: EngineName): Promise<Database> {
  if (engine === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'corridor-store-'));
    return { engine, target: join(dir, 'register.db'), drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  if (!PG_URL) throw new Error('CORRIDOR_TEST_PG is not set');
  const schema = `corridor_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(`CREATE SCHEMA ${schema}`);
  const url = new URL(PG_URL);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return { engine, target: url.toString(), drop: async () => { await adminQuery(`DROP SCHEMA IF EXISTS ${schema} CASCADE`); } };
}

/** A fresh store on `engine`; closing it is the caller's, `drop` removes its database after. */
export async function freshStore(engine: EngineName): Promise<{ store: Store; db: Database; drop(): Promise<void> }> {
  const db = await freshDatabase(engine);
  const store = openStore(db.target);
  return {
    store,
    db,
    drop: async () => {
      await store.close().catch(() => undefined);
      await db.drop();
    },
  };
}

/** Runs one statement on the server of CORRIDOR_TEST_PG (schema names are made here, never from input). */
export async function adminQuery(sql: string): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: PG_URL! });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Row count of every table of a register (SQLite file or PostgreSQL schema); SQLite's FTS shadow tables included. */
export async function countRows(target: string): Promise<Record<string, number>> {
  if (!/^postgres(ql)?:/i.test(target)) return countSqliteRows(target);
  const schema = new URL(target).searchParams.get('options')!.replace(/^-c search_path=/, '');
  const tables = (await adminQuery(`SELECT table_name FROM information_schema.tables WHERE table_schema = '${schema}' ORDER BY table_name`)).rows as { table_name: string }[];
  const out: Record<string, number> = {};
  for (const { table_name } of tables) out[table_name] = Number((await adminQuery(`SELECT COUNT(*) AS n FROM ${schema}."${table_name}"`)).rows[0].n);
  return out;
}
