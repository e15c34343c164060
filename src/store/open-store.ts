// Which store to open: the argument, else CORRIDOR_DB, else ./corridor.db. A PostgreSQL URL
// is recognised (and refused for now) so a team's setting fails loudly instead of creating a
// SQLite file named "postgres:".

import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { openSqliteStore } from './sqlite-store.js';
import type { Store } from './store.js';

export const DEFAULT_DB = './corridor.db';

export function openStore(target?: string): Store {
  const where = target?.trim() || process.env.CORRIDOR_DB?.trim() || DEFAULT_DB;
  if (/^postgres(ql)?:\/\//i.test(where)) {
    throw new Error('PostgreSQL support arrives in team mode; use a SQLite file path for now');
  }
  if (where !== ':memory:') mkdirSync(dirname(resolve(where)), { recursive: true });
  return openSqliteStore(where);
}
