import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// data/ sits at the package root; this module runs from src/nlp (tsx) or dist/src/nlp (built),
// so walk up until the folder is found rather than hard-coding a depth.
let root: string | null = null;

export function dataDir(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'data', 'lexicon'))) { root = join(dir, 'data'); return root; }
    dir = dirname(dir);
  }
  throw new Error('corridor: cannot find the data/ folder next to the package');
}

const cache = new Map<string, unknown>();

/** Reads a JSON data file once; `name` is relative to data/. */
export function loadJson<T>(name: string): T {
  let v = cache.get(name);
  if (v === undefined) {
    v = JSON.parse(readFileSync(join(dataDir(), name), 'utf8'));
    cache.set(name, v);
  }
  return v as T;
}
