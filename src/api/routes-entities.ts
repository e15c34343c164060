// /api/organizations, /api/people and /api/search: who is involved, and finding anything.

import type { FastifyInstance } from 'fastify';
import type { Store } from '../store/store.js';
import { registerRoute } from './register-route.js';
import { API_ROUTES } from './route-specs.js';

export function registerEntityRoutes(app: FastifyInstance, store: Store): void {
  registerRoute(app, API_ROUTES.listOrganizations, ({ query }) => store.listOrganizations(query));
  registerRoute(app, API_ROUTES.listPeople, ({ query }) => store.listPeople(query));
  registerRoute(app, API_ROUTES.search, ({ query }) => store.search(query.q, query.limit));
}
