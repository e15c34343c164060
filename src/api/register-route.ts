// Registers one /api route from its spec: inputs are validated with the spec's zod schemas
// before the handler runs, and a bad input answers 400 naming the parameter.

import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import { badRequest } from './http-error.js';
import type { RouteSpec } from './route-specs.js';

export interface RouteInput<Q extends z.ZodObject, P extends z.ZodObject, B extends z.ZodType = z.ZodType> {
  query: z.output<Q>;
  params: z.output<P>;
  body: z.output<B>;
}

export function registerRoute<Q extends z.ZodObject, P extends z.ZodObject, B extends z.ZodType = z.ZodType>(
  app: FastifyInstance,
  spec: RouteSpec<Q, P, B>,
  handler: (input: RouteInput<Q, P, B>) => Promise<unknown>,
): void {
  app.route({
    method: spec.method,
    url: spec.url,
    handler: async (request, reply) => {
      const query = parseInput(spec.query, request.query, 'query');
      const params = parseInput(spec.params, request.params, 'path');
      const body = spec.body ? parseBody(spec.body, request.body) : undefined;
      const result = await handler({ query, params, body: body as z.output<B> });
      if (spec.response.contentType) reply.type(spec.response.contentType);
      return result;
    },
  });
}

/** A JSON body: the first problem named by its field path ("text", "files.0.name"). */
export function parseBody<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const result = schema.safeParse(raw ?? {});
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue.path.length ? `body field '${issue.path.join('.')}'` : 'body';
  throw badRequest(`invalid ${where}: ${issue.message}`);
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
