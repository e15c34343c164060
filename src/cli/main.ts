import { Command, CommanderError, Option } from 'commander';
import { runExtract } from './extract-command.js';
import { runIngest } from './ingest-command.js';
import { runDocuments, runOrganizations, runPeople, runProjects, runShow } from './list-commands.js';
import { runEvalCommand } from './eval-command.js';
import { runServe } from './serve-command.js';
import { runCurationLog, runMerge, runSet, runSplit } from './curation-commands.js';
import { EXPORT_FORMATS, runExport, type ExportFormat } from './export-command.js';
import { runReprocess } from './reprocess-command.js';
import { runWatch } from './watch-command.js';
import { runWorker, type WorkerFlags } from './worker-command.js';
import { runJobs } from './jobs-command.js';
import { jobPolicyOptions, queueOption, type JobPolicyFlags, type QueueFlags } from './queue-options.js';
import { UsageError } from './usage-error.js';
import { readLimitOptions, type ReadLimitFlags } from './read-limits-options.js';
import { applyUserLexicon, readUserLexicon } from '../nlp/user-lexicon.js';

const formatOption = () => new Option('--format <format>', 'output format').choices(['table', 'json', 'csv']).default('table');
const lexiconOption = () => new Option('--lexicon <file...>', 'add organisations, facility kinds and titles from JSON or YAML lexicon files');
const dbOption = () => new Option('--db <file-or-url>', 'SQLite file or postgres:// URL (default: $CORRIDOR_DB or ./corridor.db)');

function action<A extends unknown[]>(fn: (...args: A) => Promise<number>) {
  return async (...args: A) => {
    // the options object is the second-to-last argument commander passes
    const opts = args[args.length - 2] as { lexicon?: string[] } | undefined;
    for (const file of opts?.lexicon ?? []) {
      try { applyUserLexicon(readUserLexicon(file)); } catch (err) { throw new UsageError((err as Error).message); }
    }
    process.exitCode = await fn(...args);
  };
}

export function buildProgram(): Command {
  const program = new Command('corridor')
    .description('A sourced register of cross-border investment and infrastructure projects, built from news articles.')
    .version('0.1.0')
    .showHelpAfterError()
    .exitOverride();

  const extract = program.command('extract').description('print Extraction JSON v1 for articles (one object, or JSON Lines for several)')
    .argument('<paths...>', 'files, directories, feeds, URLs, or - for standard input')
    .addOption(new Option('--format <format>', 'output format').choices(['json', 'table']).default('json'))
    .option('--text', 'include the normalised text that the offsets point into').addOption(lexiconOption());
  for (const o of readLimitOptions()) extract.addOption(o);
  extract.action(action((paths: string[], o: { format: 'json' | 'table'; text?: boolean } & ReadLimitFlags) => runExtract(paths, o)));

  const ingest = program.command('ingest').description('read, extract and store articles (files, folders, feeds, URLs, -)')
    .argument('<inputs...>').addOption(dbOption()).option('--quiet', 'print only the summary and failures').addOption(lexiconOption());
  for (const o of readLimitOptions()) ingest.addOption(o);
  ingest.option('--threads <n>', 'extraction threads (0: extract on the main thread; default: one per core less one for the writer, at least one, for batches of 16 or more)');
  ingest.addOption(queueOption('enqueue the documents for `corridor worker` instead of storing them here'));
  for (const o of jobPolicyOptions()) ingest.addOption(o);
  ingest.action(action((inputs: string[], o: { db?: string; quiet?: boolean; threads?: string; lexicon?: string[] } & ReadLimitFlags & QueueFlags & JobPolicyFlags) => runIngest(inputs, o)));

  program.command('projects').description('list projects in the register')
    .addOption(dbOption()).option('--q <text>', 'full-text search').option('--country <cc>', 'ISO 3166-1 alpha-2 host country')
    .option('--sector <sector>', 'sector or its top level (energy, transport.rail, ...)').option('--status <status>', 'announced, agreed, construction, operating, completed, cancelled, unknown')
    .option('--org <name>', 'organisation name or alias').option('--limit <n>', 'at most this many rows').addOption(formatOption())
    .action(action((o) => runProjects(o)));

  program.command('show').description('one project with its sources and evidence sentences')
    .argument('<id>').addOption(dbOption()).addOption(new Option('--format <format>').choices(['table', 'json']).default('table'))
    .action(action((id: string, o) => runShow(id, o)));

  program.command('organizations').description('list organisations').addOption(dbOption()).option('--q <text>').addOption(formatOption())
    .action(action((o) => runOrganizations(o)));
  program.command('people').description('list people').addOption(dbOption()).option('--q <text>').addOption(formatOption())
    .action(action((o) => runPeople(o)));
  program.command('documents').description('list ingested documents').addOption(dbOption()).addOption(formatOption())
    .action(action((o) => runDocuments(o)));

  const noteOption = () => new Option('--note <text>', 'why: kept in the audit log').makeOptionMandatory();
  const byOption = () => new Option('--by <name>', 'who is acting (default: $CORRIDOR_USER or the login name)');
  program.command('merge').description('merge two or more projects (prj-…) or organisations (org-…) into one record')
    .argument('<ids...>').addOption(noteOption()).addOption(byOption()).addOption(dbOption())
    .action(action((ids: string[], o) => runMerge(ids, o)));
  program.command('split').description("split a project: the given sources' statements (default: all but the first source's) become their own projects")
    .argument('<id>').option('--documents <ids>', 'document ids to move out, separated by commas').addOption(noteOption()).addOption(byOption()).addOption(dbOption())
    .action(action((id: string, o) => runSplit(id, o)));
  program.command('set').description('set a project field by hand: name, type, sector, status, country, capacity ("1000 MW"), amount ("USD 2e9")')
    .argument('<id>').argument('<field>').argument('<value>').addOption(noteOption()).addOption(byOption()).addOption(dbOption())
    .action(action((id: string, field: string, value: string, o) => runSet(id, field, value, o)));
  program.command('curation').description('the audit log of merges, splits and values set by hand (of one record, or all)')
    .argument('[id]').addOption(dbOption()).addOption(formatOption())
    .action(action((id: string | undefined, o) => runCurationLog(id, o)));
  program.command('export').description('the whole register as JSON, CSV (one row per project), GeoJSON points or a GraphML network')
    .addOption(new Option('--format <format>').choices([...EXPORT_FORMATS]).default('json')).option('--out <file>', 'write to a file instead of standard output')
    .addOption(dbOption())
    .action(action((o: { db?: string; format: ExportFormat; out?: string }) => runExport(o)));
  const watch = program.command('watch').description('poll feeds with conditional requests (ETag, Last-Modified) and ingest new items only')
    .argument('<urls...>').option('--every <interval>', 'time between polls: 15m, 1h, 90s', '15m').option('--once', 'poll each feed once and exit')
    .addOption(dbOption()).addOption(lexiconOption());
  for (const o of readLimitOptions()) watch.addOption(o);
  watch.addOption(queueOption('enqueue new items for `corridor worker` instead of storing them here'));
  for (const o of jobPolicyOptions()) watch.addOption(o);
  watch.action(action((urls: string[], o: { db?: string; every: string; once?: boolean } & ReadLimitFlags & QueueFlags & JobPolicyFlags) => runWatch(urls, o)));

  program.command('worker').description('take documents from the job queue, extract and store them, until SIGTERM or Ctrl-C')
    .addOption(queueOption('the job queue')).addOption(dbOption())
    .option('--concurrency <n>', 'extraction threads (1: on the main thread); the worker holds up to 4 documents a thread', '1')
    .option('--refresh-every <duration>', 'while busy, replay a stale register at most this often', '60s')
    .option('--quiet', 'log only failures').addOption(lexiconOption())
    .action(action((o: WorkerFlags) => runWorker(o)));
  program.command('jobs').description('the job queue: jobs by state, and the dead letters with their reasons')
    .addOption(queueOption('the job queue')).addOption(new Option('--format <format>').choices(['table', 'json']).default('table'))
    .option('--retry-dead', 'put every dead letter back in the queue with fresh retries')
    .action(action((o: QueueFlags & { format: 'table' | 'json'; retryDead?: boolean }) => runJobs(o)));

  program.command('reprocess').description('re-extract every stored document with the current engine and lexicons, keeping curation')
    .addOption(dbOption()).option('--quiet', 'no progress bar').addOption(lexiconOption())
    .action(action((o) => runReprocess(o)));

  program.command('eval').description('score extraction against NAME.gold.json files in a folder')
    .argument('<dir>').option('--json', 'the full report as JSON').option('--explain', 'list every miss and false positive')
    .option('--kb', 'ingest the folder into a fresh database and score merging across documents (project_key)').addOption(lexiconOption())
    .action(action((dir: string, o) => runEvalCommand(dir, o)));

  program.command('serve').description('serve the API and the web app')
    .addOption(dbOption()).option('--port <n>', 'port', '8080').option('--host <host>', 'address to bind', '127.0.0.1')
    .option('--token-file <file>', 'API token for writes, read from a file (else $CORRIDOR_API_TOKEN, else a random one beside the database); required off loopback')
    .action(action((o) => runServe(o)));
  return program;
}

export async function main(argv: string[]): Promise<void> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      // help and version are not errors; everything else commander rejects is a usage error
      process.exitCode = err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help' ? 0 : 2;
      return;
    }
    if (err instanceof UsageError) {
      process.stderr.write(`corridor: ${err.message}\n`);
      process.exitCode = 2;
      return;
    }
    process.stderr.write(`corridor: ${(err as Error).message}\n`);
    process.exitCode = 1;
  }
}
