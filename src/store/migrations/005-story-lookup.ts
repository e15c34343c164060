// The near-duplicate lookup (add-document.ts, storyOf) reads each candidate's canonical key,
// SimHash and date. On SQLite those columns sit at the end of a documents row, after the text
// and the extraction, that is on the row's overflow pages: every candidate cost several page
// reads, and the lookup grew to a millisecond a document. Each band's index now carries them,
// so the lookup reads only indexes (one range per band: band = ? AND canon < ?).

export function storyLookupSchema(): string {
  return [0, 1, 2, 3, 4, 5, 6, 7].map((i) => `DROP INDEX documents_band${i}_idx;
CREATE INDEX documents_band${i}_idx ON documents (band${i}, canon, simhash, published);`).join('\n');
}
