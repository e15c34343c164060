// `corridor reprocess`: re-extract every stored document with the current engine and lexicons,
// then replay the register. Curation acts are kept and re-applied; public ids stay wherever the
// same statements still seed the same records.

import cliProgress from 'cli-progress';
import { reextract } from '../pipeline/reextract.js';
import { withStore } from './list-commands.js';

export async function runReprocess(opts: { db?: string; quiet?: boolean }): Promise<number> {
  const tty = process.stderr.isTTY && !opts.quiet;
  const bar = tty ? new cliProgress.SingleBar({ format: 'reprocess [{bar}] {value}/{total}', stream: process.stderr, hideCursor: true, clearOnComplete: true }, cliProgress.Presets.shades_classic) : null;
  return withStore(opts.db, async (store) => {
    let started = false;
    const r = await store.reprocess(reextract, (done, total) => {
      if (!bar) return;
      if (!started) { bar.start(total, 0); started = true; }
      bar.update(done);
    });
    if (bar && started) bar.stop();
    process.stdout.write(`reprocessed: ${r.documents} documents, ${r.changed} with a new extraction; register replayed\n`);
    return 0;
  });
}
