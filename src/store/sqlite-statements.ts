// Prepared statements, cached by their SQL text. Every value reaches SQLite as a bound
// parameter; the only SQL ever built at run time is a list of `?` placeholders.

import type Database from 'better-sqlite3';

export type SqlValue = string | number | bigint | null;

export class SqliteStatements {
  private readonly cache = new Map<string, Database.Statement>();

  constructor(readonly db: Database.Database) {}

  private stmt(sql: string): Database.Statement {
    let s = this.cache.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.cache.set(sql, s);
    }
    return s;
  }

  all<T>(sql: string, ...params: SqlValue[]): T[] {
    return this.stmt(sql).all(...params) as T[];
  }

  get<T>(sql: string, ...params: SqlValue[]): T | undefined {
    return this.stmt(sql).get(...params) as T | undefined;
  }

  run(sql: string, ...params: SqlValue[]): Database.RunResult {
    return this.stmt(sql).run(...params);
  }

  /** Runs an INSERT and returns the new row's id. */
  insert(sql: string, ...params: SqlValue[]): number {
    return Number(this.run(sql, ...params).lastInsertRowid);
  }
}

/** "?, ?, ?" for an IN list of n values (n >= 1). */
export function placeholders(n: number): string {
  return Array.from({ length: n }, () => '?').join(', ');
}
