// The audit log: every curation act (merge, split, set), who did it, when, to which records,
// and the note that says why. Ids retired by a merge still open: they lead to the merged record.

import { getJSON, idPath } from './api.js';
import { el, link, muted } from './dom.js';

const ROUTES = { prj: 'project', org: 'organization' };

/** How each act reads, by action and kind of record. */
const ACTION_WORDS = {
  merge: { project: 'merged projects', organization: 'merged organisations' },
  split: { project: 'split a project', organization: 'split an organisation' },
  set: { project: 'set a field', organization: 'set a field' },
};

function recordLink(id) {
  const route = ROUTES[String(id).slice(0, 3)];
  return route ? link(`#/${route}/${idPath(id)}`, id) : id;
}

function valueText(value) {
  if (value === null || value === undefined) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

export async function render({ view }) {
  const acts = await getJSON('/api/curation');
  view.append(
    el('h1', {}, 'Audit log'),
    acts.length === 0
      ? muted('No curation yet: merges, splits and edited fields show here.')
      : el(
          'div',
          { class: 'table-wrap' },
          el(
            'table',
            { class: 'compact audit' },
            el('caption', { class: 'visually-hidden' }, 'Curation acts, newest first'),
            el('thead', {}, el('tr', {}, ['When', 'Who', 'Action', 'Records', 'Field and value', 'Note'].map((h) => el('th', { scope: 'col' }, h)))),
            el(
              'tbody',
              {},
              [...acts].reverse().map((a) =>
                el(
                  'tr',
                  { 'data-action': a.action },
                  el('td', { class: 'date' }, a.at.slice(0, 19).replace('T', ' ')),
                  el('td', {}, a.actor),
                  el('td', {}, ACTION_WORDS[a.action]?.[a.kind] ?? a.action),
                  el('td', {}, a.targets.map((t, i) => [i ? ', ' : '', recordLink(t)])),
                  el('td', {}, a.field ? `${a.field} = ${valueText(a.value)}` : ''),
                  el('td', { class: 'note' }, a.note),
                ),
              ),
            ),
          ),
        ),
  );
}
