// Public record ids: a kind prefix and ten base-32 characters of a SHA-256 over a seed that
// names what first made the record (a statement key, a name key). The seed is chosen by the
// canonical replay, not by arrival, so the same corpus gives the same ids in any order, and a
// record keeps its id when later documents join it. 50 bits make a clash between two records
// of one kind unlikely even at millions of records; the store still checks and re-seeds.

import { createHash } from 'node:crypto';

const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz'; // Crockford's base 32: no i, l, o, u

export type RecordKind = 'project' | 'organization' | 'person' | 'place';

const PREFIX: Record<RecordKind, string> = { project: 'prj', organization: 'org', person: 'per', place: 'plc' };

export function publicId(kind: RecordKind, seed: string, attempt = 0): string {
  const digest = createHash('sha256').update(`${kind}\u0000${seed}\u0000${attempt}`).digest();
  let bits = 0n;
  for (let i = 0; i < 7; i++) bits = (bits << 8n) | BigInt(digest[i]);
  let out = '';
  for (let i = 0; i < 10; i++) out += ALPHABET[Number((bits >> BigInt(51 - 5 * i)) & 31n)];
  return `${PREFIX[kind]}-${out}`;
}

const SHAPE = /^(prj|org|per|plc)-[0-9a-hjkmnp-tv-z]{10}$/;

/** True for a string shaped like a public id (says nothing of whether the record exists). */
export function isPublicId(s: string): boolean {
  return SHAPE.test(s);
}
