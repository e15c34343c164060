// Near-duplicate articles: a 64-bit SimHash over word 3-shingles. The same wire story
// republished with another headline, a dateline or a trimmed last paragraph stays within a few
// bits (4 for a new headline and a cut last paragraph on a 400-word story); two different
// stories about the same project differ in about half of them (35 for two reports on one
// plant). Stored as 16 hex digits plus six bands of 10 or 11 bits, so the store finds
// candidates by an exact band match (two hashes within 5 bits agree on at least one band)
// instead of scanning; a random pair shares a band about once in 340.

import { createHash } from 'node:crypto';

export const NEAR_DUPLICATE_BITS = 5;
/** Bit widths of the bands, low bits first: six bands, so 5 differing bits leave one intact. */
const BAND_BITS = [11, 11, 11, 11, 10, 10];
export const BANDS = BAND_BITS.length;
const SHINGLE = 3;

export function simhash(text: string): bigint {
  const words = text.toLowerCase().normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? [];
  // Two 32-bit halves in plain numbers: BigInt arithmetic per bit would cost more than the hash.
  const counts = new Int32Array(64);
  const n = Math.max(1, words.length - SHINGLE + 1);
  for (let i = 0; i < n; i++) {
    const d = createHash('md5').update(words.slice(i, i + SHINGLE).join(' ')).digest();
    const hi = d.readUInt32BE(0);
    const lo = d.readUInt32BE(4);
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
