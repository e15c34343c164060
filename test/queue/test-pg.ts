// The PostgreSQL the queue tests use: $CORRIDOR_TEST_PG (CI sets it, and then a server that does
// not answer is a failure), else the loopback default, skipped with a message when nothing answers.
// Each test gets its own pg-boss schema, dropped after, so tests never meet.

import pg from 'pg';

export const PG_URL = process.env.CORRIDOR_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';

async function answers(): Promise<boolean> {
  const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/** For `test(name, { skip }, fn)`: false when PostgreSQL is there (or promised by CORRIDOR_TEST_PG), else the reason. */
export const skipWithoutPg: false | string = process.env.CORRIDOR_TEST_PG || (await answers())
  ? false
  : `no PostgreSQL answers at ${PG_URL}: start one there or set CORRIDOR_TEST_PG`;

export interface TestQueue {
  /** The queue URL for `--queue`. */
  url: string;
  schema: string;
  /** Jobs of the document queue by state, read straight from pg-boss's table. */
  states(): Promise<Record<string, number>>;
  /** Documents jobs that ran more than once (taken over after a worker died, or retried). */
  retried(): Promise<number>;
  sql<T>(text: string, values?: unknown[]): Promise<T[]>;
  drop(): Promise<void>;
}

export async function testQueue(label: string): Promise<TestQueue> {
  const schema = `corridor_test_${label}_${process.pid}`;
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  const url = new URL(PG_URL);
  url.searchParams.set('schema', schema);
  const sql = async <T>(text: string, values: unknown[] = []) => (await client.query(text, values)).rows as T[];
  return {
    url: url.toString(),
    schema,
    sql,
    async states() {
      const rows = await sql<{ state: string; n: number }>(`SELECT state::text, count(*)::int AS n FROM ${schema}.job WHERE name = 'corridor-documents' GROUP BY state`);
      return Object.fromEntries(rows.map((r) => [r.state, r.n]));
    },
    async retried() {
      return (await sql<{ n: number }>(`SELECT count(*)::int AS n FROM ${schema}.job WHERE name = 'corridor-documents' AND retry_count > 0`))[0].n;
    },
    async drop() {
      await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await client.end();
    },
  };
}
