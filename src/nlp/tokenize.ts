import type { Doc, Token } from './doc.js';

// Words keep inner apostrophes and hyphens (Stratford-upon-Avon, Sana'a, three-megawatt); numbers keep
// their separators (2,457 / 61.4); dotted initialisms (U.S.) stay whole; anything else is one character.
// This pattern defines the tokens; scanToken below is a faster reading of it for ASCII text.
export const TOKEN_RE = /(?:\p{Lu}\.){2,}|['’]s\b|\p{L}[\p{L}\p{M}]*(?:['’‐-](?!s\b)[\p{L}\p{M}\p{N}]+)*|\d+(?:[.,]\d+)*|\S/gu;
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
const isAsciiLetter = (c: number) => (c | 32) >= 97 && (c | 32) <= 122;
/** \w of a regular expression without the i flag: ASCII letters, digits and "_" (what \b looks at). */
const isWordChar = (c: number) => isAsciiLetter(c) || isDigit(c) || c === 95;
const APOS = 39; // '
const RSQUO = 0x2019; // ’
const HYPHEN = 0x2010; // ‐

/**
 * End of the TOKEN_RE match that starts at `p` (a non-space character), read from the character
 * codes; -1 when the answer depends on a character outside ASCII (other than ’ and ‐, which the
 * pattern names literally), so that the caller asks the regular expression itself.
 */
function scanToken(text: string, p: number): number {
  const n = text.length;
  const c = text.charCodeAt(p);
  if (c >= 128 && c !== RSQUO) return -1;
  if (isAsciiUpper(c)) {
    // (?:\p{Lu}\.){2,}: "U.S."
    let q = p;
    let reps = 0;
    for (;;) {
      const u = text.charCodeAt(q);
      if (q + 1 < n && isAsciiUpper(u) && text.charCodeAt(q + 1) === 46) { reps++; q += 2; continue; }
      if (q < n && u >= 128 && text.charCodeAt(q + 1) === 46) return -1; // a non-ASCII capital could go on
      break;
    }
    if (reps >= 2) return q;
  }
  if (c === APOS || c === RSQUO) {
    // ['’]s\b: the possessive; else the character alone
    if (text.charCodeAt(p + 1) === 115 && !(p + 2 < n && isWordChar(text.charCodeAt(p + 2)))) return p + 2;
    return p + 1;
  }
  if (isAsciiLetter(c)) {
    // \p{L}[\p{L}\p{M}]*
    let q = p + 1;
    while (q < n) {
      const x = text.charCodeAt(q);
      if (isAsciiLetter(x)) q++;
      else if (x >= 128 && x !== RSQUO && x !== HYPHEN) return -1; // a letter or mark of another script may go on
      else break;
    }
    // (?:['’‐-](?!s\b)[\p{L}\p{M}\p{N}]+)*, each part as long as it goes (nothing after it in the pattern)
    for (;;) {
      if (q >= n) return q;
      const s = text.charCodeAt(q);
      if (s !== APOS && s !== RSQUO && s !== HYPHEN && s !== 45) return q;
      const a = q + 1 < n ? text.charCodeAt(q + 1) : -1;
      if (a === 115 && !(q + 2 < n && isWordChar(text.charCodeAt(q + 2)))) return q; // "Ardlow's": the possessive is its own token
      if (a >= 128) return -1;
      if (!isAsciiLetter(a) && !isDigit(a)) return q;
      q += 2;
      while (q < n) {
        const x = text.charCodeAt(q);
        if (isAsciiLetter(x) || isDigit(x)) q++;
        else if (x >= 128 && x !== RSQUO && x !== HYPHEN) return -1;
        else break;
      }
    }
  }
  if (isDigit(c)) {
    // \d+(?:[.,]\d+)*
    let q = p + 1;
    for (;;) {
      while (q < n && isDigit(text.charCodeAt(q))) q++;
      const s = text.charCodeAt(q);
      if ((s === 46 || s === 44) && isDigit(text.charCodeAt(q + 1))) { q += 2; continue; }
      return q;
    }
  }
  return p + 1; // \S: one ASCII character
}

/** No capital and nothing outside ASCII: the string is its own lower case (most tokens; toLowerCase would copy it). */
function isLowerAscii(t: string): boolean {
  for (let k = 0; k < t.length; k++) {
    const c = t.charCodeAt(k);
    if ((c >= 65 && c <= 90) || c >= 128) return false;
  }
  return true;
}

export function tokenize(doc: Doc): void {
  const text = doc.text;
  const n = text.length;
  const tokens: Token[] = [];
  let prevEnd = 0;
  let p = 0;
  for (;;) {
    // skip ASCII white space; anything else outside ASCII goes to the pattern
    let c = 0;
    while (p < n && ((c = text.charCodeAt(p)) === 32 || (c >= 9 && c <= 13))) p++;
    if (p >= n) break;
    let start = p;
    let end = c < 128 || c === RSQUO ? scanToken(text, p) : -1;
    if (end < 0) {
      TOKEN_RE.lastIndex = p;
      const m = TOKEN_RE.exec(text);
      if (!m) break;
      start = m.index;
      end = start + m[0].length;
    }
    const t = text.slice(start, end);
    let lineStart = tokens.length === 0;
    for (let k = prevEnd; k < start && !lineStart; k++) if (text.charCodeAt(k) === 10) lineStart = true;
    const c0 = t.charCodeAt(0);
    const num = isDigit(c0);
    const letter = !num && (isAsciiUpper(c0) || isAsciiLower(c0) || (c0 > 127 && HAS_LETTER_RE.test(t)) || (t.length > 1 && HAS_LETTER_RE.test(t)));
    const capFirst = isAsciiUpper(c0) || (c0 > 127 && CAP_RE.test(t));
    // "al-Saadi", "bin-Salman", "van-Dijk": a lower-case particle joined to a capitalised name is a name
    const cap = capFirst || (isAsciiLower(c0) && t.length > 3 && t.includes('-') && PARTICLE_NAME_RE.test(t));
    tokens.push({
      i: tokens.length,
      start,
      end,
      text: t,
      lower: isLowerAscii(t) ? t : t.toLowerCase(),
      cap,
      upper: capFirst && t.length > 1 && UPPER_RE.test(t.includes('.') ? t.replace(/\./g, '') : t) && TWO_UPPER_RE.test(t),
      num,
      punct: !letter && !num,
      lineStart,
      sent: 0,
    });
    prevEnd = end;
    p = end;
  }
  doc.tokens = tokens;
}
