// One queued document: what a reader produced, carried whole in the job, so a worker on another
// machine needs no shared disk. The job id comes from the content hash: pg-boss inserts jobs with
// ON CONFLICT DO NOTHING on (queue, id), so enqueueing the same text again finds the first job
// instead of adding a second (a standard queue ignores a bare singletonKey; the id does not).

import { z } from 'zod';
import type { ReadDocument } from '../ingest/document.js';
import { analysisText } from '../nlp/extract.js';
import { contentHash } from '../pipeline/ingest-documents.js';

const documentJobSchema = z.object({
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  input: z.string(),
  path: z.string().nullable(),
  kind: z.enum(['text', 'html', 'feed-item', 'url']),
  text: z.string(),
  meta: z.object({
    title: z.string().nullable(),
    published: z.string().nullable(),
    source: z.string().nullable(),
    url: z.string().nullable(),
  }),
});

export type DocumentJob = z.infer<typeof documentJobSchema>;

/** The job for a document read here; `hash` is the content hash the store dedupes on. */
export function documentJob(r: ReadDocument): DocumentJob {
  return { hash: contentHash(analysisText(r.text, r.meta.title).text), input: r.input, path: r.path, kind: r.kind, text: r.text, meta: r.meta };
}

/** A UUID-shaped id made of the content hash's first 128 bits: the same document, the same job. */
export function jobIdFor(hash: string): string {
  return `${hash.slice(0, 8)}-${hash.slice(8, 12)}-${hash.slice(12, 16)}-${hash.slice(16, 20)}-${hash.slice(20, 32)}`;
}

/**
 * A job's data as a document, or the reason it is not one (a job written by hand or by another
 * version of corridor): that reason is what the dead-letter list shows.
 */
export function parseDocumentJob(data: unknown): { job: DocumentJob } | { reason: string } {
  const r = documentJobSchema.safeParse(data);
  if (r.success) return { job: r.data };
  const issue = r.error.issues[0];
  return { reason: `not a corridor document job: ${issue.path.join('.') || 'data'}: ${issue.message}` };
}

export function readDocumentOf(job: DocumentJob): ReadDocument {
  return { input: job.input, path: job.path, kind: job.kind, text: job.text, meta: job.meta };
}
