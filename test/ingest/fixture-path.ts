// Paths to the ingest fixtures, independent of the directory tests are run from.
import { fileURLToPath } from 'node:url';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const FIXTURES = fileURLToPath(new URL('../fixtures/ingest/', import.meta.url));

export function fixture(relative: string): string {
  return join(FIXTURES, relative);
}

/** A fresh temporary directory and a function that removes it. */
export function scratchDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'corridor-ingest-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
