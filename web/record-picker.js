// Finding another record to act on (the other half of a merge) by name: a search box whose
// hits, from the API's own search, are buttons.

import { getJSON, query } from './api.js';
import { el, muted } from './dom.js';

/** `kind` is 'project' or 'organization'; `onPick({ id, name })` runs when a hit is chosen. */
export function recordPicker({ kind, exclude, label, onPick }) {
  const id = `pick-${kind}`;
  const input = el('input', { type: 'search', id, autocomplete: 'off', placeholder: 'Type a name' });
  const hits = el('ul', { class: 'plain picker-hits', 'aria-live': 'polite' });
  let timer = null;
  let request = 0;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const mine = ++request;
      const q = input.value.trim();
      if (!q) return hits.replaceChildren();
      const found = (await getJSON(`/api/search${query({ q, limit: 30 })}`)).filter((h) => h.kind === kind && h.id !== exclude).slice(0, 8);
      if (mine !== request) return;
      hits.replaceChildren(
        ...(found.length
          ? found.map((h) => el('li', {}, el('button', { type: 'button', class: 'pick secondary small', onclick: () => onPick({ id: h.id, name: h.name }) }, h.name, el('span', { class: 'muted' }, ` ${h.id}`))))
          : [muted('No match.')]),
      );
    }, 250);
  });
  return el('div', { class: 'picker' }, el('label', { for: id }, label), input, hits);
}
