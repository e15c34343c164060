// /api/documents: the sources every fact points into.

import type { FastifyInstance } from 'fastify';
import type { Store } from '../store/store.js';
import { notFound } from './http-error.js';
import { registerRoute } from './register-route.js';
import { API_ROUTES } from './route-specs.js';

export function registerDocumentRoutes(app: FastifyInstance, store: Store): void {
  registerRoute(app, API_ROUTES.listDocuments, () => store.listDocuments());

  registerRoute(app, API_ROUTES.getDocument, async ({ params }) => {
    const document = await store.getDocument(params.id);
    if (!document) throw notFound(`document ${params.id} not found`);
    return document;
  });
}
