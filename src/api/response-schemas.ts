// What the API returns, as zod schemas: the source of the OpenAPI component schemas.
// The type checks at the bottom fail the build when a schema and the Store's types part
// ways, so the published document always describes what the handlers really send.

import { z } from 'zod';
import {
  EVENT_TYPES, EXTRACTION_SCHEMA, PLACE_KINDS, PROJECT_TYPES, QUALIFIERS, ROLES, SECTORS, STATUSES,
} from '../nlp/extraction.js';
import type * as nlp from '../nlp/extraction.js';
import type * as store from '../store/store.js';

/** Named schemas: each becomes `#/components/schemas/<id>` in the OpenAPI document. */
export const componentRegistry = z.registry<{ id: string }>();

function component<T extends z.ZodType>(id: string, schema: T, description: string): T {
  const described = schema.describe(description);
  componentRegistry.add(described, { id });
  return described;
}

const nullableText = z.string().nullable();
const isoDate = z.string().nullable().describe('YYYY-MM-DD when known');

export const ErrorBody = component('Error', z.object({ error: z.string() }), 'What went wrong, in one line.');

export const Status = component('Status', z.enum(STATUSES), 'Project status, in lifecycle order.');
export const Role = component('Role', z.enum(ROLES), 'An organisation\'s role on a project.');

export const Evidence = component(
  'Evidence',
  z.object({ start: z.number().int(), end: z.number().int() }),
  'A span of the document text: UTF-16 code-unit offsets, end exclusive.',
);

export const Capacity = component(
  'Capacity',
  z.object({
    value: z.number(),
    unit: z.string(),
    text: z.string(),
    qualifier: z.enum(QUALIFIERS).optional(),
    min: z.number().optional(),
    item: z.string().optional(),
  }),
  'A stated capacity, normalised (MW, t, km, units...).',
);

export const Amount = component(
  'Amount',
  z.object({
    value: z.number(),
    currency: z.string(),
    qualifier: z.enum(QUALIFIERS),
    text: z.string(),
    min: z.number().optional(),
  }),
  'A money amount in the stated currency (ISO 4217).',
);

export const DocumentRef = component(
  'DocumentRef',
  z.object({
    id: z.number().int(),
    path: nullableText,
    title: nullableText,
    published: isoDate,
    source: nullableText,
    url: nullableText,
    story: nullableText.meta({ description: 'Content hash of the first document of the story this one repeats (near-duplicates share it).' }),
  }),
  'A source document, briefly.',
);

const PublicId = z.string().meta({ description: 'Public id: a kind prefix and ten base-32 characters, the same whatever order documents were ingested in.' });

export const HistoryEntry = component(
  'HistoryEntry',
  z.object({
    date: isoDate,
    status: Status,
    name: z.string(),
    capacity: z.array(Capacity),
    amount: Amount.nullable(),
    document: z.object({
      documentId: z.number().int(), title: nullableText, source: nullableText, url: nullableText, published: isoDate, story: nullableText,
    }),
    match: z.object({ score: z.number(), reasons: z.array(z.string()) }).nullable()
      .meta({ description: 'Why this statement joined the record: the merge score and its reasons (shared name, places, organisations, capacity); null for the statement that started it.' }),
  }),
  'What one source said about the project.',
);

export const StatusChange = component(
  'StatusChange',
  z.object({ status: Status, date: isoDate, documentId: z.number().int() }),
  'A status first reported on a date by a document.',
);

export const Conflict = component(
  'Conflict',
  z.object({
    field: z.enum(['capacity', 'amount', 'country']),
    about: z.string(),
    values: z.array(z.object({ text: z.string(), value: z.number(), unit: z.string(), documents: z.array(z.number().int()) })),
  }),
  'A figure sources disagree on, each value with the documents that gave it.',
);

export const CurationAct = component(
  'CurationAct',
  z.object({
    id: z.number().int(),
    at: z.string(),
    actor: z.string(),
    action: z.enum(['merge', 'split', 'set']),
    kind: z.enum(['project', 'organization']),
    targets: z.array(z.string()),
    field: nullableText,
    value: z.unknown(),
    note: z.string(),
  }),
  'An audited curation act.',
);

export const ProjectSummary = component(
  'ProjectSummary',
  z.object({
    id: PublicId,
    name: z.string(),
    type: z.string(),
    sector: z.string(),
    status: Status,
    country: nullableText,
    places: z.array(z.string()),
    organizations: z.array(z.object({ id: PublicId, name: z.string(), role: Role })),
    capacity: z.array(Capacity),
    amount: Amount.nullable(),
    documents: z.array(DocumentRef),
    stories: z.number().int().meta({ description: 'Distinct stories among the documents (near-duplicates count once).' }),
    firstSeen: isoDate,
    lastSeen: isoDate,
  }),
  'One real-world project, merged across all documents that report it.',
);

export const SourceSentence = component(
  'SourceSentence',
  z.object({
    documentId: z.number().int(),
    start: z.number().int(),
    end: z.number().int(),
    text: z.string(),
  }),
  'An evidence span in a source document and its text.',
);

export const ProjectDetail = component(
  'ProjectDetail',
  ProjectSummary.extend({
    locations: z.array(z.object({
      id: PublicId, name: z.string(), kind: z.enum(['country', 'region', 'city', 'site']).nullable(), country: nullableText,
      lat: z.number().nullable(), lon: z.number().nullable(),
    })),
    evidence: z.array(SourceSentence),
    history: z.array(HistoryEntry),
    statusHistory: z.array(StatusChange),
    conflicts: z.array(Conflict),
    curation: z.array(CurationAct),
  }),
  'A project with every evidence span that supports it, its dated history, disagreements and curation.',
);

export const OrganizationRow = component(
  'OrganizationRow',
  z.object({
    id: PublicId,
    name: z.string(),
    aliases: z.array(z.string()),
    country: nullableText,
    projects: z.number().int(),
    documents: z.number().int(),
    partOf: PublicId.nullable().meta({ description: 'The organisation this one is part of (a subsidiary named after its parent).' }),
  }),
  'A canonical organisation.',
);

export const PersonRow = component(
  'PersonRow',
  z.object({
    id: PublicId,
    name: z.string(),
    aliases: z.array(z.string()),
    titles: z.array(z.object({ title: nullableText, organization: nullableText })),
    documents: z.number().int(),
  }),
  'A canonical person.',
);

export const DocumentRow = component(
  'DocumentRow',
  DocumentRef.extend({
    input: z.string(),
    kind: z.string(),
    contentHash: z.string(),
    addedAt: z.string(),
    projects: z.number().int(),
  }),
  'A stored document.',
);

const named = { evidence: z.array(Evidence).optional() };

export const Extraction = component(
  'Extraction',
  z.object({
    schema: z.literal(EXTRACTION_SCHEMA),
    document: z.object({
      path: nullableText,
      title: nullableText,
      published: isoDate,
      source: nullableText,
      language: z.string(),
      url: nullableText.optional(),
    }),
    text: z.string().optional(),
    people: z.array(
      z.object({
        name: z.string(),
        aliases: z.array(z.string()),
        roles: z.array(z.object({ title: nullableText, organization: nullableText })),
        ...named,
      }),
    ),
    organizations: z.array(
      z.object({ name: z.string(), aliases: z.array(z.string()), country: nullableText, ...named }),
    ),
    places: z.array(
      z.object({
        name: z.string(),
        aliases: z.array(z.string()).optional(),
        kind: z.enum(PLACE_KINDS),
        country: nullableText,
        lat: z.number().optional(),
        lon: z.number().optional(),
        ...named,
      }),
    ),
    projects: z.array(
      z.object({
        name: z.string(),
        type: z.enum(PROJECT_TYPES),
        sector: z.enum(SECTORS),
        status: Status,
        country: nullableText,
        countries: z.array(z.string()).optional(),
        places: z.array(z.string()),
        organizations: z.array(z.object({ name: z.string(), role: Role })),
        capacity: z.array(Capacity),
        amount: Amount.nullable(),
        evidence: z.array(Evidence),
      }),
    ),
    events: z.array(
      z.object({
        type: z.enum(EVENT_TYPES),
        date: isoDate,
        participants: z.array(z.string()),
        organizations: z.array(z.string()),
        projects: z.array(z.string()),
        evidence: z.array(Evidence),
      }),
    ),
  }),
  'Extraction JSON v1 of one document (spec: extraction-v1.md).',
);

export const DocumentDetail = component(
  'DocumentDetail',
  DocumentRow.extend({ text: z.string(), extraction: Extraction }),
  'A stored document with its normalised text and extraction.',
);

export const SearchHit = component(
  'SearchHit',
  z.object({
    kind: z.enum(['project', 'organization', 'person', 'document']),
    id: z.string().meta({ description: 'A public id for records; the numeric id, as text, for documents.' }),
    name: z.string(),
    snippet: z.string(),
  }),
  'One search result; `kind` and `id` say which route shows it in full.',
);

/** A free-form JSON object (the OpenAPI document itself). */
export const JsonObject = z.record(z.string(), z.unknown());

// Compile-time drift check: each schema's output type and the Store's type must be
// assignable both ways.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameShapes: [
  Same<z.output<typeof DocumentRef>, store.DocumentRef>,
  Same<z.output<typeof ProjectSummary>, store.ProjectSummary>,
  Same<z.output<typeof ProjectDetail>, store.ProjectDetail>,
  Same<z.output<typeof OrganizationRow>, store.OrganizationRow>,
  Same<z.output<typeof PersonRow>, store.PersonRow>,
  Same<z.output<typeof DocumentRow>, store.DocumentRow>,
  Same<z.output<typeof DocumentDetail>, store.DocumentDetail>,
  Same<z.output<typeof Extraction>, nlp.Extraction>,
  Same<z.output<typeof SearchHit>, store.SearchHit>,
  Same<z.output<typeof CurationAct>, store.CurationAct>,
] = [true, true, true, true, true, true, true, true, true, true];
void sameShapes;
