// Curation on the organisation page: merge with another organisation (the same body under two
// names), with a note and a confirmation; it lands in the audit log.

import { navigate } from './app.js';
import { idPath, postJSON } from './api.js';
import { confirmAction } from './confirm-dialog.js';
import { el, link, section } from './dom.js';
import { recordPicker } from './record-picker.js';

export function organizationCuration(org) {
  const status = el('p', { class: 'result-count', role: 'status' });
  const chosen = el('p', { class: 'muted', id: 'merge-chosen' }, 'No organisation chosen yet.');
  const noteInput = el('input', { type: 'text', id: 'merge-note', required: true, maxlength: 2000 });
  let other = null;
  const form = el(
    'form',
    {
      class: 'curation-form',
      'aria-label': 'Merge with another organisation',
      onsubmit: async (e) => {
        e.preventDefault();
        if (!other) {
          chosen.textContent = 'Choose the other organisation first.';
          return;
        }
        const ok = await confirmAction({
          title: 'Merge organisations',
          details: el('p', {}, `\u201c${org.name}\u201d and \u201c${other.name}\u201d become one organisation. Note: ${noteInput.value}`),
          confirmLabel: 'Merge',
        });
        if (!ok) return;
        try {
          const { ids: [id] } = await postJSON('/api/curation/merge', { ids: [org.id, other.id], note: noteInput.value });
          navigate(`/organization/${idPath(id)}`);
          if (id === org.id) window.dispatchEvent(new HashChangeEvent('hashchange'));
        } catch (error) {
          status.textContent = `Not saved: ${error.message}`;
        }
      },
    },
    el('h3', {}, 'Merge with another organisation'),
    recordPicker({ kind: 'organization', exclude: org.id, label: 'Find the same organisation', onPick: (hit) => ((other = hit), (chosen.textContent = `Chosen: ${hit.name} (${hit.id})`)) }),
    chosen,
    el('label', { for: 'merge-note' }, 'Note (why)'),
    noteInput,
    el('button', { type: 'submit' }, 'Merge\u2026'),
  );
  return section('Curate', el('p', { class: 'muted' }, 'Kept as an audited act. ', link('#/audit', 'Audit log')), form, status);
}
