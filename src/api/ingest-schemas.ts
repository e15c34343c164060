// POST /api/ingest: what the web app sends (one uploaded file, pasted text or a feed/page URL
// per request, so the page can show progress file by file) and what it gets back.

import { z } from 'zod';
import { componentRegistry } from './response-schemas.js';

/** Longest pasted text or decoded file: the server's request body limit comes first anyway. */
const MAX_TEXT = 700_000;

export const IngestBody = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('text'),
    text: z.string().min(1, { error: 'must not be empty' }).max(MAX_TEXT),
    title: z.string().max(300).optional(),
  }),
  z.strictObject({
    kind: z.literal('file'),
    name: z.string().min(1).max(255),
    contentBase64: z.string().min(1, { error: 'must not be empty' }).regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: 'must be base64' }),
  }),
  z.strictObject({
    kind: z.literal('url'),
    url: z.string().max(2000).regex(/^https?:\/\/\S+$/i, { error: 'must be an http(s) URL' }),
  }),
]);

export const IngestResult = z.object({
  outcomes: z.array(
    z.object({
      input: z.string(),
      status: z.enum(['new', 'present', 'failed']),
      reason: z.string().optional(),
      documentId: z.number().int().optional(),
      title: z.string().nullable().optional(),
      projects: z.array(z.object({ id: z.string(), name: z.string() })),
    }),
  ),
  added: z.number().int(),
  present: z.number().int(),
  failed: z.number().int(),
}).describe('What happened to each document the input held, and the projects each one reports.');
componentRegistry.add(IngestResult, { id: 'IngestResult' });

export type IngestRequest = z.output<typeof IngestBody>;
export type IngestResponse = z.output<typeof IngestResult>;
