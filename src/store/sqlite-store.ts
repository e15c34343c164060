// The embedded engine: one SQLite file (better-sqlite3), WAL so readers never wait for the
// writer, foreign keys enforced, and a busy timeout so a second process waits for the lock
// instead of failing at once.

import Database from 'better-sqlite3';
import { migrateSqlite } from './migrations.js';
import { SqliteDatabase } from './sqlite-driver.js';
import { SqlStore } from './sql-store.js';
import type { Store } from './store.js';

const BUSY_TIMEOUT_MS = 5000;

export function openSqliteStore(file: string): Store {
  const db = new Database(file, { timeout: BUSY_TIMEOUT_MS });
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`); // first: switching to WAL itself may wait for a lock
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  // NORMAL, not FULL: with WAL a commit is not fsynced, only checkpoints are. A killed process
  // loses nothing it committed; a power loss or OS crash may lose the last commits (never
  // corrupts the file), which the next ingest stores again. FULL would add an fsync per commit.
  db.pragma('synchronous = NORMAL');
  migrateSqlite(db);
  return new SqlStore(new SqliteDatabase(db));
}
