// What the web app's read routes return, as zod schemas (OpenAPI components), checked at
// compile time against the store's read-model types like response-schemas.ts does.

import { z } from 'zod';
import { ROLES, STATUSES } from '../nlp/extraction.js';
import type * as rm from '../store/read-models.js';
import { PRECISIONS, SPAN_KINDS } from '../store/read-models.js';
import { Amount, Capacity, componentRegistry } from './response-schemas.js';

function component<T extends z.ZodType>(id: string, schema: T, description: string): T {
  const described = schema.describe(description);
  componentRegistry.add(described, { id });
  return described;
}

const text = z.string().nullable();
const date = z.string().nullable().describe('YYYY-MM-DD when known');
const status = z.enum(STATUSES);
const role = z.enum(ROLES);
const publicId = z.string().describe('Public id (prj-…, org-…, per-…).');

const DocumentBrief = z.object({
  id: z.number().int(), path: text, title: text, published: date, source: text, url: text,
});

export const RegisterRow = component(
  'RegisterRow',
  z.object({
    id: publicId,
    name: z.string(),
    type: z.string(),
    sector: z.string(),
    status,
    country: text,
    places: z.array(z.string()),
    partners: z.array(z.object({ name: z.string(), role })),
    capacity: z.array(Capacity),
    amount: Amount.nullable(),
    sources: z.number().int(),
    firstReported: date,
    lastReported: date,
  }),
  'One row of the register table.',
);

export const RegisterPage = component(
  'RegisterPage',
  z.object({ total: z.number().int(), offset: z.number().int(), limit: z.number().int(), rows: z.array(RegisterRow) }),
  'A page of the register and how many projects match in all.',
);

const FacetCount = z.object({ value: z.string(), count: z.number().int() });

export const RegisterFacets = component(
  'RegisterFacets',
  z.object({
    country: z.array(FacetCount),
    sector: z.array(FacetCount),
    type: z.array(FacetCount),
    status: z.array(FacetCount),
    organization: z.array(FacetCount),
    year: z.array(FacetCount),
  }),
  'Project counts per value under every filter but the facet\'s own.',
);

export const Overview = component(
  'Overview',
  z.object({
    totals: z.object({
      projects: z.number().int(), organizations: z.number().int(), people: z.number().int(),
      documents: z.number().int(), events: z.number().int(),
    }),
    bySector: z.array(FacetCount),
    byStatus: z.array(FacetCount),
    byCountry: z.array(FacetCount),
    changes: z.array(
      z.object({
        projectId: publicId, project: z.string(), field: z.enum(['status', 'amount', 'capacity']),
        from: z.string(), to: z.string(), published: date, documentId: z.number().int(),
      }),
    ),
    ingestion: z.array(z.object({ day: z.string(), documents: z.number().int() })),
    recentDocuments: z.array(DocumentBrief.extend({ addedAt: z.string(), projects: z.number().int() })),
  }),
  'Counts, the latest reported changes and ingestion activity.',
);

const EventRow = z.object({
  documentId: z.number().int(), type: z.string(), date,
  participants: z.array(z.string()), organizations: z.array(z.string()), projects: z.array(z.string()),
});

const ProjectBrief = z.object({ id: publicId, name: z.string(), status, sector: z.string(), country: text });

export const OrganizationDetail = component(
  'OrganizationDetail',
  z.object({
    id: publicId,
    name: z.string(),
    aliases: z.array(z.string()),
    country: text,
    projects: z.array(ProjectBrief.extend({ roles: z.array(z.object({ role, documentId: z.number().int(), published: date })) })),
    people: z.array(z.object({ id: publicId, name: z.string(), title: text, documentId: z.number().int(), published: date })),
    meetings: z.array(EventRow),
    partners: z.array(z.object({ id: publicId, name: z.string(), projects: z.number().int() })),
    documents: z.array(DocumentBrief),
  }),
  'An organisation with its projects and roles over time, people, meetings and co-partners.',
);

export const PersonDetail = component(
  'PersonDetail',
  z.object({
    id: publicId,
    name: z.string(),
    aliases: z.array(z.string()),
    roles: z.array(z.object({ title: text, organization: text, organizationId: publicId.nullable(), documentId: z.number().int(), published: date })),
    meetings: z.array(EventRow),
    projects: z.array(ProjectBrief),
    documents: z.array(DocumentBrief),
  }),
  'A person with titles over time, meetings and the projects of the articles that name them.',
);

export const Graph = component(
  'Graph',
  z.object({
    nodes: z.array(z.object({ id: publicId, kind: z.enum(['project', 'organization', 'person']), label: z.string(), sector: text })),
    edges: z.array(z.object({ source: publicId, target: publicId, label: z.string() })),
    truncated: z.boolean(),
  }),
  'Projects, their partners and the people with titles at those partners.',
);

export const MapPoint = component(
  'MapPoint',
  z.object({
    id: publicId, name: z.string(), sector: z.string(), status, country: text,
    lat: z.number(), lon: z.number(), place: z.string(), precision: z.enum(PRECISIONS),
  }),
  'A project placed at its most exact known place; precision says what kind of place that is.',
);

export const DocumentSpan = component(
  'DocumentSpan',
  z.object({
    kind: z.enum(SPAN_KINDS), start: z.number().int(), end: z.number().int(), label: z.string(), recordId: publicId.nullable(),
  }),
  'An extracted span of the document text (UTF-16 offsets, end exclusive) and the record it became.',
);

export const ProjectContext = component(
  'ProjectContext',
  z.object({
    partners: z.array(z.object({ id: publicId, name: z.string(), role, documentId: z.number().int(), published: date })),
    pin: MapPoint.nullable(),
  }),
  'A project\'s partners as records (role per source) and its map pin.',
);

export const CsvText = z.string().describe('RFC 4180 CSV with a header row.');

// Compile-time drift check, as in response-schemas.ts.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameShapes: [
  Same<z.output<typeof RegisterPage>, rm.RegisterPage>,
  Same<z.output<typeof RegisterFacets>, rm.RegisterFacets>,
  Same<z.output<typeof Overview>, rm.Overview>,
  Same<z.output<typeof OrganizationDetail>, rm.OrganizationDetail>,
  Same<z.output<typeof PersonDetail>, rm.PersonDetail>,
  Same<z.output<typeof Graph>, rm.Graph>,
  Same<z.output<typeof MapPoint>, rm.MapPoint>,
  Same<z.output<typeof DocumentSpan>, rm.DocumentSpan>,
  Same<z.output<typeof ProjectContext>, rm.ProjectContext>,
] = [true, true, true, true, true, true, true, true, true];
void sameShapes;
