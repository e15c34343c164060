import cliProgress from 'cli-progress';
import { ingestDocuments } from '../pipeline/ingest-documents.js';
import { openStore } from '../store/open-store.js';
import { readLimits, type ReadLimitFlags } from './read-limits-options.js';
import { UsageError } from './usage-error.js';

/** `corridor ingest PATH|URL...`: a progress bar on a terminal, then a summary. Exit 0 all in, 3 some failed. */
export async function runIngest(inputs: string[], opts: { db?: string; quiet?: boolean; threads?: string; lexicon?: string[] } & ReadLimitFlags): Promise<number> {
  const limits = readLimits(opts); // before the store opens: a bad flag leaves no database behind
  const threads = opts.threads === undefined ? undefined : Number(opts.threads);
  if (threads !== undefined && (!Number.isInteger(threads) || threads < 0 || threads > 64)) throw new UsageError(`--threads takes a number from 0 to 64, got "${opts.threads}"`);
  const store = openStore(opts.db);
  const tty = process.stderr.isTTY && !opts.quiet;
  const bar = tty ? new cliProgress.SingleBar({ format: 'ingest [{bar}] {value}/{total} {current}', stream: process.stderr, hideCursor: true, clearOnComplete: true }, cliProgress.Presets.shades_classic) : null;
  let started = false;
  try {
    const summary = await ingestDocuments(inputs, store, {
      ...limits,
      threads,
      lexicons: opts.lexicon,
      onProgress: (p) => {
        if (!bar) return;
        if (!started) { bar.start(p.total, 0, { current: '' }); started = true; }
        bar.update(p.done, { current: p.current.length > 40 ? '…' + p.current.slice(-39) : p.current });
      },
    });
    if (bar && started) bar.stop();
    const out = process.stdout;
    out.write(`ingested: ${summary.added} new, ${summary.present} already present, ${summary.failed} failed\n`);
    for (const o of summary.outcomes) {
      if (o.status === 'failed') out.write(`  failed  ${o.input}: ${o.reason}\n`);
      else if (!opts.quiet) out.write(`  ${o.status === 'new' ? 'new    ' : 'present'} ${o.input}${o.title ? ` — ${o.title}` : ''}\n`);
    }
    if (summary.failed && summary.added + summary.present === 0) return 1;
    return summary.failed ? 3 : 0;
  } finally {
    await store.close();
  }
}
