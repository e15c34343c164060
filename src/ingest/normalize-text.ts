// One canonical shape for article text, whatever reader produced it:
// NFC, LF line ends, plain spaces, no trailing or leading blanks on a line,
// paragraphs separated by exactly one blank line, nothing around the ends.
// Every reader passes its text through here, so hashes and offsets agree.

// Byte-order marks, zero-width spaces, word joiners and soft hyphens: invisible, meaningless here.
const INVISIBLE = /[\uFEFF\u200B\u2060\u00AD]/g;
// Line terminators other than LF. U+2029 (paragraph separator) is handled separately.
const LINE_BREAKS = /\r\n?|[\u0085\u2028]/g;
// Tabs, vertical tab, form feed, NBSP and the other Unicode space separators.
const ODD_SPACES = /[\t\v\f\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
// Remaining C0/C1 control characters (LF has been dealt with and is kept).
const CONTROLS = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/g;

export function normalizeText(s: string): string {
  if (typeof s !== 'string' || s.length === 0) return '';
  let t = s
    .replace(INVISIBLE, '')
    .replace(LINE_BREAKS, '\n')
    .replace(/\u2029/g, '\n\n')
    .replace(ODD_SPACES, ' ')
    .replace(CONTROLS, '');
  // Composition last, so removals above cannot leave a decomposed pair behind.
  t = t.normalize('NFC');
  t = t
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n');
  return t.trim();
}

/** Split normalised text into its paragraphs (blank-line separated). */
export function paragraphsOf(text: string): string[] {
  return text.split(/\n{2,}/).map((p) => p.trim()).filter((p) => p.length > 0);
}

/** Collapse all whitespace to single spaces: for titles and other one-line fields. */
export function oneLine(s: string): string {
  return normalizeText(s).replace(/\s+/g, ' ').trim();
}
