// /api/openapi.json: the API described by the same specs the handlers run on.

import type { FastifyInstance } from 'fastify';
import { buildOpenApi } from './openapi.js';
import { registerRoute } from './register-route.js';
import { ALL_ROUTES, API_ROUTES } from './route-specs.js';

export function registerOpenApiRoute(app: FastifyInstance, version: string): void {
  const document = buildOpenApi(ALL_ROUTES, { version });
  registerRoute(app, API_ROUTES.openapi, async () => document);
}
