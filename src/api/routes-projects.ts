// /api/projects: the register itself.

import type { FastifyInstance } from 'fastify';
import type { Store } from '../store/store.js';
import { notFound } from './http-error.js';
import { registerRoute } from './register-route.js';
import { API_ROUTES } from './route-specs.js';

export function registerProjectRoutes(app: FastifyInstance, store: Store): void {
  registerRoute(app, API_ROUTES.listProjects, ({ query }) => store.listProjects(query));

  registerRoute(app, API_ROUTES.getProject, async ({ params }) => {
    const project = await store.getProject(params.id);
    if (!project) throw notFound(`project ${params.id} not found`);
    return project;
  });
}
