// Confirmation before any change to the register: a modal <dialog> (focus kept inside, Escape
// cancels) that says exactly what will happen. Resolves true only on the confirm button.

import { el } from './dom.js';

export function confirmAction({ title, details, confirmLabel }) {
  return new Promise((resolve) => {
    const heading = el('h2', { id: 'confirm-title' }, title);
    const dialog = el(
      'dialog',
      { class: 'confirm', 'aria-labelledby': 'confirm-title' },
      heading,
      el('div', {}, details),
      el(
        'div',
        { class: 'confirm-buttons' },
        el('button', { type: 'button', class: 'secondary', onclick: () => dialog.close('cancel') }, 'Cancel'),
        el('button', { type: 'button', id: 'confirm-ok', onclick: () => dialog.close('confirm') }, confirmLabel),
      ),
    );
    dialog.addEventListener('close', () => {
      resolve(dialog.returnValue === 'confirm');
      dialog.remove();
    });
    document.body.append(dialog);
    dialog.showModal();
  });
}
