// The Extraction JSON v1 schema (schema/extraction-v1.schema.json) and validateExtraction():
// every gold file validates, the schema's vocabularies are the engine's, and hand-written invalid
// objects are rejected with a message that names the JSON path.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  EVENT_TYPES, PLACE_KINDS, PROJECT_TYPES, QUALIFIERS, ROLES, SECTORS, STATUSES,
} from '../../src/nlp/extraction.js';
import { extractionSchema, extractionSchemaPath, validateExtraction, validateSchema, type ValidationResult } from '../../src/nlp/validate-extraction.js';

const DEV = '/work/shared/corpus/dev';
const HELDOUT = new URL('../fixtures/heldout/', import.meta.url).pathname;
const TUNING = new URL('../fixtures/tuning/', import.meta.url).pathname;
const FRESH = new URL('../fixtures/fresh/', import.meta.url).pathname;
const FRESH2 = new URL('../fixtures/fresh2/', import.meta.url).pathname;
const FRESH3 = new URL('../fixtures/fresh3/', import.meta.url).pathname;
const FRESH4 = new URL('../fixtures/fresh4/', import.meta.url).pathname;

function goldFiles(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.gold.json')).sort() : [];
}

function errorsOf(r: ValidationResult): string[] {
  return r.ok ? [] : r.errors;
}

/** Asserts rejection and that some message contains every given fragment. */
function rejects(r: ValidationResult, ...fragments: string[]): void {
  assert.equal(r.ok, false, 'expected the object to be rejected');
  const errors = errorsOf(r);
  assert.ok(
    errors.some((e) => fragments.every((f) => e.includes(f))),
    `no message contains ${JSON.stringify(fragments)}; got:\n  ${errors.join('\n  ')}`,
  );
}

function accepts(r: ValidationResult): void {
  assert.deepEqual(errorsOf(r), [], 'expected no errors');
  assert.equal(r.ok, true);
}

const TEXT = 'ASTANA, July 2 - Kassym-Jomart Tokayev met Dai Houliang, chairman of China National Petroleum '
  + 'Corporation (CNPC). They agreed to expand the Shymkent Oil Refinery to 12 million tons for over $2 billion.';

/** A small, valid engine-style extraction over TEXT (fresh copy per call). */
function valid(): any {
  const span = (s: string) => { const start = TEXT.indexOf(s); assert.ok(start >= 0, s); return { start, end: start + s.length }; };
  return {
    schema: 'corridor.extraction/1',
    document: { path: 'a.txt', title: null, published: '2024-07-02', source: 'Wire', language: 'en' },
    text: TEXT,
    people: [
      { name: 'Kassym-Jomart Tokayev', aliases: ['Tokayev'], roles: [], evidence: [span('Kassym-Jomart Tokayev')] },
      { name: 'Dai Houliang', aliases: [], roles: [{ title: 'chairman', organization: 'China National Petroleum Corporation' }], evidence: [span('Dai Houliang')] },
    ],
    organizations: [
      { name: 'China National Petroleum Corporation', aliases: ['CNPC'], country: 'CN', evidence: [span('China National Petroleum Corporation'), span('CNPC')] },
    ],
    places: [
      { name: 'Astana', aliases: ['Nur-Sultan'], kind: 'city', country: 'KZ', lat: 51.17, lon: 71.45, evidence: [span('ASTANA')] },
      { name: 'Shymkent', kind: 'city', country: 'KZ' },
    ],
    projects: [
      {
        name: 'Shymkent Oil Refinery expansion', type: 'refinery', sector: 'energy.oil_gas', status: 'agreed', country: 'KZ',
        places: ['Shymkent'],
        organizations: [{ name: 'CNPC', role: 'partner' }],
        capacity: [{ value: 12000000, unit: 't', text: '12 million tons', qualifier: 'exact', item: 'crude oil' }],
        amount: { value: 2000000000, currency: 'USD', qualifier: 'over', text: 'over $2 billion' },
        evidence: [span('They agreed to expand the Shymkent Oil Refinery to 12 million tons for over $2 billion.')],
      },
    ],
    events: [
      {
        type: 'meeting', date: '2024-07-02', participants: ['Kassym-Jomart Tokayev', 'Dai Houliang'],
        organizations: ['China National Petroleum Corporation'], projects: ['Shymkent Oil Refinery expansion'],
        evidence: [span('Kassym-Jomart Tokayev met Dai Houliang')],
      },
    ],
  };
}

// --- the schema file ------------------------------------------------------------------------------

test('the schema file is found from the module and is a described draft-07 schema with an $id', () => {
  assert.ok(extractionSchemaPath().endsWith(join('schema', 'extraction-v1.schema.json')));
  const s = extractionSchema();
  assert.equal(s.$schema, 'http://json-schema.org/draft-07/schema#');
  assert.equal(typeof s.$id, 'string');
  assert.ok(String(s.description).length > 40);
  assert.deepEqual(s.required, ['schema', 'document', 'people', 'organizations', 'places', 'projects', 'events']);
});

test('the schema vocabularies are the engine constants (sector: SECTORS plus their top levels)', () => {
  const defs = extractionSchema().definitions as Record<string, { enum: string[] }>;
  assert.deepEqual(defs.projectType.enum, [...PROJECT_TYPES]);
  assert.deepEqual(defs.status.enum, [...STATUSES]);
  assert.deepEqual(defs.role.enum, [...ROLES]);
  assert.deepEqual(defs.eventType.enum, [...EVENT_TYPES]);
  assert.deepEqual(defs.placeKind.enum, [...PLACE_KINDS]);
  assert.deepEqual(defs.qualifier.enum, [...QUALIFIERS]);
  const tops = [...new Set(SECTORS.filter((s) => s.includes('.')).map((s) => s.split('.')[0]))];
  assert.deepEqual([...defs.sector.enum].sort(), [...SECTORS, ...tops].sort());
});

// --- gold files -------------------------------------------------------------------------------------

const devGold = goldFiles(DEV);

test('the dev corpus has its gold files', { skip: !existsSync(DEV) && 'no dev corpus' }, () => {
  assert.ok(devGold.length >= 14, `only ${devGold.length} gold files in ${DEV}`);
});

for (const [dir, files] of [[DEV, devGold], [HELDOUT, goldFiles(HELDOUT)], [TUNING, goldFiles(TUNING)], [FRESH, goldFiles(FRESH)], [FRESH2, goldFiles(FRESH2)], [FRESH3, goldFiles(FRESH3)], [FRESH4, goldFiles(FRESH4)]] as const) {
  for (const f of files) {
    test(`gold ${f} validates against the schema alone, and its cross-references hold`, () => {
      const gold: unknown = JSON.parse(readFileSync(join(dir, f), 'utf8'));
      accepts(validateSchema(gold));
      accepts(validateExtraction(gold, undefined, { requireEvidence: false }));
    });
  }
}

test('a gold-shaped object without evidence is fine for the schema but not as engine output', () => {
  const x = valid();
  delete x.projects[0].evidence;
  delete x.events[0].evidence;
  delete x.document.path;
  delete x.text;
  accepts(validateSchema(x));
  const r = validateExtraction(x);
  rejects(r, '/projects/0/evidence', 'required');
  rejects(r, '/events/0/evidence', 'required');
  const empty = valid();
  empty.projects[0].evidence = [];
  rejects(validateExtraction(empty), '/projects/0/evidence', 'at least one');
});

// --- valid objects ----------------------------------------------------------------------------------

test('the hand-written extraction is valid, with and without the text argument', () => {
  accepts(validateSchema(valid()));
  accepts(validateExtraction(valid()));
  accepts(validateExtraction(valid(), TEXT));
  const noText = valid();
  delete noText.text;
  accepts(validateExtraction(noText, TEXT));
  accepts(validateExtraction(noText)); // no text: offsets checked for order only
});

test('extra fields are allowed everywhere', () => {
  const x = valid();
  x.gold_notes = 'anything';
  x.document.extra = 1;
  x.people[0].nickname = 'KJT';
  x.people[1].roles[0].since = 2020;
  x.organizations[0].website = 'https://example.com';
  x.places[0].population = 1;
  x.projects[0].notes = 'x';
  x.projects[0].project_key = 'kz-shymkent-refinery-expansion';
  x.projects[0].accept_types = ['petrochemical_plant'];
  x.projects[0].accept_sectors = ['energy'];
  x.projects[0].accept_status = ['announced'];
  x.projects[0].amount_alternatives = [{ value: 1, currency: 'KZT', qualifier: 'about', text: 'KZT 1' }];
  x.projects[0].capacity[0].per = 'year';
  x.projects[0].amount.conversion = true;
  x.projects[0].organizations[0].share = 0.5;
  x.projects[0].evidence[0].label = 'lead';
  x.events[0].date_approx = '2024-07';
  x.events[0].date_reported = '2024-07-03';
  x.events[0].place = 'Astana';
  accepts(validateExtraction(x));
});

test('nullable and optional fields: null amount, null country/date/title, top-level sector, place without aliases, range with min', () => {
  const x = valid();
  x.projects[0].amount = null;
  x.projects[0].country = null;
  x.projects[0].countries = ['KZ', 'CN'];
  x.projects[0].sector = 'energy';
  x.projects[0].capacity.push({ value: 12, min: 10, unit: 'bbl/d', text: '10-12' });
  x.events[0].date = null;
  x.events[0].date_approx = '2025';
  x.document.published = null;
  x.document.source = null;
  x.document.path = null;
  x.organizations[0].country = null;
  x.places[0].country = null;
  delete x.places[0].lat;
  delete x.places[0].lon;
  x.projects[0].places = ['Nur-Sultan']; // an alias is a fine reference
  x.events[0].participants = ['Tokayev'];
  accepts(validateExtraction(x));
  const t = valid();
  t.projects[0].sector = 'transport';
  t.projects[0].type = 'railway';
  accepts(validateSchema(t));
});

// --- invalid objects: the schema ---------------------------------------------------------------------

test('bad status is rejected at its path with the allowed values', () => {
  const x = valid();
  x.projects[0].status = 'started';
  const r = validateExtraction(x);
  rejects(r, '/projects/0/status', 'announced', '"started"');
});

test('bad sector is rejected: unknown subsector, unknown top level, wrong case', () => {
  for (const sector of ['energy.coal', 'space', 'Energy.oil_gas', 'energy.', 'oil_gas', '']) {
    const x = valid();
    x.projects[0].sector = sector;
    rejects(validateSchema(x), '/projects/0/sector', 'energy.oil_gas', JSON.stringify(sector));
  }
});

test('bad type, role, event type, place kind and qualifier are rejected', () => {
  const cases: [(x: any) => void, string][] = [
    [(x) => { x.projects[0].type = 'factory'; }, '/projects/0/type'],
    [(x) => { x.projects[0].organizations[0].role = 'sponsor'; }, '/projects/0/organizations/0/role'],
    [(x) => { x.events[0].type = 'summit'; }, '/events/0/type'],
    [(x) => { x.places[0].kind = 'village'; }, '/places/0/kind'],
    [(x) => { x.projects[0].amount.qualifier = 'approximately'; }, '/projects/0/amount/qualifier'],
    [(x) => { x.projects[0].capacity[0].qualifier = 'at least'; }, '/projects/0/capacity/0/qualifier'],
  ];
  for (const [mutate, path] of cases) {
    const x = valid();
    mutate(x);
    rejects(validateExtraction(x), path, 'must be one of');
  }
});

test('missing or blank names are rejected at their path', () => {
  const cases: [(x: any) => void, string][] = [
    [(x) => { delete x.people[0].name; }, '/people/0/name'],
    [(x) => { delete x.organizations[0].name; }, '/organizations/0/name'],
    [(x) => { delete x.places[1].name; }, '/places/1/name'],
    [(x) => { delete x.projects[0].name; }, '/projects/0/name'],
    [(x) => { delete x.projects[0].organizations[0].name; }, '/projects/0/organizations/0/name'],
  ];
  for (const [mutate, path] of cases) {
    const x = valid();
    mutate(x);
    rejects(validateExtraction(x), path, 'is required');
  }
  const blank = valid();
  blank.people[1].name = '  ';
  rejects(validateSchema(blank), '/people/1/name');
  const empty = valid();
  empty.projects[0].name = '';
  rejects(validateSchema(empty), '/projects/0/name');
});

test('missing required fields and wrong types are rejected', () => {
  const cases: [(x: any) => void, string, string][] = [
    [(x) => { delete x.events; }, '/events', 'is required'],
    [(x) => { delete x.document.language; }, '/document/language', 'is required'],
    [(x) => { delete x.organizations[0].aliases; }, '/organizations/0/aliases', 'is required'],
    [(x) => { delete x.organizations[0].country; }, '/organizations/0/country', 'is required'],
    [(x) => { delete x.projects[0].amount; }, '/projects/0/amount', 'is required'],
    [(x) => { delete x.projects[0].amount.currency; }, '/projects/0/amount/currency', 'is required'],
    [(x) => { delete x.events[0].date; }, '/events/0/date', 'is required'],
    [(x) => { delete x.people[1].roles[0].organization; }, '/people/1/roles/0/organization', 'is required'],
    [(x) => { x.people = {}; }, '/people', 'must be array'],
    [(x) => { x.projects[0].places = 'Shymkent'; }, '/projects/0/places', 'must be array'],
    [(x) => { x.projects[0].capacity[0].value = '12'; }, '/projects/0/capacity/0/value', 'must be number'],
    [(x) => { x.projects[0].amount.value = -5; }, '/projects/0/amount/value', '>= 0'],
    [(x) => { x.places[0].lat = 123; }, '/places/0/lat', '<= 90'],
    [(x) => { x.schema = 'corridor.extraction/2'; }, '/schema', 'corridor.extraction/1'],
  ];
  for (const [mutate, path, fragment] of cases) {
    const x = valid();
    mutate(x);
    rejects(validateExtraction(x), path, fragment);
  }
  for (const notAnObject of [null, [], 'text', 42, undefined]) rejects(validateExtraction(notAnObject), '/', 'must be object');
});

test('codes and dates must have their ISO shape', () => {
  const cases: [(x: any) => void, string, string][] = [
    [(x) => { x.organizations[0].country = 'cn'; }, '/organizations/0/country', 'ISO 3166-1'],
    [(x) => { x.places[0].country = 'KAZ'; }, '/places/0/country', 'ISO 3166-1'],
    [(x) => { x.projects[0].country = 'Kazakhstan'; }, '/projects/0/country', 'ISO 3166-1'],
    [(x) => { x.projects[0].countries = ['KZ', 'China']; }, '/projects/0/countries/1', 'ISO 3166-1'],
    [(x) => { x.projects[0].amount.currency = 'usd'; }, '/projects/0/amount/currency', 'ISO 4217'],
    [(x) => { x.projects[0].amount.currency = '$'; }, '/projects/0/amount/currency', 'ISO 4217'],
    [(x) => { x.document.published = '2024-7-2'; }, '/document/published', 'YYYY-MM-DD'],
    [(x) => { x.document.published = '2024-07-02T10:00:00Z'; }, '/document/published', 'YYYY-MM-DD'],
    [(x) => { x.events[0].date = 'July 2, 2024'; }, '/events/0/date', 'YYYY-MM-DD'],
    [(x) => { x.events[0].date = '2024-13-01'; }, '/events/0/date', 'YYYY-MM-DD'],
    [(x) => { x.events[0].date_approx = 'Sept 2025'; }, '/events/0/date_approx', 'YYYY-MM'],
  ];
  for (const [mutate, path, fragment] of cases) {
    const x = valid();
    mutate(x);
    rejects(validateExtraction(x), path, fragment);
  }
});

// --- invalid objects: the checks in code ------------------------------------------------------------

test('a negative offset is rejected', () => {
  const x = valid();
  x.people[0].evidence[0].start = -1;
  rejects(validateSchema(x), '/people/0/evidence/0/start', '>= 0');
  const y = valid();
  y.projects[0].evidence[0] = { start: 3, end: -2 };
  rejects(validateExtraction(y), '/projects/0/evidence/0/end', '>= 0');
  const z = valid();
  z.events[0].evidence[0].start = 1.5;
  rejects(validateExtraction(z), '/events/0/evidence/0/start', 'integer');
});

test('an end before its start is rejected (the schema cannot say it)', () => {
  const x = valid();
  x.events[0].evidence[0] = { start: 10, end: 4 };
  accepts(validateSchema(x));
  rejects(validateExtraction(x), '/events/0/evidence/0', 'end 4 is before start 10');
  const empty = valid();
  empty.projects[0].evidence[0] = { start: 7, end: 7 };
  accepts(validateExtraction(empty)); // an empty span is ordered
});

test('an end beyond the text is rejected, whether the text is passed or carried in x.text', () => {
  const x = valid();
  x.organizations[0].evidence[1] = { start: TEXT.length - 2, end: TEXT.length + 1 };
  accepts(validateSchema(x));
  rejects(validateExtraction(x), '/organizations/0/evidence/1', 'outside the text', `length ${TEXT.length}`);
  const noText = structuredClone(x);
  delete noText.text;
  accepts(validateExtraction(noText)); // nothing to check against
  rejects(validateExtraction(noText, TEXT), '/organizations/0/evidence/1', 'outside the text');
  const atEnd = valid();
  atEnd.projects[0].evidence.push({ start: TEXT.length, end: TEXT.length });
  accepts(validateExtraction(atEnd));
  const start = valid();
  start.places[0].evidence[0] = { start: TEXT.length + 5, end: TEXT.length + 9 };
  rejects(validateExtraction(start), '/places/0/evidence/0', 'outside the text');
});

test('a text argument that differs from x.text is reported', () => {
  rejects(validateExtraction(valid(), TEXT + ' More.'), '/text', 'differs');
});

test('a project place that is not listed in places is rejected', () => {
  const x = valid();
  x.projects[0].places = ['Shymkent', 'Atyrau'];
  accepts(validateSchema(x));
  rejects(validateExtraction(x), '/projects/0/places/1', '"Atyrau"', '/places');
  const caseDiffers = valid();
  caseDiffers.projects[0].places = ['shymkent'];
  rejects(validateExtraction(caseDiffers), '/projects/0/places/0', '"shymkent"');
});

test('a project organisation, event participant, event organisation or event project that is not listed is rejected', () => {
  const cases: [(x: any) => void, string, string][] = [
    [(x) => { x.projects[0].organizations.push({ name: 'Sinopec', role: 'contractor' }); }, '/projects/0/organizations/1/name', '/organizations'],
    [(x) => { x.events[0].participants.push('Xi Jinping'); }, '/events/0/participants/2', '/people'],
    [(x) => { x.events[0].organizations = ['KazMunayGas']; }, '/events/0/organizations/0', '/organizations'],
    [(x) => { x.events[0].projects = ['Kenkiyak pipeline']; }, '/events/0/projects/0', '/projects'],
  ];
  for (const [mutate, path, list] of cases) {
    const x = valid();
    mutate(x);
    accepts(validateSchema(x));
    rejects(validateExtraction(x), path, 'is not the name or an alias', list);
  }
});

test('dates must be calendar days and a range minimum must not exceed its value', () => {
  const x = valid();
  x.document.published = '2023-02-29';
  x.events[0].date = '2024-04-31';
  accepts(validateSchema(x));
  const r = validateExtraction(x);
  rejects(r, '/document/published', 'not a calendar day');
  rejects(r, '/events/0/date', 'not a calendar day');
  const leap = valid();
  leap.document.published = '2024-02-29';
  accepts(validateExtraction(leap));
  const range = valid();
  range.projects[0].capacity[0].min = 13000000;
  rejects(validateExtraction(range), '/projects/0/capacity/0/min', 'above value');
});

test('every problem is reported, not just the first', () => {
  const x = valid();
  x.projects[0].status = 'started';
  x.projects[0].sector = 'energy.coal';
  x.projects[0].places = ['Atyrau'];
  x.events[0].evidence[0] = { start: 5, end: 2 };
  const errors = errorsOf(validateExtraction(x));
  assert.equal(errors.length, 4, errors.join('\n'));
});
