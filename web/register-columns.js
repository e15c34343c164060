// The register's columns as data: header, cell, the API sort key and CSV column behind it,
// and whether it shows before the analyst chooses.

import { idPath } from './api.js';
import { el, link } from './dom.js';
import { countryName, DASH, formatAmount, formatCapacity, humanize, sectorLabel, statusBadge } from './format.js';

export const COLUMNS = [
  { id: 'name', label: 'Name', sort: 'name', csv: 'name', shown: true, fixed: true, cell: (r) => link(`#/project/${idPath(r.id)}`, r.name, { class: 'project-name' }) },
  { id: 'type', label: 'Type', sort: 'type', csv: 'type', shown: false, cell: (r) => humanize(r.type) },
  { id: 'sector', label: 'Sector', sort: 'sector', csv: 'sector', shown: true, cell: (r) => sectorLabel(r.sector) },
  { id: 'status', label: 'Status', sort: 'status', csv: 'status', shown: true, cell: (r) => statusBadge(r.status) },
  { id: 'country', label: 'Country', sort: 'country', csv: 'country', shown: true, cell: (r) => (r.country ? el('abbr', { title: countryName(r.country) }, r.country) : DASH) },
  { id: 'places', label: 'Places', sort: null, csv: 'places', shown: false, cell: (r) => r.places.join(', ') || DASH },
  { id: 'capacity', label: 'Capacity', sort: null, csv: 'capacity', shown: true, cell: (r) => r.capacity.map(formatCapacity).join('; ') || DASH },
  { id: 'amount', label: 'Amount', sort: null, csv: 'amount', shown: true, num: true, cell: (r) => formatAmount(r.amount) },
  { id: 'partners', label: 'Partners', sort: null, csv: 'partners', shown: true, cell: partners },
  { id: 'sources', label: 'Sources', sort: 'sources', csv: 'sources', shown: true, num: true, cell: (r) => String(r.sources) },
  { id: 'first_reported', label: 'First reported', sort: 'first_reported', csv: 'first_reported', shown: false, cell: (r) => r.firstReported ?? DASH },
  { id: 'reported', label: 'Last reported', sort: 'reported', csv: 'reported', shown: true, cell: (r) => r.lastReported ?? DASH },
];

function partners(r) {
  const names = [...new Set(r.partners.map((p) => p.name))];
  if (names.length === 0) return DASH;
  return names.slice(0, 2).join(', ') + (names.length > 2 ? ` +${names.length - 2} more` : '');
}

export const DEFAULT_COLUMNS = COLUMNS.filter((c) => c.shown).map((c) => c.id);
