// Re-extraction of a stored document after an engine or lexicon upgrade. The stored text is
// the analysis text (headline, blank line, body), so the body is recovered first and the engine
// sees exactly what it saw at ingest; offsets keep pointing into the same stored text.

import { extract } from '../nlp/extract.js';
import type { Extraction } from '../nlp/extraction.js';
import type { DocumentDetail } from '../store/store.js';

export function reextract(doc: DocumentDetail): Extraction {
  const title = (doc.title ?? '').trim();
  const body = title && doc.text.startsWith(`${title}\n\n`) ? doc.text.slice(title.length + 2) : doc.text;
  return extract({ text: body, title: doc.title, published: doc.published, source: doc.source, path: doc.path, url: doc.url });
}
