// Hand-written documents for the store tests: invented companies, places and people, with
// evidence offsets computed from the text so they always point at the right sentence.

import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Evidence, Extraction, ExtractedEvent, Organization, Person, Place, Project } from '../../src/nlp/extraction.js';
import type { NewDocument } from '../../src/store/store.js';

export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'corridor-store-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The span of `sentence` in `text` (throws when absent, so a typo fails loudly). */
export function span(text: string, sentence: string): Evidence {
  const start = text.indexOf(sentence);
  if (start < 0) throw new Error(`fixture: sentence not in text: ${sentence}`);
  return { start, end: start + sentence.length };
}

export interface DocInput {
  text: string;
  published?: string | null;
  title?: string | null;
  source?: string | null;
  path?: string | null;
  organizations?: Organization[];
  people?: Person[];
  places?: Place[];
  projects?: (Omit<Project, 'evidence' | 'capacity' | 'amount' | 'organizations' | 'places' | 'country'> & Partial<Project> & { sentences?: string[] })[];
  events?: ExtractedEvent[];
}

export function makeDoc(input: DocInput): NewDocument {
  const published = input.published ?? null;
  const title = input.title ?? null;
  const extraction: Extraction = {
    schema: 'corridor.extraction/1',
    document: { path: input.path ?? null, title, published, source: input.source ?? null, language: 'en' },
    people: input.people ?? [],
    organizations: input.organizations ?? [],
    places: input.places ?? [],
    projects: (input.projects ?? []).map(({ sentences, ...p }) => ({
      country: null, places: [], organizations: [], capacity: [], amount: null,
      ...p,
      evidence: p.evidence ?? (sentences ?? []).map((s) => span(input.text, s)),
    })),
    events: input.events ?? [],
  };
  return {
    input: input.path ?? '-',
    path: input.path ?? null,
    kind: 'text',
    text: input.text,
    meta: { title, published, source: input.source ?? null, url: null },
    contentHash: createHash('sha256').update(input.text).digest('hex'),
    extraction,
  };
}

// ---------------------------------------------------------------- a small invented corpus
// Five projects over three documents:
//   refinery   Beskol refinery (D1 announced -> D2 construction; NSPC by full name, then acronym)
//   wind       Kestrel's 100 MW farm in Zharsu Region (D1)  |  Aurora's 500 MW project there (D3)
//   solar      Sarydala Solar Park (D3, agreed, financed by a bank)
//   railway    Sarydala–Beskol railway (D2, operating)

const D1_TEXT = [
  'BESKOL, March 1. Northern Star Petroleum Corporation (NSPC) and Qazaq Refining JSC agreed to study an expansion of the Beskol Oil Refinery to 6 million tons a year.',
  'Chairman Arman Tolegenov said the study would finish in the autumn.',
  'Separately, Kestrel Renewables Ltd announced a 100 MW wind farm in Zharsu Region.',
  'Tolegenov said NSPC would also look at gas processing in Kazakhstan.',
].join(' ');

export const D1 = makeDoc({
  text: D1_TEXT,
  path: 'd1.txt',
  published: '2024-03-01',
  title: 'Northern Star and Qazaq Refining plan Beskol expansion',
  source: 'Steppe Courier',
  organizations: [
    { name: 'Northern Star Petroleum Corporation', aliases: ['NSPC'], country: 'CN' },
    { name: 'Qazaq Refining JSC', aliases: [], country: 'KZ' },
    { name: 'Kestrel Renewables Ltd', aliases: [], country: 'GB' },
  ],
  people: [
    { name: 'Arman Tolegenov', aliases: [], roles: [{ title: 'chairman', organization: 'Northern Star Petroleum Corporation' }] },
    { name: 'Tolegenov', aliases: [], roles: [] },
  ],
  places: [
    { name: 'Beskol', kind: 'city', country: 'KZ', lat: 44.1, lon: 70.2 },
    { name: 'Zharsu Region', aliases: ['Jarsu Region'], kind: 'region', country: 'KZ' },
    { name: 'Kazakhstan', kind: 'country', country: 'KZ' },
  ],
  projects: [
    {
      name: 'Beskol Oil Refinery expansion', type: 'refinery', sector: 'energy.oil_gas', status: 'announced', country: 'KZ',
      places: ['Beskol'],
      organizations: [{ name: 'Qazaq Refining JSC', role: 'developer' }, { name: 'NSPC', role: 'partner' }],
      capacity: [{ value: 6_000_000, unit: 't', text: '6 million tons', item: 'crude oil' }],
      sentences: ['Northern Star Petroleum Corporation (NSPC) and Qazaq Refining JSC agreed to study an expansion of the Beskol Oil Refinery to 6 million tons a year.'],
    },
    {
      name: 'Zharsu wind farm', type: 'wind_power_plant', sector: 'energy.renewables', status: 'announced', country: 'KZ',
      places: ['Zharsu Region'],
      organizations: [{ name: 'Kestrel Renewables Ltd', role: 'developer' }],
      capacity: [{ value: 100, unit: 'MW', text: '100 MW' }],
      sentences: ['Separately, Kestrel Renewables Ltd announced a 100 MW wind farm in Zharsu Region.'],
    },
  ],
  events: [{ type: 'agreement', date: '2024-03-01', participants: ['Arman Tolegenov'], organizations: ['NSPC', 'Qazaq Refining JSC'], projects: ['Beskol Oil Refinery expansion'], evidence: [span(D1_TEXT, 'Chairman Arman Tolegenov said the study would finish in the autumn.')] }],
});

const D2_TEXT = [
  'Construction of the Beskol refinery upgrade began on Tuesday, NSPC said.',
  'The upgraded plant will process 6 million tonnes of crude a year.',
  'The first trains on the Sarydala–Beskol railway began running last week, operated by JSC Steppe Rail.',
].join(' ');

export const D2 = makeDoc({
  text: D2_TEXT,
  path: 'd2.txt',
  published: '2025-06-10',
  title: 'Works begin on Beskol refinery upgrade',
  source: 'Caspian Business Wire',
  organizations: [
    { name: 'NSPC', aliases: [], country: null },
    { name: 'JSC Steppe Rail', aliases: [], country: 'KZ' },
  ],
  places: [
    { name: 'Beskol', kind: 'city', country: 'KZ' },
    { name: 'Sarydala', kind: 'city', country: 'UZ' },
  ],
  projects: [
    {
      name: 'Beskol refinery upgrade', type: 'refinery', sector: 'energy.oil_gas', status: 'construction', country: 'KZ',
      places: ['Beskol'],
      organizations: [{ name: 'NSPC', role: 'contractor' }],
      capacity: [{ value: 6_000_000, unit: 't', text: '6 million tonnes', item: 'crude oil' }],
      sentences: ['Construction of the Beskol refinery upgrade began on Tuesday, NSPC said.', 'The upgraded plant will process 6 million tonnes of crude a year.'],
    },
    {
      name: 'Sarydala–Beskol railway', type: 'railway', sector: 'transport.rail', status: 'operating', country: 'UZ', countries: ['UZ', 'KZ'],
      places: ['Sarydala', 'Beskol'],
      organizations: [{ name: 'JSC Steppe Rail', role: 'operator' }],
      sentences: ['The first trains on the Sarydala–Beskol railway began running last week, operated by JSC Steppe Rail.'],
    },
  ],
});

const D3_TEXT = [
  'Aurora Wind Power Co., Ltd. will build a 500 MW wind project in Zharsu Region, the regional akimat said.',
  'In Uzbekistan, the Meridian Development Bank signed a $150 million loan for the Sarydala Solar Park, a 200 MW plant near Sarydala.',
  'Ana Vuković, the bank’s vice-president, said the plant would open in 2027.',
].join(' ');

export const D3 = makeDoc({
  text: D3_TEXT,
  path: 'd3.txt',
  published: '2025-01-15',
  title: 'Aurora to build Zharsu wind plant; Sarydala solar loan signed',
  source: 'Steppe Courier',
  organizations: [
    { name: 'Aurora Wind Power Co., Ltd.', aliases: [], country: 'CN' },
    { name: 'Meridian Development Bank', aliases: [], country: null },
  ],
  people: [{ name: 'Ana Vuković', aliases: ['Vuković'], roles: [{ title: 'vice-president', organization: 'Meridian Development Bank' }] }],
  places: [
    { name: 'Zharsu Region', kind: 'region', country: 'KZ' },
    { name: 'Uzbekistan', kind: 'country', country: 'UZ' },
    { name: 'Sarydala', kind: 'city', country: 'UZ' },
  ],
  projects: [
    {
      name: 'Aurora Zharsu wind project', type: 'wind_power_plant', sector: 'energy.renewables', status: 'announced', country: 'KZ',
      places: ['Zharsu Region'],
      organizations: [{ name: 'Aurora Wind Power Co., Ltd.', role: 'developer' }],
      capacity: [{ value: 500, unit: 'MW', text: '500 MW' }],
      sentences: ['Aurora Wind Power Co., Ltd. will build a 500 MW wind project in Zharsu Region, the regional akimat said.'],
    },
    {
      name: 'Sarydala Solar Park', type: 'solar_power_plant', sector: 'energy.renewables', status: 'agreed', country: 'UZ',
      places: ['Sarydala'],
      organizations: [{ name: 'Meridian Development Bank', role: 'financier' }],
      capacity: [{ value: 200, unit: 'MW', text: '200 MW' }],
      amount: { value: 150_000_000, currency: 'USD', qualifier: 'exact', text: '$150 million' },
      sentences: ['In Uzbekistan, the Meridian Development Bank signed a $150 million loan for the Sarydala Solar Park, a 200 MW plant near Sarydala.'],
    },
  ],
  events: [{ type: 'agreement', date: null, participants: ['Ana Vuković'], organizations: ['Meridian Development Bank'], projects: ['Sarydala Solar Park'], evidence: [] }],
});
