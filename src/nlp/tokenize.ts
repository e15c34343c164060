import type { Doc, Token } from './doc.js';

// Words keep inner apostrophes and hyphens (Stratford-upon-Avon, Sana'a, three-megawatt); numbers keep
// their separators (2,457 / 61.4); dotted initialisms (U.S.) stay whole; anything else is one character.
const TOKEN_RE = /(?:\p{Lu}\.){2,}|['’]s\b|\p{L}[\p{L}\p{M}]*(?:['’‐-](?!s\b)[\p{L}\p{M}\p{N}]+)*|\d+(?:[.,]\d+)*|\S/gu;
const CAP_RE = /^\p{Lu}/u;
const PARTICLE_NAME_RE = /^(?:al|el|ul|ad|ar|as|at|az|an|ash|bin|ibn|abu|ben|van|von|de|da|di|du|la|le|d')-\p{Lu}/u;
const UPPER_RE = /^[\p{Lu}\d&-]{2,}$/u;
const TWO_UPPER_RE = /\p{Lu}.*\p{Lu}/u;
const HAS_LETTER_RE = /\p{L}/u;

// The tokenizer runs over every character of every article: plain ASCII takes a char-code fast
// path and only other scripts fall back to the Unicode regexes.
const isAsciiUpper = (c: number) => c >= 65 && c <= 90;
const isAsciiLower = (c: number) => c >= 97 && c <= 122;
const isDigit = (c: number) => c >= 48 && c <= 57;

export function tokenize(doc: Doc): void {
  const text = doc.text;
  const tokens: Token[] = [];
  let prevEnd = 0;
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m; m = TOKEN_RE.exec(text)) {
    const t = m[0];
    const start = m.index;
    let lineStart = tokens.length === 0;
    for (let k = prevEnd; k < start && !lineStart; k++) if (text.charCodeAt(k) === 10) lineStart = true;
    const c = t.charCodeAt(0);
    const num = isDigit(c);
    const letter = !num && (isAsciiUpper(c) || isAsciiLower(c) || (c > 127 && HAS_LETTER_RE.test(t)) || (t.length > 1 && HAS_LETTER_RE.test(t)));
    const capFirst = isAsciiUpper(c) || (c > 127 && CAP_RE.test(t));
    // "al-Saadi", "bin-Salman", "van-Dijk": a lower-case particle joined to a capitalised name is a name
    const cap = capFirst || (isAsciiLower(c) && t.length > 3 && t.includes('-') && PARTICLE_NAME_RE.test(t));
    tokens.push({
      i: tokens.length,
      start,
      end: start + t.length,
      text: t,
      lower: t.toLowerCase(),
      cap,
      upper: capFirst && t.length > 1 && UPPER_RE.test(t.includes('.') ? t.replace(/\./g, '') : t) && TWO_UPPER_RE.test(t),
      num,
      punct: !letter && !num,
      lineStart,
      sent: 0,
    });
    prevEnd = start + t.length;
  }
  doc.tokens = tokens;
}
