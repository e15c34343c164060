// The small async SQL layer the store is written against, with one implementation per engine
// (sqlite-driver.ts over better-sqlite3, postgres-driver.ts over pg).
//
// Why not Kysely, which the design names: the store is ~2,500 lines of hand-written SQL that
// both engines already read almost verbatim (migrations were written as templates over a
// Dialect from the start). Re-expressing every query in a builder would be a rewrite with its
// own bugs; a driver with four calls plus a few per-dialect fragments (dialect-sql.ts) keeps
// each query readable in one place and lets the same code run on both engines.
//
// The rule that every value is bound is kept: the only SQL built at run time is a list of `?`
// placeholders (`placeholders(n)`) and fixed fragments; PostgreSQL's driver renumbers `?` as
// `$1, $2, ...` before sending.

import type { DialectName } from './migrations.js';

export type SqlValue = string | number | bigint | null;

/** One connection's view: inside a transaction or a consistent read. */
export interface SqlDriver {
  readonly dialect: DialectName;
  all<T>(sql: string, ...params: SqlValue[]): Promise<T[]>;
  get<T>(sql: string, ...params: SqlValue[]): Promise<T | undefined>;
  /** Runs a statement; `changes` is the number of rows it inserted, updated or deleted. */
  run(sql: string, ...params: SqlValue[]): Promise<{ changes: number }>;
  /** Runs an INSERT into a table with an `id` column and returns the new row's id. */
  insert(sql: string, ...params: SqlValue[]): Promise<number>;
  /** An INSERT ... ON CONFLICT DO NOTHING: the new row's id, or undefined when nothing was inserted. */
  insertIfNew(sql: string, ...params: SqlValue[]): Promise<number | undefined>;
}

export interface ChangeStamp { own: number; other: number }

/** A database: reads and write transactions, each handed a driver to run its statements on. */
export interface SqlDatabase {
  readonly dialect: DialectName;
  /** Runs `fn` over one consistent view of the data (no write of this process lands halfway through it). */
  read<T>(fn: (sql: SqlDriver) => Promise<T>): Promise<T>;
  /**
   * Runs `fn` in one write transaction holding the database's write lock (SQLite: BEGIN
   * IMMEDIATE; PostgreSQL: a transaction-scoped advisory lock), so writers from any process
   * follow one another and a failure leaves nothing behind.
   */
  write<T>(fn: (sql: SqlDriver) => Promise<T>): Promise<T>;
  changeStamp(): ChangeStamp;
  close(): Promise<void>;
}

/** "?, ?, ?" for an IN list of n values (n >= 1). */
export function placeholders(n: number): string {
  return Array.from({ length: n }, () => '?').join(', ');
}

/** `items.map(fn)` for an async `fn`, one item at a time and in order (statements on one connection never interleave). */
export async function mapInOrder<T, U>(items: readonly T[], fn: (item: T, index: number) => Promise<U>): Promise<U[]> {
  const out: U[] = [];
  for (const [i, item] of items.entries()) out.push(await fn(item, i));
  return out;
}
