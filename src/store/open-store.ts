// Which store to open: the argument, else CORRIDOR_DB, else ./corridor.db. A postgres:// (or
// postgresql://) URL opens PostgreSQL for team mode; anything else is a SQLite file path.
// Opening is synchronous for both: PostgreSQL connects and migrates behind the first call.

import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { PostgresDatabase } from './postgres-driver.js';
import { SqlStore } from './sql-store.js';
import { openSqliteStore } from './sqlite-store.js';
import type { Store } from './store.js';

export const DEFAULT_DB = './corridor.db';

export function isPostgresUrl(where: string): boolean {
  return /^postgres(ql)?:\/\//i.test(where);
}

export function openStore(target?: string): Store {
  const where = target?.trim() || process.env.CORRIDOR_DB?.trim() || DEFAULT_DB;
  if (isPostgresUrl(where)) return openPostgresStore(where);
  if (where !== ':memory:') mkdirSync(dirname(resolve(where)), { recursive: true });
  return openSqliteStore(where);
}

export function openPostgresStore(url: string): Store {
  return new SqlStore(new PostgresDatabase(url));
}
