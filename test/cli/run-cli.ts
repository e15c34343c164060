import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

// Runs the built command exactly as a user does (node bin/corridor.js ...); `npm test` builds first.
const BIN = fileURLToPath(new URL('../../bin/corridor.js', import.meta.url));
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface CliResult { code: number; stdout: string; stderr: string }

export function corridor(args: string[], opts: { input?: string; env?: Record<string, string> } = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, ...opts.env } });
    let stdout = '';
    let stderr = '';
    // Decode as one stream: adding each Buffer chunk to a string on its own would cut a character
    // that straddles two chunks into replacement characters (an export of thousands of documents
    // spans many pipe reads, and where they split depends on timing).
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (d) => { stdout += d; });
    child.stderr.on('data', (d) => { stderr += d; });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    if (opts.input !== undefined) child.stdin.end(opts.input);
    else child.stdin.end();
  });
}
