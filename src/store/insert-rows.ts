// Multi-row INSERTs for the writer: one statement per chunk of rows on PostgreSQL, where each
// statement is a round trip, one prepared single-row statement per row on SQLite.

import { placeholders, type SqlDriver, type SqlValue } from './sql-driver.js';

/** Rows per multi-row INSERT on PostgreSQL (at most 7 values each): well under its limit on bound values. */
const ROWS_PER_INSERT = 50;

/**
 * `rows` in order: `head` up to VALUES, `tail` after the rows (ON CONFLICT, RETURNING); returns
 * what RETURNING gives. On PostgreSQL, where each statement is a round trip, a table's rows of a
 * document or a statement go in multi-row INSERTs of ROWS_PER_INSERT (a date-ordered writer's
 * CPU per document about 19.5/16.1 -> 14.9/14.8 ms on a loaded machine; a replay's statements
 * per document 108 -> 73).
 * On SQLite a statement costs a few microseconds and one prepared single-row statement per
 * table measured no slower than one per row count (1,000 generated articles, replay and date
 * order), so rows go in one at a time there.
 */
export async function insertRows<T = never>(sql: SqlDriver, head: string, rows: readonly SqlValue[][], tail = ''): Promise<T[]> {
  const out: T[] = [];
  const returning = tail.includes('RETURNING');
  if (sql.dialect !== 'postgres') {
    for (const row of rows) {
      const text = insertText(head, tail, row.length, 1);
      if (returning) out.push(...(await sql.all<T>(text, ...row)));
      else await sql.run(text, ...row);
    }
    return out;
  }
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
    const chunk = rows.slice(i, i + ROWS_PER_INSERT);
    const text = insertText(head, tail, chunk[0].length, chunk.length);
    const params = chunk.flat();
    if (returning) out.push(...(await sql.all<T>(text, ...params)));
    else await sql.run(text, ...params);
  }
  return out;
}

/**
 * The text of an `insertRows` statement, built once per head, tail and shape: a replay inserts
 * tens of rows a document, and building each row's SQL again (and hashing that new string to
 * find its prepared statement) cost about a tenth of what SQLite took to insert the row.
 */
export function insertText(head: string, tail: string, width: number, count: number): string {
  let byTail = INSERT_TEXTS.get(head);
  if (!byTail) INSERT_TEXTS.set(head, (byTail = new Map()));
  let byShape = byTail.get(tail);
  if (!byShape) byTail.set(tail, (byShape = new Map()));
  const shape = count * 1000 + width;
  let text = byShape.get(shape);
  if (text === undefined) {
    const row = `(${placeholders(width)})`;
    text = `${head} ${Array.from({ length: count }, () => row).join(', ')}${tail ? ` ${tail}` : ''}`;
    byShape.set(shape, text);
  }
  return text;
}

/** Heads and tails are literals of the writer's call sites (add-document.ts, search-rows.ts), so this stays a few dozen entries. */
const INSERT_TEXTS = new Map<string, Map<string, Map<number, string>>>();

/**
 * Inserts `rows` with ON CONFLICT DO NOTHING and says, row by row, which went in. `column` is
 * returned by PostgreSQL to tell them apart, so its value (`row[index]`) differs between rows.
 * A record's new aliases go in one statement on PostgreSQL (one round trip for all of them); on
 * SQLite each row is its own statement and its change count says.
 */
export async function insertIfAbsent(sql: SqlDriver, head: string, rows: readonly SqlValue[][], column: string, index: number): Promise<boolean[]> {
  if (rows.length === 0) return [];
  if (sql.dialect !== 'postgres') {
    const out: boolean[] = [];
    for (const row of rows) out.push((await sql.run(insertText(head, 'ON CONFLICT DO NOTHING', row.length, 1), ...row)).changes > 0);
    return out;
  }
  const added = new Set((await insertRows<Record<string, SqlValue>>(sql, head, rows, `ON CONFLICT DO NOTHING RETURNING ${column}`)).map((r) => r[column]));
  return rows.map((row) => added.has(row[index]));
}
