// POST /api/ingest: the web app's way in for uploads, pasted text and feed URLs. The write
// routes live in this file on their own so an access check (an API token when the server is
// bound off loopback) can be added in one place.

import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { ingestDocuments, type IngestSummary } from '../pipeline/ingest-documents.js';
import type { Store } from '../store/store.js';
import type { IngestRequest, IngestResponse } from './ingest-schemas.js';
import { registerRoute } from './register-route.js';
import { API_ROUTES } from './route-specs.js';

export interface IngestRouteOptions {
  /** Let feed URLs reach loopback and private addresses (tests serve their feed on 127.0.0.1). */
  allowPrivateUrls?: boolean;
}

/** Pasted text takes the plain-text reader's header for its title. */
function pastedText(text: string, title: string | undefined): string {
  const oneLine = title?.replace(/\s+/g, ' ').trim();
  return oneLine ? `Title: ${oneLine}\n\n${text}` : text;
}

/**
 * Each kind of request through the same pipeline as `corridor ingest`: uploads and pasted text
 * are read as standard input (so every reader limit applies), URLs as URLs.
 */
const INGEST_BY_KIND: { [K in IngestRequest['kind']]: (body: Extract<IngestRequest, { kind: K }>, store: Store, opts: IngestRouteOptions) => Promise<{ summary: IngestSummary; label: string }> } = {
  text: async (body, store) => ({
    summary: await ingestDocuments(['-'], store, { stdin: Readable.from([Buffer.from(pastedText(body.text, body.title), 'utf8')]) }),
    label: body.title?.trim() || 'pasted text',
  }),
  file: async (body, store) => ({
    summary: await ingestDocuments(['-'], store, { stdin: Readable.from([Buffer.from(body.contentBase64, 'base64')]), stdinName: body.name }),
    label: body.name,
  }),
  url: async (body, store, opts) => ({
    summary: await ingestDocuments([body.url], store, { allowPrivate: opts.allowPrivateUrls ?? false }),
    label: body.url,
  }),
};

export function registerIngestRoutes(app: FastifyInstance, store: Store, opts: IngestRouteOptions = {}): void {
  registerRoute(app, API_ROUTES.ingest, async ({ body }): Promise<IngestResponse> => {
    const run = INGEST_BY_KIND[body.kind] as (b: IngestRequest, s: Store, o: IngestRouteOptions) => ReturnType<(typeof INGEST_BY_KIND)['text']>;
    const { summary, label } = await run(body, store, opts);
    const outcomes = await Promise.all(
      summary.outcomes.map(async (o) => ({
        ...o,
        // Standard input is "-" to the readers; the analyst knows it by the file's name.
        input: o.input === '-' ? label : o.input,
        projects:
          o.documentId === undefined
            ? []
            : (await store.registerPage({ documentId: o.documentId, limit: 500 })).rows.map((r) => ({ id: r.id, name: r.name })),
      })),
    );
    return { outcomes, added: summary.added, present: summary.present, failed: summary.failed };
  });
}
