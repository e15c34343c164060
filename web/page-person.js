// A person: titles over time (with the organisation each was held at), meetings, and the
// projects of the articles that name them.

import { getJSON, idPath } from './api.js';
import { el, facts, link, muted, section } from './dom.js';
import { DASH } from './format.js';
import { documents, meetings, projectRows } from './entity-parts.js';

export async function render({ view, params: [id] }) {
  const person = await getJSON(`/api/people/${idPath(id)}`);
  view.append(
    el('p', { class: 'eyebrow' }, 'Person \u00b7 ', el('span', { class: 'muted' }, person.id)),
    el('h1', {}, person.name),
    facts([['Also called', person.aliases.join(', ') || DASH]]),
    section('Roles over time', roles(person.roles)),
    section('Meetings and agreements', meetings(person.meetings)),
    section('Met with', metWith(person)),
    section('Projects in the articles that name them', projectRows(person.projects)),
    section('Documents', documents(person.documents)),
  );
}

function roles(list) {
  if (list.length === 0) return muted('No title recorded.');
  return el(
    'ol',
    { class: 'timeline' },
    list.map((r) =>
      el(
        'li',
        {},
        el('span', { class: 'date' }, r.published ?? 'undated'),
        ` ${r.title ?? 'named'}`,
        r.organization ? [' at ', r.organizationId ? link(`#/organization/${idPath(r.organizationId)}`, r.organization) : r.organization] : '',
        ' \u00b7 ',
        link(`#/document/${r.documentId}`, 'source'),
      ),
    ),
  );
}

/** Co-participants: everyone named in the same meetings, most meetings first. */
function metWith(person) {
  const own = new Set([person.name, ...person.aliases].map((n) => n.toLowerCase()));
  const counts = new Map();
  for (const m of person.meetings) {
    for (const name of [...m.participants, ...m.organizations]) {
      if (!own.has(name.toLowerCase())) counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  }
  if (counts.size === 0) return muted('Nobody else named in their meetings.');
  return el('ul', { class: 'plain' }, [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([name, n]) => el('li', {}, name, el('span', { class: 'muted' }, ` \u00b7 ${n === 1 ? 'one meeting' : `${n} meetings`}`))));
}
