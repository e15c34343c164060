// The OpenAPI 3.1 document, built as data from the route specs and the zod schemas the
// handlers validate with. OpenAPI 3.1 uses JSON Schema 2020-12, which is what zod emits.

import { z } from 'zod';
import { componentRegistry, ErrorBody } from './response-schemas.js';
import type { RouteSpec } from './route-specs.js';

const REF_PREFIX = '#/components/schemas/';

type JsonSchema = Record<string, unknown>;

interface Parameter {
  name: string;
  in: 'query' | 'path';
  required: boolean;
  description?: string;
  schema: JsonSchema;
}

export function buildOpenApi(routes: readonly RouteSpec[], info: { version: string }): JsonSchema {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const spec of routes) {
    const path = spec.url.replace(/:([A-Za-z_]\w*)/g, '{$1}');
    paths[path] ??= {};
    paths[path][spec.method.toLowerCase()] = operation(spec);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'corridor',
      version: info.version,
      description:
        'A register of cross-border investment and infrastructure projects, organisations, people and ' +
        'documents, each fact traced to its source sentence. Reads are open; every write needs the API token ' +
        '(`corridor serve --token-file`, `$CORRIDOR_API_TOKEN`, or the DB.token file it writes).',
    },
    servers: [{ url: '/' }],
    tags: [...new Set(routes.map((r) => r.tag))].map((name) => ({ name })),
    paths,
    components: { schemas: componentSchemas(), securitySchemes: { apiToken: { type: 'http', scheme: 'bearer' } } },
  };
}

function operation(spec: RouteSpec): JsonSchema {
  const item = schemaOrRef(spec.response.schema);
  const responses: Record<string, unknown> = {
    200: {
      description: spec.response.description,
      content: { [spec.response.contentType ?? 'application/json']: { schema: spec.response.array ? { type: 'array', items: item } : item } },
    },
  };
  const parameters = [...parametersOf(spec.params, 'path'), ...parametersOf(spec.query, 'query')];
  if (parameters.length > 0 || spec.body) responses[400] = errorResponse('A parameter is invalid; the message names it.');
  if (spec.notFound) responses[404] = errorResponse('No such record.');
  // Writes: the API token (write-access.ts), whatever address the server is bound to.
  const writes = spec.method !== 'GET';
  if (writes) {
    responses[401] = errorResponse('The API token is missing or does not match.');
    responses[403] = errorResponse('A browser request from another site (Sec-Fetch-Site or Origin), refused even with the token.');
    responses[413] = errorResponse('The request body is over 1 MB.');
  }
  return {
    operationId: spec.operationId,
    tags: [spec.tag],
    summary: spec.summary,
    ...(spec.description ? { description: spec.description } : {}),
    parameters,
    ...(writes ? { security: [{ apiToken: [] }] } : {}),
    ...(spec.body ? { requestBody: { required: true, content: { 'application/json': { schema: bodySchema(spec.body) } } } } : {}),
    responses,
  };
}

function bodySchema(schema: z.ZodType): JsonSchema {
  const { $schema: _drop, ...rest } = tidy(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }));
  return rest;
}

function parametersOf(schema: z.ZodObject, where: 'query' | 'path'): Parameter[] {
  return Object.entries(schema.shape).map(([name, field]) => {
    const fieldSchema = tidy(z.toJSONSchema(field as z.ZodType, { io: 'input', unrepresentable: 'any' }));
    const { $schema: _drop, description, ...rest } = fieldSchema;
    // What the schema does with a missing value says whether it is required and its default.
    const absent = (field as z.ZodType).safeParse(undefined);
    return {
      name,
      in: where,
      required: where === 'path' || !absent.success,
      ...(typeof description === 'string' ? { description } : {}),
      schema: absent.success && absent.data !== undefined ? { ...rest, default: absent.data } : rest,
    };
  });
}

function errorResponse(description: string): JsonSchema {
  return { description, content: { 'application/json': { schema: schemaOrRef(ErrorBody) } } };
}

function schemaOrRef(schema: z.ZodType): JsonSchema {
  const meta = componentRegistry.get(schema);
  if (meta) return { $ref: REF_PREFIX + meta.id };
  const { $schema: _drop, ...rest } = tidy(z.toJSONSchema(schema, { io: 'output' }));
  return rest;
}

function componentSchemas(): Record<string, unknown> {
  const all = tidy(z.toJSONSchema(componentRegistry, { io: 'output', uri: (id) => REF_PREFIX + id })) as {
    schemas: Record<string, JsonSchema>;
  };
  const out: Record<string, unknown> = {};
  for (const [id, schema] of Object.entries(all.schemas)) {
    const { $schema: _s, $id: _i, ...rest } = schema;
    out[id] = rest;
  }
  return out;
}

/**
 * Drops what zod adds but the API does not promise: the safe-integer bounds of every
 * integer, and `additionalProperties: false` (responses may gain fields; clients should
 * ignore what they do not know).
 */
function tidy(schema: unknown): JsonSchema {
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk);
    if (node === null || typeof node !== 'object') return node;
    const out: JsonSchema = {};
    for (const [key, value] of Object.entries(node)) {
      if ((key === 'minimum' || key === 'maximum') && Math.abs(value as number) === Number.MAX_SAFE_INTEGER) continue;
      if (key === 'additionalProperties' && value === false) continue;
      out[key] = walk(value);
    }
    return out;
  };
  return walk(schema) as JsonSchema;
}
