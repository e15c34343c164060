// A real SQLite register filled with hand-written, invented articles, served over real HTTP
// on 127.0.0.1. Evidence offsets are computed from the text, so they always point at the
// sentence they name.

import { createHash } from 'node:crypto';
import type { Evidence, Extraction, Project } from '../../src/nlp/extraction.js';
import { startServer } from '../../src/api/server.js';
import { openTestStore } from '../store/engines.js';
import type { NewDocument, Store } from '../../src/store/store.js';

export function span(text: string, sentence: string): Evidence {
  const start = text.indexOf(sentence);
  if (start < 0) throw new Error(`fixture: sentence not in text: ${sentence}`);
  return { start, end: start + sentence.length };
}

type ProjectInput = Omit<Project, 'evidence'> & { sentences: string[] };

function makeDoc(
  meta: { path: string; title: string; published: string; source: string; url: string | null },
  text: string,
  parts: Pick<Extraction, 'people' | 'organizations' | 'places' | 'events'> & { projects: ProjectInput[] },
): NewDocument {
  const extraction: Extraction = {
    schema: 'corridor.extraction/1',
    document: { path: meta.path, title: meta.title, published: meta.published, source: meta.source, language: 'en', url: meta.url },
    text,
    people: parts.people,
    organizations: parts.organizations,
    places: parts.places,
    projects: parts.projects.map(({ sentences, ...p }) => ({ ...p, evidence: sentences.map((s) => span(text, s)) })),
    events: parts.events,
  };
  return {
    input: meta.path,
    path: meta.path,
    kind: 'text',
    text,
    meta: { title: meta.title, published: meta.published, source: meta.source, url: meta.url },
    contentHash: createHash('sha256').update(text).digest('hex'),
    extraction,
  };
}

// Article one: a solar park under construction and a water works announced, both in Uzbekistan.
export const SOLAR_P1 =
  'TASHKENT, March 10 (Steppe Wire) - Lumen Grid Holdings began construction of the 300 MW Aralkum Solar Park in Karakalpakstan on Monday.';
export const SOLAR_P2 =
  'The $250 million plant is financed by Silk Meridian Bank, its chief executive Farida Osmonova said.';
export const WATER_P3 = 'Separately, Blue Basin Utilities announced an upgrade of the Nukus Water Works.';
const TEXT_ONE = `${SOLAR_P1}\n\n${SOLAR_P2} The bank did not give the loan tenor.\n\n${WATER_P3}`;

// Article two: a railway contract in Kenya, financed by the same bank.
export const RAIL_P1 =
  'NAIROBI, June 2 (Rift Daily) - Rift Rail Consortium signed a contract to build the 120 km Tana Valley Railway in Kenya.';
export const RAIL_P2 = 'Silk Meridian Bank will lend $400 million for the line, said Amina Otieno, chair of Rift Rail Consortium.';
const TEXT_TWO = `${RAIL_P1}\n\nWork starts next year. ${RAIL_P2}\n\nA <script>alert("x")</script> tag in an article stays text.`;

export const DOC_ONE = makeDoc(
  { path: 'news/aralkum.txt', title: 'Aralkum solar park breaks ground', published: '2025-03-10', source: 'Steppe Wire', url: 'https://steppe.example/aralkum' },
  TEXT_ONE,
  {
    people: [{ name: 'Farida Osmonova', aliases: ['Osmonova'], roles: [{ title: 'chief executive', organization: 'Silk Meridian Bank' }] }],
    organizations: [
      { name: 'Lumen Grid Holdings', aliases: ['Lumen Grid'], country: 'UZ' },
      { name: 'Silk Meridian Bank', aliases: ['SMB'], country: null },
      { name: 'Blue Basin Utilities', aliases: [], country: 'UZ' },
    ],
    places: [
      { name: 'Uzbekistan', kind: 'country', country: 'UZ' },
      { name: 'Karakalpakstan', kind: 'region', country: 'UZ' },
      { name: 'Nukus', kind: 'city', country: 'UZ' },
    ],
    projects: [
      {
        name: 'Aralkum Solar Park',
        type: 'solar_power_plant',
        sector: 'energy.renewables',
        status: 'construction',
        country: 'UZ',
        places: ['Karakalpakstan'],
        organizations: [
          { name: 'Lumen Grid Holdings', role: 'developer' },
          { name: 'Silk Meridian Bank', role: 'financier' },
        ],
        capacity: [{ value: 300, unit: 'MW', text: '300 MW' }],
        amount: { value: 250_000_000, currency: 'USD', qualifier: 'exact', text: '$250 million' },
        sentences: [SOLAR_P1, SOLAR_P2],
      },
      {
        name: 'Nukus Water Works upgrade',
        type: 'water_supply',
        sector: 'water',
        status: 'announced',
        country: 'UZ',
        places: ['Nukus'],
        organizations: [{ name: 'Blue Basin Utilities', role: 'developer' }],
        capacity: [],
        amount: null,
        sentences: [WATER_P3],
      },
    ],
    events: [],
  },
);

export const DOC_TWO = makeDoc(
  { path: 'news/tana.txt', title: 'Tana Valley railway deal signed', published: '2025-06-02', source: 'Rift Daily', url: null },
  TEXT_TWO,
  {
    people: [{ name: 'Amina Otieno', aliases: ['Otieno'], roles: [{ title: 'chair', organization: 'Rift Rail Consortium' }] }],
    organizations: [
      { name: 'Rift Rail Consortium', aliases: [], country: 'KE' },
      { name: 'Silk Meridian Bank', aliases: [], country: null },
    ],
    places: [
      { name: 'Kenya', kind: 'country', country: 'KE' },
      { name: 'Tana Valley', kind: 'region', country: 'KE' },
    ],
    projects: [
      {
        name: 'Tana Valley Railway',
        type: 'railway',
        sector: 'transport.rail',
        status: 'agreed',
        country: 'KE',
        places: ['Tana Valley'],
        organizations: [
          { name: 'Rift Rail Consortium', role: 'contractor' },
          { name: 'Silk Meridian Bank', role: 'financier' },
        ],
        capacity: [{ value: 120, unit: 'km', text: '120 km' }],
        amount: { value: 400_000_000, currency: 'USD', qualifier: 'exact', text: '$400 million' },
        sentences: [RAIL_P1, RAIL_P2],
      },
    ],
    events: [
      {
        type: 'agreement',
        date: '2025-06-02',
        participants: ['Amina Otieno'],
        organizations: ['Rift Rail Consortium', 'Silk Meridian Bank'],
        projects: ['Tana Valley Railway'],
        evidence: [span(TEXT_TWO, RAIL_P1)],
      },
    ],
  },
);

export interface Served {
  url: string;
  store: Store;
  /** The server's API token, which every write needs. */
  token: string;
  get(path: string): Promise<{ status: number; headers: Headers; body: any }>;
  /** A JSON POST carrying the API token. */
  post(path: string, body: unknown): Promise<{ status: number; body: any }>;
  close(): Promise<void>;
}

/** Opens a fresh register in a temp folder, adds the documents and serves it on a free port. */
export async function serve(docs: NewDocument[] = [DOC_ONE, DOC_TWO]): Promise<Served> {
  // this pass's engine (test/store/engines.ts): SQLite, or PostgreSQL on the second pass
  const { store } = await openTestStore();
  for (const doc of docs) await store.addDocument(doc);
  const server = await startServer(store, { port: 0 });
  return {
    url: server.url,
    store,
    token: server.token,
    async post(path, body) {
      const r = await fetch(server.url + path, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${server.token}` },
        body: JSON.stringify(body),
      });
      return { status: r.status, body: await r.json() };
    },
    async get(path) {
      const response = await fetch(server.url + path);
      const text = await response.text();
      let body: unknown = text;
      if ((response.headers.get('content-type') ?? '').startsWith('application/json')) body = JSON.parse(text);
      return { status: response.status, headers: response.headers, body };
    },
    async close() {
      await server.close();
      await store.close();
    },
  };
}
