// What every reader returns: the article body as plain text plus its metadata.
// A reader that cannot produce an article returns a ReadFailure instead of throwing,
// so one bad input never stops a batch (the vfile idea: the file carries its message).

export interface DocumentMeta {
  title: string | null;
  published: string | null; // YYYY-MM-DD when known
  source: string | null;    // outlet or issuer
  url: string | null;
}

export interface ReadDocument {
  /** The input as the user gave it (a path, a URL, "-"); for feed items, the feed plus "#" and the item index. */
  input: string;
  /** The path to report in document.path: the input as given; null for standard input. */
  path: string | null;
  kind: 'text' | 'html' | 'feed-item' | 'url';
  text: string;
  meta: DocumentMeta;
}

export interface ReadFailure {
  input: string;
  reason: string; // one line, names what went wrong
}

export type ReadResult = ReadDocument | ReadFailure;

export function isFailure(r: ReadResult): r is ReadFailure {
  return (r as ReadFailure).reason !== undefined;
}
