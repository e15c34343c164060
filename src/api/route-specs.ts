// Every /api route, as data: its path, inputs (zod) and response schema. The handlers
// register through these specs (see register-route.ts) and openapi.ts turns the same
// specs into the OpenAPI document, so what is validated is what is documented.

import type { z } from 'zod';
import { IdParams, NameQuery, NoParams, NoQuery, ProjectListQuery, SearchQuery, UidParams } from './query-schemas.js';
import * as R from './response-schemas.js';
import { CurationQuery, CurationResult, MergeBody, SetBody, SplitBody } from './curation-schemas.js';
import { IngestBody, IngestResult } from './ingest-schemas.js';
import { ExportQuery, FacetsQuery, GraphQuery, MapQuery, RegisterQuery } from './read-model-queries.js';
import * as W from './read-model-schemas.js';

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

  // The web app's read models and its ingest route.
  registerPage: route({
    method: 'GET',
    url: '/api/register',
    operationId: 'registerPage',
    tag: 'web',
    summary: 'One page of the register table, sorted, with the total count',
    query: RegisterQuery,
    params: NoParams,
    response: { schema: W.RegisterPage, array: false, description: 'The page and the number of matching projects.' },
  }),
  registerFacets: route({
    method: 'GET',
    url: '/api/register/facets',
    operationId: 'registerFacets',
    tag: 'web',
    summary: 'Project counts per country, sector, type, status, organisation and year',
    description: 'Each facet counts under every filter but its own, so each choice shows what it would give.',
    query: FacetsQuery,
    params: NoParams,
    response: { schema: W.RegisterFacets, array: false, description: 'Counts per facet value, largest first.' },
  }),
  registerExport: route({
    method: 'GET',
    url: '/api/register/export.csv',
    operationId: 'registerExport',
    tag: 'web',
    summary: 'The register view (filters, sort, columns) as CSV',
    query: ExportQuery,
    params: NoParams,
    response: { schema: W.CsvText, array: false, description: 'Every matching project, one row each.', contentType: 'text/csv; charset=utf-8' },
  }),
  overview: route({
    method: 'GET',
    url: '/api/overview',
    operationId: 'overview',
    tag: 'web',
    summary: 'Counts by sector, status and country, latest reported changes, ingestion activity',
    query: NoQuery,
    params: NoParams,
    response: { schema: W.Overview, array: false, description: 'The overview.' },
  }),
  getOrganization: route({
    method: 'GET',
    url: '/api/organizations/:id',
    operationId: 'getOrganization',
    tag: 'web',
    summary: 'One organisation: projects and roles over time, people, meetings, co-partners',
    query: NoQuery,
    params: UidParams,
    response: { schema: W.OrganizationDetail, array: false, description: 'The organisation.' },
    notFound: true,
  }),
  getPerson: route({
    method: 'GET',
    url: '/api/people/:id',
    operationId: 'getPerson',
    tag: 'web',
    summary: 'One person: titles over time, meetings, projects',
    query: NoQuery,
    params: UidParams,
    response: { schema: W.PersonDetail, array: false, description: 'The person.' },
    notFound: true,
  }),
  graph: route({
    method: 'GET',
    url: '/api/graph',
    operationId: 'graph',
    tag: 'web',
    summary: 'Projects, organisations and people as a graph',
    query: GraphQuery,
    params: NoParams,
    response: { schema: W.Graph, array: false, description: 'Nodes and edges.' },
  }),
  map: route({
    method: 'GET',
    url: '/api/map',
    operationId: 'mapPoints',
    tag: 'web',
    summary: 'Projects placed on the map, each with the precision of its place',
    query: MapQuery,
    params: NoParams,
    response: { schema: W.MapPoint, array: true, description: 'Points.' },
  }),
  documentSpans: route({
    method: 'GET',
    url: '/api/documents/:id/spans',
    operationId: 'documentSpans',
    tag: 'documents',
    summary: 'Every extracted span of a document and the record it became',
    query: NoQuery,
    params: IdParams,
    response: { schema: W.DocumentSpan, array: true, description: 'Spans by start offset.' },
    notFound: true,
  }),
  projectContext: route({
    method: 'GET',
    url: '/api/projects/:id/context',
    operationId: 'projectContext',
    tag: 'web',
    summary: 'A project\'s partners as records and its map pin',
    query: NoQuery,
    params: UidParams,
    response: { schema: W.ProjectContext, array: false, description: 'Partners and pin.' },
    notFound: true,
  }),
  ingest: route({
    method: 'POST',
    url: '/api/ingest',
    operationId: 'ingest',
    tag: 'ingest',
    summary: 'Ingest one uploaded file, pasted text, or a feed or page URL',
    description: 'The same readers and limits as `corridor ingest`. One input per request, so a client can show progress per file.',
    query: NoQuery,
    params: NoParams,
    body: IngestBody,
    response: { schema: IngestResult, array: false, description: 'Each document the input held, with its projects.' },
  }),
  curationMerge: route({
    method: 'POST',
    url: '/api/curation/merge',
    operationId: 'curationMerge',
    tag: 'curation',
    summary: 'Merge projects or organisations into one record',
    description: 'Stored as an audited act that later documents and reprocessing keep. Retired ids redirect to the merged record.',
    query: NoQuery,
    params: NoParams,
    body: MergeBody,
    response: { schema: CurationResult, array: false, description: 'The id of the merged record.' },
    notFound: true,
  }),
  curationSplit: route({
    method: 'POST',
    url: '/api/curation/split',
    operationId: 'curationSplit',
    tag: 'curation',
    summary: 'Split a project by source documents or statements',
    query: NoQuery,
    params: NoParams,
    body: SplitBody,
    response: { schema: CurationResult, array: false, description: 'The ids of the projects afterwards, the original first.' },
    notFound: true,
  }),
  curationSet: route({
    method: 'POST',
    url: '/api/curation/set',
    operationId: 'curationSet',
    tag: 'curation',
    summary: 'Set a project field by hand',
    description: 'The curated value wins over what documents say, now and after reprocessing.',
    query: NoQuery,
    params: NoParams,
    body: SetBody,
    response: { schema: CurationResult, array: false, description: 'The id of the project.' },
    notFound: true,
  }),
  curationLog: route({
    method: 'GET',
    url: '/api/curation',
    operationId: 'curationLog',
    tag: 'curation',
    summary: 'The audit log of curation acts, oldest first',
    query: CurationQuery,
    params: NoParams,
    response: { schema: R.CurationAct, array: true, description: 'Every act, or those on one record.' },
  }),
} as const;

export const ALL_ROUTES: readonly RouteSpec[] = Object.values(API_ROUTES);
