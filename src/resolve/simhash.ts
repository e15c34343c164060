// Near-duplicate articles: a 64-bit SimHash over word 3-shingles. Measured on the team's example
// articles, a republication (another headline, the first or last paragraph cut) lands 2 to 14
// bits away, and two different stories never closer than 23 (32 on average): near means 10 bits
// or fewer. Stored as 16 hex digits plus eight 8-bit bands; the store compares a document with
// those sharing a band, which finds every pair within 7 bits and most pairs up to 10 (about
// nine in ten at 10 bits), while a random pair shares a band about once in 32. The store also
// limits candidates to articles published within a few weeks of each other.

export const NEAR_DUPLICATE_BITS = 10;
const SHINGLE = 3;
/** Bit widths of the bands, low bits first: eight bands, so 7 differing bits leave one intact. */
const BAND_BITS = [8, 8, 8, 8, 8, 8, 8, 8];
export const BANDS = BAND_BITS.length;

const FNV_BASIS = 0x811c9dc5;
const FNV_PRIME = 16777619;
const WORD_CHAR = /^[\p{L}\p{N}]$/u;
/** Non-ASCII code points seen, and whether each is a letter or digit (bounded: cleared when full). */
const wordChars = new Map<number, boolean>();

function isWordChar(cp: number): boolean {
  if (cp < 128) return (cp >= 97 && cp <= 122) || (cp >= 48 && cp <= 57) || (cp >= 65 && cp <= 90);
  let yes = wordChars.get(cp);
  if (yes === undefined) {
    yes = WORD_CHAR.test(String.fromCodePoint(cp));
    if (wordChars.size >= 10_000) wordChars.clear();
    wordChars.set(cp, yes);
  }
  return yes;
}

/**
 * The FNV-1a hash (over UTF-16 units) of each word of `text`, a word being a run of letters and
 * digits (/[\p{L}\p{N}]+/u), in order. One pass over the text, hashing as it goes: matching the
 * words with that regular expression first cost twice the rest of the SimHash.
 */
function wordHashes(text: string): number[] {
  const out: number[] = [];
  let h = FNV_BASIS;
  let inWord = false;
  for (let i = 0; i < text.length;) {
    const c = text.charCodeAt(i);
    let cp = c;
    let units = 1;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) { cp = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000; units = 2; }
    }
    if (isWordChar(cp)) {
      if (!inWord) { h = FNV_BASIS; inWord = true; }
      h = Math.imul(h ^ c, FNV_PRIME);
      if (units === 2) h = Math.imul(h ^ text.charCodeAt(i + 1), FNV_PRIME);
    } else if (inWord) {
      out.push(h >>> 0);
      inWord = false;
    }
    i += units;
  }
  if (inWord) out.push(h >>> 0);
  return out;
}

/** A 32-bit finaliser (murmur3's): every input bit moves every output bit. */
function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

export function simhash(text: string): bigint {
  // Each word hashed once, each shingle by mixing its words' hashes in order: no string
  // building and no crypto per shingle, and plain numbers, as BigInt per bit costs more.
  const wordHash = wordHashes(text.toLowerCase().normalize('NFKC'));
  // Bit b of the result is set when more shingles have bit b set than not. The set bits are
  // counted for all 32 bits of a half at once, in binary, one plane per digit (plane k holds
  // digit k of every bit's count): adding a shingle is a carry chain of about two steps, not 64
  // increments, and the result is the same majority.
  const loPlanes = new Int32Array(32);
  const hiPlanes = new Int32Array(32);
  const n = Math.max(1, wordHash.length - SHINGLE + 1);
  for (let i = 0; i < n; i++) {
    let s = 0x2545f491;
    for (let k = i; k < Math.min(i + SHINGLE, wordHash.length); k++) s = mix(Math.imul(s ^ wordHash[k], 0x9e3779b1));
    // two independent-looking halves from the shingle's hash
    addBits(loPlanes, mix(s ^ 0x68e31da4));
    addBits(hiPlanes, mix(Math.imul(s, 0x85ebca77) ^ 0xb5297a4d));
  }
  const lo = majority(loPlanes, n);
  const hi = majority(hiPlanes, n);
  return (BigInt(hi >>> 0) << 32n) | BigInt(lo >>> 0);
}

/** Adds one to the count of every bit set in `x` (binary counters, one plane per digit). */
function addBits(planes: Int32Array, x: number): void {
  for (let k = 0; x !== 0; k++) {
    const carry = planes[k] & x;
    planes[k] ^= x;
    x = carry;
  }
}

/** The bits set in more than half of `n` words, from their counts' planes. */
function majority(planes: Int32Array, n: number): number {
  // counts never exceed n, so planes past n's highest digit are all zero: reading only the used
  // ones cuts the loop from 32x32 steps to about 32x10 (it runs twice a document, too seldom for
  // V8 to optimise it, so every step counts)
  const used = Math.min(planes.length, 32 - Math.clz32(n));
  let out = 0;
  for (let b = 0; b < 32; b++) {
    let ones = 0;
    for (let k = 0; k < used; k++) ones += ((planes[k] >>> b) & 1) << k;
    if (2 * ones > n) out |= 1 << b;
  }
  return out;
}

export function toHex(h: bigint): string {
  return h.toString(16).padStart(16, '0');
}

export function bands(h: bigint): number[] {
  const out: number[] = [];
  let shift = 0n;
  for (const bits of BAND_BITS) {
    out.push(Number((h >> shift) & ((1n << BigInt(bits)) - 1n)));
    shift += BigInt(bits);
  }
  return out;
}

export function hammingDistance(a: bigint, b: bigint): number {
  let x = a ^ b;
  let n = 0;
  while (x) { x &= x - 1n; n++; }
  return n;
}
