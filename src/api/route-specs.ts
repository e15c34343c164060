// Every /api route, as data: its path, inputs (zod) and response schema. The handlers
// register through these specs (see register-route.ts) and openapi.ts turns the same
// specs into the OpenAPI document, so what is validated is what is documented.

import type { z } from 'zod';
import { IdParams, NameQuery, NoParams, NoQuery, ProjectListQuery, SearchQuery, UidParams } from './query-schemas.js';
import * as R from './response-schemas.js';

export interface RouteSpec<Q extends z.ZodObject = z.ZodObject, P extends z.ZodObject = z.ZodObject, B extends z.ZodType = z.ZodType> {
  method: 'GET' | 'POST';
  /** Fastify form: `/api/projects/:id`. */
  url: string;
  operationId: string;
  tag: string;
  summary: string;
  description?: string;
  query: Q;
  params: P;
  /** A JSON request body (POST routes). */
  body?: B;
  /** contentType: when the answer is not JSON (a CSV export); the schema then describes a string. */
  response: { schema: z.ZodType; array: boolean; description: string; contentType?: string };
  /** The route answers 404 when the thing asked for does not exist. */
  notFound?: boolean;
}

function route<Q extends z.ZodObject, P extends z.ZodObject, B extends z.ZodType = z.ZodType>(spec: RouteSpec<Q, P, B>): RouteSpec<Q, P, B> {
  return spec;
}

export const API_ROUTES = {
  listProjects: route({
    method: 'GET',
    url: '/api/projects',
    operationId: 'listProjects',
    tag: 'projects',
    summary: 'List projects, filtered and paged',
    description: 'Filters combine with AND; an empty value means the filter is not set.',
    query: ProjectListQuery,
    params: NoParams,
    response: { schema: R.ProjectSummary, array: true, description: 'Matching projects.' },
  }),
  getProject: route({
    method: 'GET',
    url: '/api/projects/:id',
    operationId: 'getProject',
    tag: 'projects',
    summary: 'One project with its evidence',
    query: NoQuery,
    params: UidParams,
    response: { schema: R.ProjectDetail, array: false, description: 'The project.' },
    notFound: true,
  }),
  listDocuments: route({
    method: 'GET',
    url: '/api/documents',
    operationId: 'listDocuments',
    tag: 'documents',
    summary: 'List stored documents',
    query: NoQuery,
    params: NoParams,
    response: { schema: R.DocumentRow, array: true, description: 'All stored documents.' },
  }),
  getDocument: route({
    method: 'GET',
    url: '/api/documents/:id',
    operationId: 'getDocument',
    tag: 'documents',
    summary: 'One document with its text and extraction',
    query: NoQuery,
    params: IdParams,
    response: { schema: R.DocumentDetail, array: false, description: 'The document.' },
    notFound: true,
  }),
  listOrganizations: route({
    method: 'GET',
    url: '/api/organizations',
    operationId: 'listOrganizations',
    tag: 'entities',
    summary: 'List canonical organisations',
    query: NameQuery,
    params: NoParams,
    response: { schema: R.OrganizationRow, array: true, description: 'Matching organisations.' },
  }),
  listPeople: route({
    method: 'GET',
    url: '/api/people',
    operationId: 'listPeople',
    tag: 'entities',
    summary: 'List canonical people',
    query: NameQuery,
    params: NoParams,
    response: { schema: R.PersonRow, array: true, description: 'Matching people.' },
  }),
  search: route({
    method: 'GET',
    url: '/api/search',
    operationId: 'search',
    tag: 'entities',
    summary: 'Full-text search across projects, organisations, people and documents',
    query: SearchQuery,
    params: NoParams,
    response: { schema: R.SearchHit, array: true, description: 'Hits, best first.' },
  }),
  openapi: route({
    method: 'GET',
    url: '/api/openapi.json',
    operationId: 'getOpenApi',
    tag: 'meta',
    summary: 'This API described as OpenAPI 3.1',
    query: NoQuery,
    params: NoParams,
    response: { schema: R.JsonObject, array: false, description: 'The OpenAPI document.' },
  }),
} as const;

export const ALL_ROUTES: readonly RouteSpec[] = Object.values(API_ROUTES);
