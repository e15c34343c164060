// Registers one /api route from its spec: inputs are validated with the spec's zod schemas
// before the handler runs, and a bad input answers 400 naming the parameter.

import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import { badRequest } from './http-error.js';
import type { RouteSpec } from './route-specs.js';

export interface RouteInput<Q extends z.ZodObject, P extends z.ZodObject> {
  query: z.output<Q>;
  params: z.output<P>;
}

export function registerRoute<Q extends z.ZodObject, P extends z.ZodObject>(
  app: FastifyInstance,
  spec: RouteSpec<Q, P>,
  handler: (input: RouteInput<Q, P>) => Promise<unknown>,
): void {
  app.route({
    method: spec.method,
    url: spec.url,
    handler: async (request) => {
      const query = parseInput(spec.query, request.query, 'query');
      const params = parseInput(spec.params, request.params, 'path');
      return handler({ query, params });
    },
  });
}

export function parseInput<S extends z.ZodObject>(schema: S, raw: unknown, where: 'query' | 'path'): z.output<S> {
  const result = schema.safeParse(raw ?? {});
  if (result.success) return result.data;
  // An unknown name first: `?qurey=x` is a typo of `q`, and "q is required" would mislead.
  const issues = result.error.issues;
  const issue = issues.find((i) => i.code === 'unrecognized_keys') ?? issues[0];
  if (issue.code === 'unrecognized_keys') {
    const names = issue.keys.map((k) => `'${k.slice(0, 50)}'`).join(', ');
    throw badRequest(`unknown ${where} parameter ${names}`);
  }
  const name = String(issue.path[0] ?? '');
  const value = (raw as Record<string, unknown> | undefined)?.[name];
  if (Array.isArray(value)) throw badRequest(`${where} parameter '${name}' is given more than once`);
  throw badRequest(`invalid ${where} parameter '${name}': ${issue.message}`);
}
