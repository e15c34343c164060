// The SQL driver over one better-sqlite3 connection. better-sqlite3 is synchronous and its
// own transaction helper cannot span an `await`, so a write is BEGIN IMMEDIATE ... COMMIT
// issued by hand. One connection serves the whole process, so everything that uses it (reads
// too) takes turns on an in-process queue: a read of the API server can never see a write
// transaction halfway through, and two API writes never interleave their statements inside
// one transaction. This is the order the synchronous store gave for free.
//
// Two stores on one file in one process share the queue: better-sqlite3 waits for a lock
// synchronously (busy_timeout), so a second connection's BEGIN IMMEDIATE while the first holds
// a transaction across an await would block the very event loop the first needs to finish.
// Other processes wait on the lock as before.

import { resolve } from 'node:path';
import type Database from 'better-sqlite3';
import type { ChangeStamp, SqlDatabase, SqlDriver, SqlValue } from './sql-driver.js';

/** Runs tasks one at a time, in the order they asked. */
export class TaskQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(task: () => Promise<T>): Promise<T> {
    const next = this.tail.then(task, task);
    this.tail = next.catch(() => undefined);
    return next;
  }
}

class SqliteStatementsDriver implements SqlDriver {
  readonly dialect = 'sqlite' as const;
  private readonly cache = new Map<string, Database.Statement>();

  constructor(readonly db: Database.Database) {}

  stmt(sql: string): Database.Statement {
    let s = this.cache.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.cache.set(sql, s);
    }
    return s;
  }

  async all<T>(sql: string, ...params: SqlValue[]): Promise<T[]> {
    return this.stmt(sql).all(...params) as T[];
  }

  async get<T>(sql: string, ...params: SqlValue[]): Promise<T | undefined> {
    return this.stmt(sql).get(...params) as T | undefined;
  }

  async run(sql: string, ...params: SqlValue[]): Promise<{ changes: number }> {
    return { changes: this.stmt(sql).run(...params).changes };
  }

  async insert(sql: string, ...params: SqlValue[]): Promise<number> {
    return Number(this.stmt(sql).run(...params).lastInsertRowid);
  }

  async insertIfNew(sql: string, ...params: SqlValue[]): Promise<number | undefined> {
    const r = this.stmt(sql).run(...params);
    return r.changes > 0 ? Number(r.lastInsertRowid) : undefined;
  }
}

/** One queue per database file in this process (an in-memory database is its own). */
const queues = new Map<string, { queue: TaskQueue; users: number }>();

export class SqliteDatabase implements SqlDatabase {
  readonly dialect = 'sqlite' as const;
  private readonly sql: SqliteStatementsDriver;
  private readonly queue: TaskQueue;
  private readonly file: string | null;

  constructor(private readonly db: Database.Database) {
    this.sql = new SqliteStatementsDriver(db);
    this.file = db.memory ? null : resolve(db.name);
    if (this.file === null) {
      this.queue = new TaskQueue();
    } else {
      const shared = queues.get(this.file) ?? { queue: new TaskQueue(), users: 0 };
      shared.users++;
      queues.set(this.file, shared);
      this.queue = shared.queue;
    }
  }

  read<T>(fn: (sql: SqlDriver) => Promise<T>): Promise<T> {
    return this.queue.run(() => fn(this.sql));
  }

  write<T>(fn: (sql: SqlDriver) => Promise<T>): Promise<T> {
    return this.queue.run(async () => {
      // IMMEDIATE takes the write lock up front, so two processes queue on the busy timeout
      // instead of one failing when it upgrades a read lock.
      this.sql.stmt('BEGIN IMMEDIATE').run();
      try {
        const out = await fn(this.sql);
        this.sql.stmt('COMMIT').run();
        return out;
      } catch (e) {
        if (this.db.inTransaction) this.sql.stmt('ROLLBACK').run();
        throw e;
      }
    });
  }

  changeStamp(): ChangeStamp {
    // data_version moves only for other connections' commits; total_changes counts this one's.
    const other = (this.sql.stmt('PRAGMA data_version').get() as { data_version: number }).data_version;
    const own = (this.sql.stmt('SELECT total_changes() AS n').get() as { n: number }).n;
    return { own, other };
  }

  async close(): Promise<void> {
    // Let queued work finish first: closing under a pending transaction would lose it.
    await this.queue.run(async () => {
      if (!this.db.open) return;
      this.db.close();
      const shared = this.file === null ? undefined : queues.get(this.file);
      if (shared && --shared.users === 0) queues.delete(this.file!);
    });
  }
}
