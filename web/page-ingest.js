// Ingest: upload files, paste an article, or add a feed or page URL. Files go one request
// each, so the page shows progress and each file's own result (new, already present, or why
// it failed) with links to the projects it added.

import { postJSON, idPath } from './api.js';
import { announce, el, link, muted, section } from './dom.js';
import { plural } from './format.js';

const STATUS_WORDS = { new: 'Added', present: 'Already in the register', failed: 'Failed' };

let results = null;
let progress = null;

export async function render({ view }) {
  results = el('ol', { class: 'ingest-results', id: 'ingest-results', 'aria-live': 'polite' });
  progress = el('progress', { id: 'ingest-progress', max: 1, value: 0, hidden: true, 'aria-label': 'Ingest progress' });
  view.append(
    el('h1', {}, 'Ingest'),
    el('p', {}, 'Documents go through the same readers and extraction as ', el('code', {}, 'corridor ingest'), '. Text, HTML and RSS/Atom files are accepted.'),
    el('div', { class: 'grid-3' }, section('Upload files', uploadForm()), section('Paste text', pasteForm()), section('Add a feed or page URL', urlForm())),
    section('Results', el('p', { id: 'ingest-status', class: 'result-count', role: 'status' }), progress, results),
  );
}

function uploadForm() {
  const files = el('input', { type: 'file', id: 'ingest-files', name: 'files', multiple: true, accept: '.txt,.text,.md,.html,.htm,.xhtml,.xml,.rss,.atom' });
  return el(
    'form',
    { onsubmit: async (e) => (e.preventDefault(), await sendFiles([...files.files]), (files.value = '')) },
    el('label', { for: 'ingest-files' }, 'Files'),
    files,
    el('button', { type: 'submit' }, 'Upload and ingest'),
  );
}

function pasteForm() {
  const title = el('input', { type: 'text', id: 'ingest-title', maxlength: 300 });
  const text = el('textarea', { id: 'ingest-text', rows: 8, required: true });
  return el(
    'form',
    {
      onsubmit: async (e) => {
        e.preventDefault();
        await run([{ label: title.value.trim() || 'pasted text', body: () => ({ kind: 'text', text: text.value, title: title.value.trim() || undefined }) }]);
      },
    },
    el('label', { for: 'ingest-title' }, 'Title (optional)'),
    title,
    el('label', { for: 'ingest-text' }, 'Article text'),
    text,
    el('button', { type: 'submit' }, 'Ingest text'),
  );
}

function urlForm() {
  const url = el('input', { type: 'url', id: 'ingest-url', required: true, placeholder: 'Address of a feed or an article page' });
  return el(
    'form',
    { onsubmit: async (e) => (e.preventDefault(), await run([{ label: url.value.trim(), body: () => ({ kind: 'url', url: url.value.trim() }) }])) },
    el('label', { for: 'ingest-url' }, 'Feed or article URL'),
    url,
    el('button', { type: 'submit' }, 'Fetch and ingest'),
  );
}

async function sendFiles(files) {
  await run(files.map((file) => ({ label: file.name, body: async () => ({ kind: 'file', name: file.name, contentBase64: toBase64(await file.arrayBuffer()) }) })));
}

function toBase64(buffer) {
  const bytes = new Uint8Array(buffer);
  let binary = '';
  // In slices: String.fromCharCode with a whole file's bytes as arguments overflows the stack.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Sends the jobs one after another, updating the progress bar and a result row per job. */
async function run(jobs) {
  if (jobs.length === 0) return;
  const status = document.getElementById('ingest-status');
  progress.hidden = false;
  progress.max = jobs.length;
  progress.value = 0;
  for (const [i, job] of jobs.entries()) {
    status.textContent = `Ingesting ${i + 1} of ${jobs.length}: ${job.label}\u2026`;
    const row = el('li', { class: 'ingest-row', 'data-state': 'working' }, el('strong', {}, job.label), ' ', muted('working\u2026'));
    results.prepend(row);
    try {
      const answer = await postJSON('/api/ingest', await job.body());
      row.replaceChildren(el('strong', {}, job.label), ...answer.outcomes.map(outcome));
      row.dataset.state = answer.failed > 0 ? (answer.added + answer.present > 0 ? 'partial' : 'failed') : 'done';
    } catch (error) {
      row.replaceChildren(el('strong', {}, job.label), el('p', { class: 'outcome failed' }, `Failed: ${error.status === 413 ? 'the file is larger than the server accepts (1 MB)' : error.message}`));
      row.dataset.state = 'failed';
    }
    progress.value = i + 1;
  }
  const message = `Finished: ${plural(jobs.length, 'input')} processed.`;
  status.textContent = message;
  announce(message);
}

function outcome(o) {
  return el(
    'div',
    { class: `outcome ${o.status}` },
    el('p', {}, `${STATUS_WORDS[o.status]}`, o.title ? `: ${o.title}` : '', o.reason ? ` \u2013 ${o.reason}` : '', o.documentId ? [' \u00b7 ', link(`#/document/${o.documentId}`, 'document')] : ''),
    o.projects.length
      ? el('ul', { class: 'plain' }, o.projects.map((p) => el('li', {}, link(`#/project/${idPath(p.id)}`, p.name, { class: 'ingested-project' }))))
      : o.status !== 'failed'
        ? muted('No project found in it.')
        : null,
  );
}
