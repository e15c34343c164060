// A document: the article text with every extracted span highlighted by kind, names linking
// to their records, each project's sentence marked with a link to the project. `?hl=START-END`
// (from a project's "Show in the article") marks that sentence and scrolls to it.

import { getJSON, idPath } from './api.js';
import { el, facts, link, muted, section } from './dom.js';
import { DASH, documentTitle, humanize, plural, safeHttpUrl } from './format.js';
import { locate, markedText } from './highlight.js';

/** Each kind of span: its legend word and where its record lives. */
const KINDS = {
  project: { label: 'Projects (sentences)', href: (id) => `#/project/${idPath(id)}` },
  organization: { label: 'Organisations', href: (id) => `#/organization/${idPath(id)}` },
  person: { label: 'People', href: (id) => `#/person/${idPath(id)}` },
  // A place has no page of its own: it leads to the projects that name it.
  place: { label: 'Places', href: (_id, name) => `#/register?q=${encodeURIComponent(name)}` },
  event: { label: 'Meetings and agreements', href: null },
};

const containsLink = (node) => node.nodeName === 'A' || (node.querySelector?.('a') ?? null) !== null;

/** How one span wraps a piece of text. */
function wrapper(span) {
  const kind = KINDS[span.kind];
  const cls = `span span-${span.kind}`;
  if (span.kind === 'project' || span.kind === 'event') {
    return (node, atStart) => {
      const mark = el('mark', { class: cls, title: `${humanize(span.kind)}: ${span.label}` }, node);
      if (!atStart || !span.recordId) return mark;
      const ref = el('a', { class: 'span-ref', href: kind.href(span.recordId), 'aria-label': `Project: ${span.label}` }, '\u2197');
      return containsLink(node) ? mark : el('span', { class: 'span-group' }, el('sup', {}, ref), mark);
    };
  }
  return (node) =>
    kind.href && span.recordId && !containsLink(node)
      ? el('a', { class: cls, href: kind.href(span.recordId, span.label), title: `${humanize(span.kind)}: ${span.label}` }, node)
      : el('mark', { class: cls, title: `${humanize(span.kind)}: ${span.label}` }, node);
}

export async function render({ view, params: [id], query }) {
  const [doc, spans] = await Promise.all([getJSON(`/api/documents/${id}`), getJSON(`/api/documents/${id}/spans`)]);
  const focus = parseFocus(doc.text, query.get('hl'));
  const marked = spans.map((s) => ({ ...s, wrap: wrapper(s) }));
  if (focus) marked.push({ ...focus, wrap: (node) => el('mark', { class: 'focus-sentence' }, node) });
  const text = markedText(doc.text, marked);
  const url = safeHttpUrl(doc.url);
  const back = query.get('project');
  view.append(
    el('p', { class: 'eyebrow' }, 'Document ', String(doc.id), back ? [' \u00b7 ', link(`#/project/${idPath(back)}`, 'back to the project')] : null),
    el('h1', {}, documentTitle(doc)),
    facts([
      ['Source', doc.source ?? DASH],
      ['Published', doc.published ?? DASH],
      ['Input', el('code', {}, doc.input ?? doc.path ?? DASH)],
      ['Original', url ? el('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, url) : DASH],
      ['Projects', link(`#/register?documentId=${doc.id}`, plural(doc.projects ?? 0, 'project'))],
    ]),
    legend(spans, text),
    focus ? el('p', { class: 'focus-note', role: 'note' }, 'The highlighted sentence is the one the project page pointed to.') : null,
    section('Text', text),
  );
  if (focus) text.querySelector('.focus-sentence')?.scrollIntoView({ block: 'center' });
}

function parseFocus(text, hl) {
  const m = /^(\d{1,9})-(\d{1,9})$/.exec(hl ?? '');
  return m ? locate(text, { start: Number(m[1]), end: Number(m[2]) }) : null;
}

/** Which kinds are marked, with counts; unticking one hides its highlighting. */
function legend(spans, text) {
  const counts = Object.keys(KINDS).map((k) => [k, spans.filter((s) => s.kind === k).length]).filter(([, n]) => n > 0);
  if (counts.length === 0) return muted('Nothing was extracted from this document.');
  return el(
    'fieldset',
    { class: 'legend' },
    el('legend', {}, 'Highlighted'),
    counts.map(([kind, n]) => {
      const box = el('input', { type: 'checkbox', id: `show-${kind}`, checked: true });
      box.addEventListener('change', () => text.classList.toggle(`hide-${kind}`, !box.checked));
      return el('span', { class: 'legend-item' }, box, ' ', el('label', { for: `show-${kind}` }, el('span', { class: `swatch span-${kind}`, 'aria-hidden': 'true' }), ` ${KINDS[kind].label} (${n})`));
    }),
  );
}
