import type { Doc, Token } from './doc.js';

// Words keep inner apostrophes and hyphens (Ust-Kamenogorsk, Xi'an, one-gigawatt); numbers keep
// their separators (1,131 / 98.3); dotted initialisms (U.S.) stay whole; anything else is one character.
const TOKEN_RE = /(?:\p{Lu}\.){2,}|['’]s\b|\p{L}[\p{L}\p{M}]*(?:['’‐-](?!s\b)[\p{L}\p{M}\p{N}]+)*|\d+(?:[.,]\d+)*|\S/gu;
const CAP_RE = /^\p{Lu}/u;
const PARTICLE_NAME_RE = /^(?:al|el|ul|ad|ar|as|at|az|an|ash|bin|ibn|abu|ben|van|von|de|da|di|du|la|le|d')-\p{Lu}/u;
const UPPER_RE = /^[\p{Lu}\d&-]{2,}$/u;
const HAS_LETTER_RE = /\p{L}/u;
const NUM_RE = /^\d/;

export function tokenize(doc: Doc): void {
  const text = doc.text;
  const tokens: Token[] = [];
  let prevEnd = 0;
  for (const m of text.matchAll(TOKEN_RE)) {
    const t = m[0];
    const start = m.index!;
    const gap = text.slice(prevEnd, start);
    const letter = HAS_LETTER_RE.test(t);
    tokens.push({
      i: tokens.length,
      start,
      end: start + t.length,
      text: t,
      lower: t.toLowerCase(),
      // "al-Saadi", "bin-Salman", "van-Dijk": a lower-case particle joined to a capitalised name is a name
      cap: CAP_RE.test(t) || PARTICLE_NAME_RE.test(t),
      upper: letter && UPPER_RE.test(t.replace(/\./g, '')) && /\p{Lu}.*\p{Lu}/u.test(t),
      num: NUM_RE.test(t),
      punct: !letter && !NUM_RE.test(t),
      lineStart: tokens.length === 0 || gap.includes('\n'),
      sent: 0,
    });
    prevEnd = start + t.length;
  }
  doc.tokens = tokens;
}
