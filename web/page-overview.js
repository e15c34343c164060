// Overview: what the register holds (by sector, status, country), what moved lately, and
// what came in.

import { getJSON, idPath, query } from './api.js';
import { el, link, muted, section } from './dom.js';
import { countryName, documentTitle, formatMoney, formatNumber, humanize, plural, sectorLabel } from './format.js';

const TOTALS = [
  ['projects', 'Projects', '#/register'],
  ['organizations', 'Organisations', null],
  ['people', 'People', null],
  ['documents', 'Documents', null],
  ['events', 'Meetings and agreements', null],
];

/** Each breakdown: its title, the register filter a bar links to, and how its values read. */
const BREAKDOWNS = [
  ['bySector', 'Projects by sector', 'sector', sectorLabel],
  ['byStatus', 'Projects by status', 'status', humanize],
  ['byCountry', 'Projects by country', 'country', countryName],
];

export async function render({ view }) {
  view.append(el('h1', {}, 'Overview'), muted('Loading\u2026'));
  const data = await getJSON('/api/overview');
  view.replaceChildren(
    el('h1', {}, 'Overview'),
    el(
      'ul',
      { class: 'totals', 'aria-label': 'Totals' },
      TOTALS.map(([key, label, href]) =>
        el('li', {}, el('span', { class: 'total-number' }, formatNumber(data.totals[key])), ' ', href ? link(href, label) : el('span', {}, label)),
      ),
    ),
    el(
      'div',
      { class: 'grid-3' },
      BREAKDOWNS.map(([key, title, filter, label]) => section(title, bars(data[key].slice(0, 12), filter, label))),
    ),
    el('div', { class: 'grid-2' }, section('Latest reported changes', changes(data.changes)), section('Ingestion activity', ingestion(data))),
  );
}

function bars(counts, filter, label) {
  if (counts.length === 0) return muted('Nothing yet.');
  const max = Math.max(...counts.map((c) => c.count));
  return el(
    'ul',
    { class: 'bars' },
    counts.map((c) => {
      const bar = el('span', { class: 'bar', 'aria-hidden': 'true' });
      // A width set through the style object: the CSP allows it, unlike a style attribute.
      bar.style.width = `${Math.max(2, (c.count / max) * 100)}%`;
      return el('li', {}, link(`#/register${query({ [filter]: c.value })}`, label(c.value)), el('span', { class: 'bar-track' }, bar), el('span', { class: 'count' }, formatNumber(c.count)));
    }),
  );
}

/** How each kind of change reads: the API sends "720000000 USD" and "2000 t/d; 1200000 t". */
const CHANGE_FORMATS = {
  status: humanize,
  amount: (text) => {
    const [value, currency] = text.split(' ');
    return formatMoney(Number(value), currency);
  },
  capacity: (text) =>
    text
      .split('; ')
      .map((part) => {
        const [value, ...unit] = part.split(' ');
        return `${formatNumber(Number(value))} ${unit.join(' ')}`;
      })
      .join('; '),
};

function changes(list) {
  if (list.length === 0) return muted('No project has been reported differently by a later source yet.');
  return el(
    'ol',
    { class: 'changes' },
    list.map((c) =>
      el(
        'li',
        {},
        el('span', { class: 'date' }, c.published ?? 'undated'),
        ' ',
        link(`#/project/${idPath(c.projectId)}`, c.project),
        `: ${c.field} `,
        el('del', {}, CHANGE_FORMATS[c.field](c.from)),
        ' \u2192 ',
        el('ins', {}, CHANGE_FORMATS[c.field](c.to)),
        ' ',
        link(`#/document/${c.documentId}`, 'source', { 'aria-label': `Source of the ${c.field} change for ${c.project}` }),
      ),
    ),
  );
}

function ingestion(data) {
  const max = Math.max(1, ...data.ingestion.map((d) => d.documents));
  return [
    data.ingestion.length
      ? el(
          'ul',
          { class: 'bars' },
          data.ingestion.map((d) => {
            const bar = el('span', { class: 'bar', 'aria-hidden': 'true' });
            bar.style.width = `${Math.max(2, (d.documents / max) * 100)}%`;
            return el('li', {}, el('span', {}, d.day), el('span', { class: 'bar-track' }, bar), el('span', { class: 'count' }, plural(d.documents, 'document')));
          }),
        )
      : muted('Nothing ingested yet. '),
    el('h3', {}, 'Latest documents'),
    el(
      'ul',
      { class: 'plain' },
      data.recentDocuments.map((d) =>
        el('li', {}, link(`#/document/${d.id}`, documentTitle(d)), el('span', { class: 'muted' }, ` ${[d.source, d.published].filter(Boolean).join(', ')} \u00b7 ${plural(d.projects, 'project')}`)),
      ),
    ),
    el('p', {}, link('#/ingest', 'Add documents')),
  ];
}
