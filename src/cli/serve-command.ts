import { startServer } from '../api/server.js';
import { openStore } from '../store/open-store.js';
import { UsageError } from './usage-error.js';

/** `corridor serve`: the API and the web app, on 127.0.0.1 unless told otherwise. */
export async function runServe(opts: { db?: string; port: string; host: string }): Promise<number> {
  const port = Number(opts.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a number from 0 to 65535, got "${opts.port}"`);
  const store = openStore(opts.db);
  // A batch that stopped before its replay (a crash, a kill) leaves the register stale.
  await store.refresh();
  const server = await startServer(store, { host: opts.host, port });
  process.stdout.write(`corridor: serving ${server.url} (database ${opts.db ?? process.env.CORRIDOR_DB ?? './corridor.db'}); Ctrl-C to stop\n`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await server.close();
  await store.close();
  return 0;
}
