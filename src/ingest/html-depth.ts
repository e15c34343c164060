// How deep an HTML tree nests, and the limits that keep deep pages cheap. Readability recurses
// per level (it overflows the stack near 10,000 levels) and slows down sharply with depth, so
// it only sees pages up to READABILITY_MAX_DEPTH; the heuristics that take over cost about
// depth x elements (0.4 s at 10,000 levels, 3 s at 30,000). Real pages stay under a hundred
// levels, so a page past MAX_HTML_DEPTH is an attack or a broken generator, not an article.

import { HtmlTooDeep } from './html-too-deep.js';

export const MAX_HTML_DEPTH = 15_000;
/**
 * Readability's cost grows faster than the square of the depth (0.5 s at 200 levels, 7 s at
 * 500); past this depth the page's text is found by the cheaper heuristics alone.
 */
export const READABILITY_MAX_DEPTH = 200;

/** The deepest element nesting under `root`, counted without recursion. */
export function htmlDepth(root: Element): number {
  let max = 0;
  const stack: [Element, number][] = [[root, 1]];
  while (stack.length > 0) {
    const [el, depth] = stack.pop()!;
    if (depth > max) max = depth;
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) stack.push([child, depth + 1]);
  }
  return max;
}

/** Throws HtmlTooDeep when the document nests past the limit. */
export function assertHtmlDepth(doc: Document, limit = MAX_HTML_DEPTH): void {
  const depth = htmlDepth(doc.documentElement);
  if (depth > limit) throw new HtmlTooDeep(depth, limit);
}
