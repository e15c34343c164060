// The API token that every write request must carry: made here when none is given, checked
// in constant time, and refused when it is too short to be a secret.

import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** Shorter than this, a token can be guessed; a generated one has 43 characters. */
export const MIN_TOKEN_LENGTH = 24;

/** 32 random bytes, URL-safe, so it fits a header and a file without quoting. */
export function generateToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Why a token cannot be used, or null when it can. */
export function tokenProblem(token: string): string | null {
  if (token.length < MIN_TOKEN_LENGTH) return `the API token must be at least ${MIN_TOKEN_LENGTH} characters (it has ${token.length})`;
  if (!/^[\x21-\x7e]+$/.test(token)) return 'the API token must be printable ASCII without spaces';
  return null;
}

/**
 * Compares in time that does not depend on where the strings differ. Both sides are hashed
 * first, so their lengths are equal and the length of the real token does not leak either.
 */
export function tokenMatches(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

/** The token of an `Authorization: Bearer …` header, or null. */
export function bearerToken(header: string | undefined): string | null {
  const m = /^Bearer +(\S+) *$/i.exec(header ?? '');
  return m ? m[1] : null;
}
