// Write routes for curation. Like POST /api/ingest they change the register, so they live on
// their own where an access check can be added in one place.

import type { FastifyInstance } from 'fastify';
import { CurationError, type Store } from '../store/store.js';
import { HttpError } from './http-error.js';
import { registerRoute } from './register-route.js';
import { API_ROUTES } from './route-specs.js';

const ACTOR = 'api';

/** A curation the store refuses: 404 for a record that does not exist, 400 for the rest. */
async function curate<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof CurationError) throw new HttpError(err.reason === 'not-found' ? 404 : 400, err.message);
    throw err;
  }
}

export function registerCurationRoutes(app: FastifyInstance, store: Store): void {
  registerRoute(app, API_ROUTES.curationMerge, async ({ body }) => curate(async () => {
    const kinds = new Set(body.ids.map((i) => i.slice(0, 3)));
    if (kinds.size > 1) throw new CurationError('merge projects with projects and organisations with organisations');
    const id = kinds.has('prj')
      ? await store.mergeProjects(body.ids, body.actor ?? ACTOR, body.note)
      : await store.mergeOrganizations(body.ids, body.actor ?? ACTOR, body.note);
    return { ids: [id] };
  }));
  registerRoute(app, API_ROUTES.curationSplit, async ({ body }) => curate(async () => {
    if (!body.id.startsWith('prj-')) throw new CurationError('only projects can be split');
    return { ids: await store.splitProject(body.id, body.documents ?? null, body.actor ?? ACTOR, body.note) };
  }));
  registerRoute(app, API_ROUTES.curationSet, async ({ body }) => curate(async () => {
    if (!body.id.startsWith('prj-')) throw new CurationError('only project fields can be set');
    return { ids: [await store.setProjectField(body.id, body.field, body.value, body.actor ?? ACTOR, body.note)] };
  }));
  registerRoute(app, API_ROUTES.curationLog, async ({ query }) => store.listCuration(query.target));
}
