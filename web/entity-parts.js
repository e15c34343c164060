// Pieces the organisation and person pages share: meetings, documents and project lists.

import { idPath } from './api.js';
import { el, link, muted } from './dom.js';
import { countryName, documentTitle, humanize, sectorLabel, statusBadge } from './format.js';

export function meetings(list) {
  if (list.length === 0) return muted('No meetings or agreements recorded.');
  return el(
    'ol',
    { class: 'timeline' },
    list.map((m) =>
      el(
        'li',
        {},
        el('span', { class: 'date' }, m.date ?? 'undated'),
        ` ${humanize(m.type)}`,
        m.participants.length ? ` with ${m.participants.join(', ')}` : '',
        m.organizations.length ? ` (${m.organizations.join(', ')})` : '',
        m.projects.length ? ` about ${m.projects.join(', ')}` : '',
        ' \u00b7 ',
        link(`#/document/${m.documentId}`, 'source'),
      ),
    ),
  );
}

export function documents(list) {
  if (list.length === 0) return muted('No documents.');
  return el(
    'ul',
    { class: 'plain' },
    list.map((d) => el('li', {}, link(`#/document/${d.id}`, documentTitle(d)), el('span', { class: 'muted' }, ` ${[d.source, d.published].filter(Boolean).join(', ')}`))),
  );
}

export function projectRows(list, extra = null) {
  if (list.length === 0) return muted('No projects.');
  return el(
    'div',
    { class: 'table-wrap' },
    el(
      'table',
      { class: 'compact' },
      el('thead', {}, el('tr', {}, ['Project', 'Status', 'Sector', 'Country', ...(extra ? [extra.header] : [])].map((h) => el('th', { scope: 'col' }, h)))),
      el(
        'tbody',
        {},
        list.map((p) =>
          el(
            'tr',
            {},
            el('td', {}, link(`#/project/${idPath(p.id)}`, p.name)),
            el('td', {}, statusBadge(p.status)),
            el('td', {}, sectorLabel(p.sector)),
            el('td', {}, countryName(p.country)),
            extra ? el('td', {}, extra.cell(p)) : null,
          ),
        ),
      ),
    ),
  );
}
