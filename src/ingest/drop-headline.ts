// Article text must not begin with its own headline: pages and feeds often repeat
// the title as the first block of the body. Comparison ignores case, spacing and
// surrounding punctuation.

import { normalizeText, paragraphsOf } from './normalize-text.js';

function comparable(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\u00A0]+/g, ' ')
    .replace(/^[\s"'“”‘’«»\-–—:.]+|[\s"'“”‘’«»\-–—:.!?]+$/g, '')
    .trim();
}

/** The text without leading paragraphs that equal one of the headlines. */
export function dropLeadingHeadline(text: string, headlines: (string | null | undefined)[]): string {
  const wanted = new Set(headlines.filter((h): h is string => !!h).map(comparable).filter((h) => h.length > 0));
  if (wanted.size === 0) return text;
  const paragraphs = paragraphsOf(text);
  let start = 0;
  while (start < paragraphs.length && wanted.has(comparable(paragraphs[start]))) start++;
  return start === 0 ? text : normalizeText(paragraphs.slice(start).join('\n\n'));
}
