// An organisation: its projects with the role each source gave it (roles over time), the
// people who speak for it, its meetings and agreements, and who it works with.

import { getJSON, idPath } from './api.js';
import { el, facts, link, muted, section } from './dom.js';
import { countryName, DASH, humanize, plural } from './format.js';
import { documents, meetings, projectRows } from './entity-parts.js';
import { organizationCuration } from './organization-curation.js';

export async function render({ view, params: [id] }) {
  const org = await getJSON(`/api/organizations/${idPath(id)}`);
  view.append(
    el('p', { class: 'eyebrow' }, 'Organisation \u00b7 ', el('span', { class: 'muted' }, org.id)),
    el('h1', {}, org.name),
    facts([
      ['Also called', org.aliases.join(', ') || DASH],
      ['Country', org.country ? countryName(org.country) : DASH],
      ['Projects', link(`#/register?organizationId=${encodeURIComponent(org.id)}`, plural(org.projects.length, 'project'))],
    ]),
    section(
      'Projects and roles over time',
      projectRows(org.projects, {
        header: 'Roles (date)',
        cell: (p) => p.roles.map((r, i) => [i ? '; ' : '', el('span', { class: 'role' }, humanize(r.role)), ' ', link(`#/document/${r.documentId}`, r.published ?? 'undated')]),
      }),
    ),
    el(
      'div',
      { class: 'grid-2' },
      section('Co-partners', partners(org.partners)),
      section(
        'People',
        org.people.length
          ? el('ul', { class: 'plain' }, org.people.map((p) => el('li', {}, link(`#/person/${idPath(p.id)}`, p.name), p.title ? `, ${p.title}` : '', el('span', { class: 'muted' }, ` (${p.published ?? 'undated'})`))))
          : muted('Nobody named for it.'),
      ),
    ),
    section('Meetings and agreements', meetings(org.meetings)),
    section('Documents', documents(org.documents)),
    organizationCuration(org),
  );
}

function partners(list) {
  if (list.length === 0) return muted('No shared projects with other organisations.');
  return el('ul', { class: 'plain' }, list.map((p) => el('li', {}, link(`#/organization/${idPath(p.id)}`, p.name), el('span', { class: 'muted' }, ` \u00b7 ${plural(p.projects, 'shared project')}`))));
}
