import { startServer } from '../api/server.js';
import { isLoopbackHost } from '../api/loopback.js';
import { DEFAULT_DB, isPostgresUrl, openStore } from '../store/open-store.js';
import { generatedToken, tokenFromUser } from './serve-token.js';
import { UsageError } from './usage-error.js';

/** `corridor serve`: the API and the web app, on 127.0.0.1 unless told otherwise. */
export async function runServe(opts: { db?: string; port: string; host: string; tokenFile?: string }): Promise<number> {
  const port = Number(opts.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a number from 0 to 65535, got "${opts.port}"`);
  const given = tokenFromUser(opts.tokenFile, process.env);
  if (!given && !isLoopbackHost(opts.host)) {
    throw new UsageError(`--host ${opts.host} is not a loopback address: give an API token with --token-file FILE or $CORRIDOR_API_TOKEN`);
  }
  const dbFile = opts.db?.trim() || process.env.CORRIDOR_DB?.trim() || DEFAULT_DB;
  const store = openStore(opts.db);
  // A batch that stopped before its replay (a crash, a kill) leaves the register stale.
  await store.refresh();
  // A PostgreSQL URL is no path to put DB.token beside: the token file is ./corridor.token then,
  // and the URL is shown without its password.
  const postgres = isPostgresUrl(dbFile);
  const auth = given ?? generatedToken(postgres ? 'corridor' : dbFile);
  const shown = postgres ? withoutPassword(dbFile) : dbFile;
  try {
    const server = await startServer(store, { host: opts.host, port, token: auth.token });
    process.stdout.write(`corridor: serving ${server.url} (database ${shown}); Ctrl-C to stop\n`);
    process.stdout.write(`corridor: writes need the API token (Authorization: Bearer), from ${auth.source}\n`);
    await new Promise<void>((resolve) => {
      const stop = () => resolve();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    await server.close();
  } finally {
    auth.cleanup();
    await store.close();
  }
  return 0;
}

function withoutPassword(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'PostgreSQL';
  }
}
