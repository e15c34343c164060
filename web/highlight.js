// Article text with spans marked, built from text nodes only. Overlapping spans (a name
// inside a project's sentence) are cut at every boundary: each piece is wrapped by every span
// that covers it, outermost first, so nesting stays valid whatever the overlaps.

import { el } from './dom.js';

/**
 * Appends text[from, to) to parent. `spans` are {start, end, wrap(children) => Node}; a piece
 * covered by spans is wrapped by each, the longest (outermost) first.
 */
export function appendMarked(parent, text, from, to, spans) {
  const inside = spans.filter((s) => s.end > from && s.start < to && s.end > s.start);
  const cuts = new Set([from, to]);
  for (const s of inside) {
    cuts.add(Math.max(from, s.start));
    cuts.add(Math.min(to, s.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const covering = inside.filter((s) => s.start <= a && s.end >= b).sort((x, y) => y.end - y.start - (x.end - x.start) || x.start - y.start);
    let node = document.createTextNode(text.slice(a, b));
    // Innermost wraps first so the outermost ends up outside.
    for (const s of [...covering].reverse()) node = s.wrap(node, a === Math.max(from, s.start));
    parent.append(node);
  }
  return parent;
}

/** Paragraphs of a text (split on line breaks), each with its offsets. */
export function paragraphs(text) {
  return [...text.matchAll(/[^\n]+/g)].filter((m) => m[0].trim()).map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** The text with spans marked, one <p> per paragraph. */
export function markedText(text, spans) {
  return el('div', { class: 'doc-text' }, paragraphs(text).map((p) => appendMarked(el('p', {}), text, p.start, p.end, spans)));
}

/** Trusts a span's offsets when they hold its stated text; otherwise looks the text up. */
export function locate(text, span) {
  const valid = Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.end <= text.length && span.start < span.end;
  if (valid && (!span.text || text.slice(span.start, span.end) === span.text)) return { start: span.start, end: span.end };
  if (span.text) {
    const at = text.indexOf(span.text);
    if (at >= 0) return { start: at, end: at + span.text.length };
  }
  return null;
}
