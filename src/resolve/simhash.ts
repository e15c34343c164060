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

/** FNV-1a over a string's UTF-16 units from a given basis: fast, and good enough to spread shingles. */
function fnv1a(s: string, basis: number): number {
  let h = basis;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** A 32-bit finaliser (murmur3's): every input bit moves every output bit. */
function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

export function simhash(text: string): bigint {
  const words = text.toLowerCase().normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? [];
  // Each word hashed once (two 32-bit halves), each shingle by mixing its words' hashes in order:
  // no string building and no crypto per shingle, and plain numbers, as BigInt per bit costs more.
  const wordHash = words.map((w) => fnv1a(w, 0x811c9dc5));
  const counts = new Int32Array(64);
  const n = Math.max(1, words.length - SHINGLE + 1);
  for (let i = 0; i < n; i++) {
    let s = 0x2545f491;
    for (let k = i; k < Math.min(i + SHINGLE, words.length); k++) s = mix(Math.imul(s ^ wordHash[k], 0x9e3779b1));
    // two independent-looking halves from the shingle's hash
    const lo = mix(s ^ 0x68e31da4);
    const hi = mix(Math.imul(s, 0x85ebca77) ^ 0xb5297a4d);
    for (let b = 0; b < 32; b++) {
      counts[b] += (lo >>> b) & 1 ? 1 : -1;
      counts[b + 32] += (hi >>> b) & 1 ? 1 : -1;
    }
  }
  let lo = 0;
  let hi = 0;
  for (let b = 0; b < 32; b++) {
    if (counts[b] > 0) lo |= 1 << b;
    if (counts[b + 32] > 0) hi |= 1 << b;
  }
  return (BigInt(hi >>> 0) << 32n) | BigInt(lo >>> 0);
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
