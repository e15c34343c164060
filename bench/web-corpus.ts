// Synthetic register documents for the web benchmark: short wire-style articles, each with
// the extraction an engine would give (projects with partners, places with coordinates,
// figures, evidence offsets computed from the text), ready for Store.addDocument. Built
// directly rather than extracted, so 50,000 projects take seconds, not an hour; they still go
// through the store's own resolution and indexes, so the register is shaped like a real one.
// Dates rise with the index, so documents arrive in canonical order and nothing is replayed.

import { createHash } from 'node:crypto';
import type { Extraction, Project } from '../src/nlp/extraction.js';
import type { NewDocument } from '../src/store/store.js';

const COUNTRIES: [string, string, number, number][] = [
  ['KZ', 'Kazakhstan', 48, 67], ['UZ', 'Uzbekistan', 41, 64], ['KG', 'Kyrgyzstan', 41, 75], ['TJ', 'Tajikistan', 39, 71],
  ['TM', 'Turkmenistan', 39, 59], ['AZ', 'Azerbaijan', 40.5, 47.5], ['GE', 'Georgia', 42, 43.5], ['AM', 'Armenia', 40, 45],
  ['TR', 'Turkey', 39, 35], ['IR', 'Iran', 32, 53], ['PK', 'Pakistan', 30, 70], ['IN', 'India', 21, 78], ['BD', 'Bangladesh', 24, 90],
  ['MN', 'Mongolia', 46, 105], ['CN', 'China', 35, 103], ['VN', 'Vietnam', 16, 107], ['ID', 'Indonesia', -2, 118], ['MY', 'Malaysia', 3, 102],
  ['KE', 'Kenya', 0.5, 38], ['TZ', 'Tanzania', -6, 35], ['ET', 'Ethiopia', 9, 39], ['EG', 'Egypt', 26, 30], ['MA', 'Morocco', 32, -6],
  ['NG', 'Nigeria', 9, 8], ['ZA', 'South Africa', -29, 24], ['BR', 'Brazil', -10, -52], ['AR', 'Argentina', -34, -64], ['PE', 'Peru', -9, -75],
  ['RO', 'Romania', 46, 25], ['RS', 'Serbia', 44, 21], ['PL', 'Poland', 52, 19], ['SA', 'Saudi Arabia', 24, 45], ['IQ', 'Iraq', 33, 44],
  ['OM', 'Oman', 21, 57], ['LK', 'Sri Lanka', 7.8, 80.7], ['NP', 'Nepal', 28, 84], ['LA', 'Laos', 18, 103], ['KH', 'Cambodia', 12.5, 105],
];

/** Facility kinds as [type, sector, noun, capacity unit, capacity range]. */
const KINDS: [Project['type'], Project['sector'], string, string, number][] = [
  ['solar_power_plant', 'energy.renewables', 'Solar Park', 'MW', 900], ['wind_power_plant', 'energy.renewables', 'Wind Farm', 'MW', 700],
  ['hydro_power_plant', 'energy.power', 'Hydropower Plant', 'MW', 2000], ['thermal_power_plant', 'energy.power', 'Power Station', 'MW', 1500],
  ['transmission_line', 'energy.grid', 'Transmission Line', 'km', 600], ['pipeline', 'energy.oil_gas', 'Gas Pipeline', 'km', 1200],
  ['refinery', 'energy.oil_gas', 'Refinery', 't', 12_000_000], ['railway', 'transport.rail', 'Railway', 'km', 900],
  ['road', 'transport.road', 'Highway', 'km', 500], ['port', 'transport.maritime', 'Container Terminal', 'TEU', 2_000_000],
  ['airport', 'transport.air', 'Airport', 'passengers', 20_000_000], ['logistics_hub', 'transport.logistics', 'Logistics Hub', 'm2', 400_000],
  ['data_center', 'digital', 'Data Centre', 'MW', 300], ['fertilizer_plant', 'chemicals', 'Urea Plant', 't', 1_500_000],
  ['mine', 'mining', 'Copper Mine', 't', 5_000_000], ['hospital', 'health', 'Regional Hospital', 'beds', 900],
  ['water_supply', 'water', 'Water Supply Scheme', 'm3', 500_000], ['industrial_zone', 'industry', 'Industrial Park', 'ha', 3000],
];

const STATUSES: Project['status'][] = ['announced', 'agreed', 'construction', 'operating', 'completed', 'cancelled'];
const ROLES: Project['organizations'][number]['role'][] = ['developer', 'financier', 'contractor', 'supplier', 'operator', 'partner'];
const SYLLABLES = ['ka', 'ra', 'tau', 'zhan', 'mir', 'bek', 'sol', 'nor', 'var', 'tel', 'os', 'lin', 'dor', 'sun', 'ar', 'qa', 'bal', 'ken', 'tur', 'ma'];
const ORG_WORDS = ['Holdings', 'Energy', 'Infrastructure', 'Development Bank', 'Construction', 'Capital', 'Engineering', 'Logistics', 'Resources', 'Investment Fund'];

/** Deterministic pseudo-random numbers (mulberry32), so a seed always gives the same register. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export interface WebCorpusOptions { documents: number; projectsPerDocument: number; organizations?: number; seed?: number }

/** Yields the documents one at a time, so 10,000 of them never sit in memory together. */
export function* webCorpus(opts: WebCorpusOptions): Generator<NewDocument> {
  const rnd = random(opts.seed ?? 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)];
  const word = () => capital(Array.from({ length: 2 + Math.floor(rnd() * 2) }, () => pick(SYLLABLES)).join(''));
  const orgs = Array.from({ length: opts.organizations ?? 3000 }, (_, i) => `${word()} ${pick(ORG_WORDS)} ${i}`);
  const start = Date.UTC(1990, 0, 1);
  for (let d = 0; d < opts.documents; d++) {
    // One day per document: rising dates keep the canonical order, so no replay is needed.
    const published = new Date(start + d * 86_400_000).toISOString().slice(0, 10);
    const [code, countryName, lat0, lon0] = pick(COUNTRIES);
    const sentences: string[] = [];
    const projects: (Omit<Project, 'evidence'> & { sentence: string })[] = [];
    const organizations = new Set<string>();
    const places: Extraction['places'] = [{ name: countryName, kind: 'country', country: code, lat: lat0, lon: lon0 }];
    for (let p = 0; p < opts.projectsPerDocument; p++) {
      const [type, sector, noun, unit, range] = pick(KINDS);
      const town = `${word()}${pick(['abad', 'kent', 'pur', 'grad', 'ville', 'polis'])}`;
      const name = `${town} ${noun} ${d * opts.projectsPerDocument + p}`;
      const partners = [pick(orgs), pick(orgs)].filter((o, i, all) => all.indexOf(o) === i);
      const capacity = Math.round(rnd() * range) + 1;
      const amount = Math.round(rnd() * 3000) + 10;
      const sentence = `${partners[0]} and ${partners[1] ?? 'its partners'} agreed to build the ${capacity} ${unit} ${name} near ${town} in ${countryName}, a project valued at $${amount} million.`;
      sentences.push(sentence);
      partners.forEach((o) => organizations.add(o));
      places.push({ name: town, kind: 'city', country: code, lat: lat0 + (rnd() - 0.5) * 4, lon: lon0 + (rnd() - 0.5) * 6 });
      projects.push({
        name, type, sector, status: pick(STATUSES), country: code, places: [town],
        organizations: partners.map((o, i) => ({ name: o, role: i === 0 ? 'developer' : pick(ROLES) })),
        capacity: [{ value: capacity, unit, text: `${capacity} ${unit}` }],
        amount: { value: amount * 1_000_000, currency: 'USD', qualifier: 'exact', text: `$${amount} million` },
        sentence,
      });
    }
    const title = `${projects[0].name} and ${projects.length - 1} more projects agreed in ${countryName}`;
    const text = `${title}\n\n${sentences.join('\n\n')}`;
    const extraction: Extraction = {
      schema: 'corridor.extraction/1',
      document: { path: `bench/doc-${d}.txt`, title, published, source: 'Bench Wire', language: 'en', url: null },
      text,
      people: [],
      organizations: [...organizations].map((name) => ({ name, aliases: [], country: null })),
      places,
      projects: projects.map(({ sentence, ...p }) => {
        const at = text.indexOf(sentence);
        return { ...p, evidence: [{ start: at, end: at + sentence.length }] };
      }),
      events: [],
    };
    yield {
      input: `bench/doc-${d}.txt`, path: `bench/doc-${d}.txt`, kind: 'text', text,
      meta: { title, published, source: 'Bench Wire', url: null },
      contentHash: createHash('sha256').update(text).digest('hex'),
      extraction,
    };
  }
}
