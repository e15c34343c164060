// Organisation and person pages, a project's partners and pin, the graph, the map and a
// document's extracted spans.

import type { FastifyInstance } from 'fastify';
import type { Store } from '../store/store.js';
import { notFound } from './http-error.js';
import { registerRoute } from './register-route.js';
import { API_ROUTES } from './route-specs.js';

export function registerExploreRoutes(app: FastifyInstance, store: Store): void {
  registerRoute(app, API_ROUTES.getOrganization, async ({ params }) => {
    const org = await store.getOrganization(params.id);
    if (!org) throw notFound(`organisation ${params.id} not found`);
    return org;
  });

  registerRoute(app, API_ROUTES.getPerson, async ({ params }) => {
    const person = await store.getPerson(params.id);
    if (!person) throw notFound(`person ${params.id} not found`);
    return person;
  });

  registerRoute(app, API_ROUTES.projectContext, async ({ params }) => {
    const context = await store.projectContext(params.id);
    if (!context) throw notFound(`project ${params.id} not found`);
    return context;
  });

  registerRoute(app, API_ROUTES.graph, ({ query }) => store.graph(query));
  registerRoute(app, API_ROUTES.map, ({ query }) => store.mapPoints(query));

  registerRoute(app, API_ROUTES.documentSpans, async ({ params }) => {
    const spans = await store.documentSpans(params.id);
    if (!spans) throw notFound(`document ${params.id} not found`);
    return spans;
  });
}
