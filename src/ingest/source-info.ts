// Where the content a reader is given came from; readers copy it into the
// ReadDocument / ReadFailure they return.

import type { ReadDocument } from './document.js';

export interface SourceInfo {
  /** The input as the user gave it (a path, a URL, "-"). */
  input: string;
  /** The input as given; null for standard input. */
  path: string | null;
  /** The URL the content was fetched from (after redirects), when it was fetched. */
  url?: string | null;
  /** Overrides the reader's own document kind (e.g. 'url' for a fetched page). */
  kind?: ReadDocument['kind'];
  /** A charset declared outside the content (HTTP content-type). */
  contentType?: string | null;
}

/** How to call the content in a failure reason: "file", "response" or "input". */
export function contentNoun(source: SourceInfo): string {
  if (source.url) return 'response';
  if (source.path === null) return 'input';
  return 'file';
}
