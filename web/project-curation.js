// Curation on the project page: set a field, merge with another project, split by source.
// Every act needs a note and a confirmation, and lands in the audit log (#/audit).

import { navigate } from './app.js';
import { idPath, postJSON } from './api.js';
import { confirmAction } from './confirm-dialog.js';
import { announce, el, link, muted, section } from './dom.js';
import { documentTitle, humanize } from './format.js';
import { recordPicker } from './record-picker.js';

/** The fields an analyst may set, and a hint for how each is typed. */
const FIELDS = [
  ['status', 'announced, agreed, construction, operating, completed, cancelled'],
  ['name', 'the project\'s name'],
  ['type', 'e.g. solar_power_plant'],
  ['sector', 'e.g. energy.renewables'],
  ['country', 'two letters, e.g. KZ'],
  ['capacity', 'e.g. 1000 MW'],
  ['amount', 'e.g. USD 2e9'],
];

export function curationPanel(p) {
  const status = el('p', { class: 'result-count', role: 'status' });
  return section(
    'Curate',
    el('p', { class: 'muted' }, 'Changes are kept as audited acts: later articles and reprocessing do not undo them. ', link('#/audit', 'Audit log')),
    el('div', { class: 'grid-3 curation' }, setForm(p, status), mergeForm(p, status), splitForm(p, status)),
    status,
    history(p),
  );
}

function noteField(idPrefix) {
  const id = `${idPrefix}-note`;
  const input = el('input', { type: 'text', id, required: true, maxlength: 2000 });
  return { input, nodes: [el('label', { for: id }, 'Note (why)'), input] };
}

async function act(status, { title, details, confirmLabel, path, body, after }) {
  if (!(await confirmAction({ title, details, confirmLabel }))) return;
  status.textContent = 'Saving\u2026';
  let result;
  try {
    result = await postJSON(path, body);
  } catch (error) {
    status.textContent = `Not saved: ${error.message}`;
    return;
  }
  status.textContent = 'Saved.';
  announce(`${title}: done`);
  after(result);
}

/** Reloads the page for a record, even when the id did not change. */
function reopen(id) {
  const target = `#/project/${idPath(id)}`;
  if (location.hash === target) window.dispatchEvent(new HashChangeEvent('hashchange'));
  else navigate(`/project/${idPath(id)}`);
}

function setForm(p, status) {
  const field = el('select', { id: 'set-field' }, FIELDS.map(([f]) => el('option', { value: f }, humanize(f))));
  const value = el('input', { type: 'text', id: 'set-value', required: true, maxlength: 500 });
  const hint = el('p', { class: 'muted small-print', id: 'set-hint' }, FIELDS[0][1]);
  field.addEventListener('change', () => (hint.textContent = FIELDS.find(([f]) => f === field.value)[1]));
  const note = noteField('set');
  return el(
    'form',
    {
      class: 'curation-form',
      'aria-label': 'Edit a field',
      onsubmit: (e) => {
        e.preventDefault();
        act(status, {
          title: `Set ${humanize(field.value)}`,
          details: el('p', {}, `Set the ${humanize(field.value)} of \u201c${p.name}\u201d to \u201c${value.value}\u201d. Note: ${note.input.value}`),
          confirmLabel: 'Set the value',
          path: '/api/curation/set',
          body: { id: p.id, field: field.value, value: value.value, note: note.input.value },
          after: ({ ids: [id] }) => reopen(id ?? p.id),
        });
      },
    },
    el('h3', {}, 'Edit a field'),
    el('label', { for: 'set-field' }, 'Field'), field,
    el('label', { for: 'set-value' }, 'New value'), value, hint,
    ...note.nodes,
    el('button', { type: 'submit' }, 'Set\u2026'),
  );
}

function mergeForm(p, status) {
  const note = noteField('merge');
  const chosen = el('p', { class: 'muted', id: 'merge-chosen' }, 'No project chosen yet.');
  let other = null;
  const picker = recordPicker({
    kind: 'project',
    exclude: p.id,
    label: 'Find the same project',
    onPick: (hit) => {
      other = hit;
      chosen.textContent = `Chosen: ${hit.name} (${hit.id})`;
    },
  });
  return el(
    'form',
    {
      class: 'curation-form',
      'aria-label': 'Merge with another project',
      onsubmit: (e) => {
        e.preventDefault();
        if (!other) {
          chosen.textContent = 'Choose the other project first.';
          return;
        }
        act(status, {
          title: 'Merge projects',
          details: el('p', {}, `\u201c${p.name}\u201d and \u201c${other.name}\u201d become one project; the retired id will lead to it. Note: ${note.input.value}`),
          confirmLabel: 'Merge',
          path: '/api/curation/merge',
          body: { ids: [p.id, other.id], note: note.input.value },
          after: ({ ids: [id] }) => reopen(id),
        });
      },
    },
    el('h3', {}, 'Merge with another project'),
    picker,
    chosen,
    ...note.nodes,
    el('button', { type: 'submit' }, 'Merge\u2026'),
  );
}

function splitForm(p, status) {
  const note = noteField('split');
  const docs = p.documents ?? [];
  const boxes = docs.map((d) => {
    const id = `split-doc-${d.id}`;
    return { d, box: el('input', { type: 'checkbox', id, value: d.id }), label: el('label', { for: id }, documentTitle(d)) };
  });
  const result = el('div', { class: 'split-result' });
  return el(
    'form',
    {
      class: 'curation-form',
      'aria-label': 'Split this project',
      onsubmit: (e) => {
        e.preventDefault();
        const leaving = boxes.filter((b) => b.box.checked).map((b) => b.d.id);
        act(status, {
          title: 'Split the project',
          details: el('p', {}, leaving.length ? `What ${leaving.length === 1 ? 'this source says' : 'these sources say'} becomes a separate project. ` : 'Every source but the first becomes a separate project. ', `Note: ${note.input.value}`),
          confirmLabel: 'Split',
          path: '/api/curation/split',
          body: { id: p.id, ...(leaving.length ? { documents: leaving } : {}), note: note.input.value },
          after: ({ ids }) => {
            status.textContent = 'Split into:';
            result.replaceChildren(el('ul', { class: 'plain' }, ids.map((id) => el('li', {}, link(`#/project/${idPath(id)}`, id)))));
          },
        });
      },
    },
    el('h3', {}, 'Split this project'),
    docs.length > 1
      ? el('fieldset', { class: 'split-docs' }, el('legend', {}, 'Sources that leave'), boxes.map((b) => el('div', {}, b.box, ' ', b.label)))
      : muted('One source: the split separates what it said about different things.'),
    ...note.nodes,
    el('button', { type: 'submit' }, 'Split\u2026'),
    result,
  );
}

function history(p) {
  if (!Array.isArray(p.curation) || p.curation.length === 0) return null;
  return el(
    'div',
    {},
    el('h3', {}, 'Curation of this project'),
    el('ol', { class: 'timeline' }, p.curation.map((c) => el('li', {}, el('span', { class: 'date' }, c.at.slice(0, 16).replace('T', ' ')), ` ${c.action}${c.field ? ` ${c.field}` : ''} by ${c.actor}: `, el('q', {}, c.note)))),
  );
}
