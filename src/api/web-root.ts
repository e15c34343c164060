// Finds the web/ folder: walk up from this module until a folder holds web/index.html,
// so the same code works from src/api/ (tsx) and from dist/src/api/ (after tsc).

import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export function findWebRoot(from: string = import.meta.url): string {
  let dir = dirname(fileURLToPath(from));
  for (;;) {
    if (existsSync(join(dir, 'web', 'index.html'))) return join(dir, 'web');
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no web/index.html in any folder above ${fileURLToPath(from)}`);
    dir = parent;
  }
}
