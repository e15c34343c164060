// Where `corridor serve` gets its API token: --token-file, else $CORRIDOR_API_TOKEN, else a
// random one written to a file beside the database. Never a plain option value: the command
// line of a running process is visible to every user of the machine (ps, /proc/*/cmdline).

import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { generateToken, tokenProblem } from '../api/api-token.js';
import { UsageError } from './usage-error.js';

export interface ServeToken {
  token: string;
  /** How the token was given, for the start-up line. */
  source: string;
  /** Removes a generated token file; nothing for a token the user gave. */
  cleanup(): void;
}

export function tokenFromUser(tokenFile: string | undefined, env: NodeJS.ProcessEnv): ServeToken | null {
  if (tokenFile !== undefined) {
    let text: string;
    try {
      text = readFileSync(tokenFile, 'utf8');
    } catch (err) {
      throw new UsageError(`--token-file: cannot read ${tokenFile}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
    }
    // A trailing newline is what `echo` and editors leave; it is not part of the secret.
    return checked(text.trim(), `--token-file ${tokenFile}`, `--token-file ${tokenFile}`);
  }
  const fromEnv = env.CORRIDOR_API_TOKEN;
  if (fromEnv !== undefined && fromEnv.trim() !== '') return checked(fromEnv.trim(), 'CORRIDOR_API_TOKEN', '$CORRIDOR_API_TOKEN');
  return null;
}

function checked(token: string, what: string, source: string): ServeToken {
  const problem = tokenProblem(token);
  if (problem) throw new UsageError(`${what}: ${problem}`);
  return { token, source, cleanup: () => undefined };
}

/**
 * A fresh token in `FILE.token` beside the database, readable by its owner only. The old file
 * is removed first and the new one created exclusively, so a file or link someone else left
 * there is never written through.
 */
export function generatedToken(dbFile: string): ServeToken {
  const token = generateToken();
  const file = `${dbFile}.token`;
  rmSync(file, { force: true });
  const fd = openSync(file, 'wx', 0o600);
  try {
    writeSync(fd, `${token}\n`);
  } finally {
    closeSync(fd);
  }
  return { token, source: `${file} (made for this run, removed at stop)`, cleanup: () => rmSync(file, { force: true }) };
}
