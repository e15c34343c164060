// Turning a user's words into safe query values. Values are always bound as parameters; these
// functions make sure the VALUE cannot be read as FTS5 syntax (NEAR, OR, column filters, `*`)
// or as LIKE wildcards either.

/**
 * User text as a query value: control characters (NUL among them: SQLite's LIKE stops reading
 * a pattern at NUL, so "%\0" would match everything) become spaces, ends trimmed.
 */
export function cleanText(text: unknown): string {
  return typeof text === 'string' || typeof text === 'number' ? String(text).replace(/[\u0000-\u001f\u007f]+/g, ' ').trim() : '';
}

/**
 * An FTS5 query from free text: each word quoted (so AND/OR/NOT/NEAR and punctuation are just
 * words), all words required, the last one also matching as a prefix (search as you type).
 * Null when the text has no letter or digit: the caller falls back to a LIKE match.
 */
export function ftsQuery(text: string): string | null {
  const words = text.normalize('NFC').match(/[\p{L}\p{N}]+/gu);
  if (!words || words.length === 0) return null;
  return words.slice(0, 32).map((w, i, all) => `"${w}"${i === all.length - 1 ? '*' : ''}`).join(' ');
}

/** A LIKE pattern matching `text` anywhere, with %, _ and the escape character escaped; use with ESCAPE '\'. */
export function likeContains(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** A LIKE pattern matching values that start with `text` followed by anything. */
export function likePrefix(text: string): string {
  return `${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** A row limit: a non-negative integer, or undefined for "no limit" (NaN, Infinity, absent). */
export function cleanCount(n: unknown): number | undefined {
  if (typeof n !== 'number' || !Number.isFinite(n)) return undefined;
  return Math.max(0, Math.floor(n));
}

/**
 * The same query as `ftsQuery` for PostgreSQL's to_tsquery: every word required, the last one
 * also as a prefix. Words hold only letters and digits, so quoting them makes each a plain lexeme.
 */
export function tsQuery(text: string): string | null {
  const words = text.normalize('NFC').match(/[\p{L}\p{N}]+/gu);
  if (!words || words.length === 0) return null;
  return words.slice(0, 32).map((w, i, all) => `'${w}'${i === all.length - 1 ? ':*' : ''}`).join(' & ');
}
