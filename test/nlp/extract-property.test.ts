// Property tests on the engine entry point: whatever the input, extract() does not throw, its output
// is valid Extraction JSON v1 over its own text (schema, offsets, cross-references), and the same
// input always gives the same output.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { extract, type ExtractInput } from '../../src/nlp/extract.js';
import type { Extraction } from '../../src/nlp/extraction.js';
import { validateExtraction } from '../../src/nlp/validate-extraction.js';
import { existsSync, readdirSync } from 'node:fs';
import { readInput } from '../../src/ingest/read-inputs.js';
import { isFailure } from '../../src/ingest/document.js';
import { extractDocument } from '../../src/pipeline/ingest-documents.js';

// CORRIDOR_PROP_RUNS=5000 runs a longer hunt (the default keeps the file to a few seconds).
const RUNS = Number(process.env.CORRIDOR_PROP_RUNS) || 200;

// --- arbitraries ------------------------------------------------------------------------------------

/** YYYY-MM-DD for a real day (the ingest layer normalises dates before they reach the engine). */
const isoDay = fc
  .date({ min: new Date('1950-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const meta = {
  title: fc.option(fc.string({ unit: 'binary', maxLength: 80 }), { nil: undefined }),
  published: fc.oneof(isoDay, fc.constant(null), fc.constant(undefined)),
  source: fc.option(fc.string({ unit: 'binary', maxLength: 30 })),
  path: fc.option(fc.string({ maxLength: 30 })),
};

/** Arbitrary UTF-16 (lone surrogates included) plus the odd line break so paragraphs happen. */
const unicodeInput: fc.Arbitrary<ExtractInput> = fc.record({
  text: fc.string({
    unit: fc.oneof(
      { weight: 8, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
      { weight: 1, arbitrary: fc.constantFrom('\n', '\n\n', ' ', '. ', '\u00A0', '\u2029', '\uFEFF', '\r\n') },
    ),
    maxLength: 400,
  }),
  ...meta,
}, { requiredKeys: ['text'] });

const FIRST = ['Kassym-Jomart', 'Dai', 'Xi', 'Sadyr', 'Joko', 'Li', 'Aleksandar', 'Uhuru', 'Chen', 'Mbogo', 'Zhao', 'Han'];
const LAST = ['Tokayev', 'Houliang', 'Jinping', 'Japarov', 'Widodo', 'Keqiang', 'Vučić', 'Ngong', 'Habin', 'Lijian', 'Chunlin'];
const ORGS = ['China National Petroleum Corporation', 'State Power Investment Corporation', 'Samruk-Kazyna', 'Export-Import Bank of China',
  'China Railway International Group', 'Public Investment Fund', 'KazMunayGas', 'PowerChina', 'COSCO Shipping Ports Limited', 'Energy China'];
const ACRONYMS = ['CNPC', 'SPIC', 'KEGOC', 'PIF', 'KCIC', 'SCO', 'CPEC', 'KMG', 'BOOT', 'APEC', 'FEED'];
const PLACES = ['Shymkent', 'Astana', 'Pavlodar', 'Ekibastuz', 'Kazakhstan', 'China', 'Beijing', 'Turkistan', 'Turkestan', 'Chancay', 'Peru',
  'Naivasha', 'Kenya', 'Central Asia', 'Belgrade', 'Serbia', 'Zhambyl Region', 'Karot', 'Jakarta', 'Bandung', 'Saudi Arabia', 'Alma-Ata'];
const FACILITIES = ['wind farm', 'refinery', 'railway', 'solar plant', 'photovoltaic plant', 'hydropower plant', 'pipeline', 'port', 'bridge',
  'motorway', 'high-speed line', 'urea complex', 'data center', 'substation', 'locomotives', 'polyethylene plant', 'logistics hub'];
const VERBS = ['signed', 'met', 'agreed', 'launched', 'opened', 'visited', 'invested', 'will build', 'commissioned', 'discussed', 'financed', 'is building'];
const DATES = ['on Tuesday', 'on Friday', 'last year', 'last November', 'earlier this month', 'on July 2', 'on 2 July 2024', 'September last year',
  'in 2030', 'earlier today', 'on Thursday evening', 'in December 2014', 'on 31 February', 'by 2027'];
const FILLER = ['the', 'a', 'of', 'and', 'with', 'for', 'in', 'to', 'on', 'its', 'Chinese', 'the company', 'the ministry', 'He said', 'It was',
  'phase', 'first stage', 'worth', 'about', 'up to', 'more than', 'some', 'over', 'per cent', 'a year', 'annually', 'Mt', 'kWh'];
const PUNCT = [',', ';', ':', ' -', ' –', ' —', '"', '\u201C', '\u201D', "'s", '(', ')', '.', '...', '!', '?'];

const capitalised = fc.stringMatching(/^[A-Z][a-z]{1,9}$/);
const person = fc.oneof(
  fc.tuple(fc.constantFrom(...FIRST), fc.constantFrom(...LAST)).map(([a, b]) => `${a} ${b}`),
  fc.constantFrom(...LAST),
  fc.tuple(capitalised, capitalised).map(([a, b]) => `${a} ${b}`),
);
const org = fc.oneof(
  fc.constantFrom(...ORGS),
  fc.tuple(fc.constantFrom(...ORGS), fc.constantFrom(...ACRONYMS)).map(([o, a]) => `${o} (${a})`),
  fc.tuple(capitalised, fc.constantFrom('Corporation', 'Group', 'Co., Ltd.', 'JSC', 'Bank', 'Ministry of Energy', 'Holding')).map(([a, b]) => `${a} ${b}`),
);
const num = fc.oneof(
  fc.integer({ min: 0, max: 100000 }).map(String),
  fc.integer({ min: 1000, max: 9999999 }).map((n) => n.toLocaleString('en-US')),
  fc.tuple(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: 99 })).map(([a, b]) => `${a}.${b}`),
  fc.constantFrom('one', 'two hundred', 'Eighty-five', 'six', 'twelve', 'nine', '10–12', '10-12', '0', '00', '1e9', '-5'),
);
const unitText = fc.constantFrom('MW', 'megawatt', '-megawatt', 'GW', '-gigawatt', 'kW', 'kilowatts', 'MWh', 'million tons', 'Mt per year',
  'tonnes', 'km', 'kilometres', '-kilometre', 'm', 'bcm', 'barrels per day', 'TEU', 'ha', 'units', 'locomotives', 'billion kWh');
const quantity = fc.tuple(num, unitText).map(([n, u]) => (u.startsWith('-') ? `${n}${u}` : `${n} ${u}`));
const money = fc.oneof(
  fc.tuple(fc.constantFrom('$', 'US$', '€', '¥', 'Sh', 'KZT ', 'Rp'), num, fc.constantFrom('', ' million', ' billion', 'bn', 'm', ' trillion')).map(([c, n, s]) => `${c}${n}${s}`),
  fc.tuple(num, fc.constantFrom('billion yuan', 'million dollars', 'billion tenge', 'USD', 'euros')).map(([n, c]) => `${n} ${c}`),
);
const fragment = fc.oneof(
  { weight: 3, arbitrary: person },
  { weight: 3, arbitrary: org },
  { weight: 2, arbitrary: fc.constantFrom(...ACRONYMS).map((a) => `(${a})`) },
  { weight: 3, arbitrary: fc.constantFrom(...PLACES) },
  { weight: 3, arbitrary: fc.constantFrom(...FACILITIES) },
  { weight: 3, arbitrary: fc.constantFrom(...VERBS) },
  { weight: 2, arbitrary: fc.constantFrom(...DATES) },
  { weight: 2, arbitrary: quantity },
  { weight: 2, arbitrary: money },
  { weight: 4, arbitrary: fc.constantFrom(...FILLER) },
  { weight: 2, arbitrary: fc.constantFrom(...PUNCT) },
  { weight: 1, arbitrary: capitalised },
);
const sentence = fc.array(fragment, { minLength: 1, maxLength: 18 }).map((parts) => parts.join(' ').replace(/^./, (c) => c.toUpperCase()) + '.');
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((s) => s.join(' '));
const dateline = fc.tuple(fc.constantFrom('ASTANA', 'BELGRADE', 'ISLAMABAD', 'Beijing'), fc.constantFrom('July 2', 'Dec 18', 'June 30'))
  .map(([c, d]) => `${c}, ${d} (Wire) - `);
const newsInput: fc.Arbitrary<ExtractInput> = fc.record({
  text: fc.tuple(fc.option(dateline, { nil: '' }), fc.array(paragraph, { minLength: 1, maxLength: 4 }), fc.constantFrom('\n\n', '\n', ' \n\n '))
    .map(([d, ps, sep]) => d + ps.join(sep)),
  title: fc.option(fc.array(fragment, { minLength: 1, maxLength: 10 }).map((p) => p.join(' ')), { nil: undefined }),
  published: meta.published,
  source: meta.source,
}, { requiredKeys: ['text'] });

// --- the property -----------------------------------------------------------------------------------

const LISTS = ['people', 'organizations', 'places', 'projects', 'events'] as const;

/** extract() returns valid Extraction JSON v1 whose every evidence span lies inside its text. */
function wellFormed(input: ExtractInput): void {
  let x: Extraction;
  try {
    x = extract(input);
  } catch (err) {
    assert.fail(`extract threw: ${(err as Error)?.stack ?? String(err)}`);
  }
  assert.equal(typeof x.text, 'string', 'the output carries its text');
  const text = x.text as string;
  const r = validateExtraction(x, text);
  assert.ok(r.ok, r.ok ? '' : `invalid output:\n  ${r.errors.slice(0, 10).join('\n  ')}`);
  // independent of the validator: every span of every item is inside the text, in order
  for (const list of LISTS) {
    for (const item of x[list] as { evidence?: { start: number; end: number }[] }[]) {
      for (const { start, end } of item.evidence ?? []) {
        assert.ok(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= text.length,
          `${list} span ${start}-${end} outside 0-${text.length}`);
      }
    }
  }
  // what a reader gets (the JSON the CLI prints) is just as valid
  const printed = validateExtraction(JSON.parse(JSON.stringify(x)), text);
  assert.ok(printed.ok, printed.ok ? '' : `invalid once printed as JSON:\n  ${printed.errors.slice(0, 10).join('\n  ')}`);
}

// The first call loads the lexicons and gazetteer; do it outside the timed properties.
extract({ text: 'Warm-up.' });

test('(a) arbitrary unicode text, titles and dates: never throws, output valid, offsets inside the text', () => {
  fc.assert(fc.property(unicodeInput, wellFormed), { numRuns: RUNS });
});

test('(b) text assembled from news-like fragments: never throws, output valid, offsets inside the text', () => {
  fc.assert(fc.property(newsInput, wellFormed), { numRuns: RUNS });
});

test('(c) extraction is deterministic: the same input twice gives deep-equal output', () => {
  fc.assert(fc.property(fc.oneof(unicodeInput, newsInput, newsInput), (input) => {
    const a = extract(input);
    const b = extract(structuredClone(input));
    assert.deepEqual(b, a);
  }), { numRuns: RUNS / 2 });
});

const DEV = '/work/shared/corpus/dev';

test('the engine output for every dev corpus article (read as the CLI reads it) is valid', { skip: !existsSync(DEV) && 'no dev corpus' }, async () => {
  const files = readdirSync(DEV).filter((f) => /\.(txt|html)$/.test(f)).sort();
  assert.ok(files.length >= 14, `only ${files.length} articles`);
  for (const f of files) {
    for (const doc of await readInput(`${DEV}/${f}`)) {
      assert.ok(!isFailure(doc), `${f}: ${isFailure(doc) ? doc.reason : ''}`);
      const x = extractDocument(doc);
      const r = validateExtraction(x, x.text);
      assert.ok(r.ok, r.ok ? '' : `${f}:\n  ${r.errors.slice(0, 10).join('\n  ')}`);
    }
  }
});

// --- published dates as a caller may pass them ------------------------------------------------------
// The ingest layer normalises dates, so (a)-(c) pass real days; extract() is also a public entry point,
// though, and its output must keep the contract whatever `published` it is given.

/** A text whose meeting is dated relative to `published` ("on Tuesday", "last November"). */
const datedMeeting = fc.constantFrom(
  'Aibek Sultanov met Gu Mingtao of Velmora National Petroleum Corporation on Tuesday.',
  'Wen Haoran met Bolot Usenov of Tarvin Railway Group in Kessary last November.',
);

test('(d) a date-shaped published date that is no real day (0000-00-00, 2024-13-45, 0001-01-01) still gives valid output apart from document.published', () => {
  fc.assert(fc.property(datedMeeting, fc.stringMatching(/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/), (text, published) => {
    const x = extract({ text, published });
    const r = validateExtraction(x, x.text);
    const errors = r.ok ? [] : r.errors.filter((e) => !e.startsWith('/document/published'));
    assert.deepEqual(errors, [], `published ${JSON.stringify(published)}`);
  }), { numRuns: RUNS });
});

test('(e) whatever string the caller passes as published, document.published is YYYY-MM-DD or null', () => {
  fc.assert(fc.property(fc.string({ maxLength: 20 }), (published) => {
    const x = extract({ text: 'Astana hosted the forum.', published });
    const r = validateExtraction(x, x.text);
    assert.deepEqual(r.ok ? [] : r.errors, [], `published ${JSON.stringify(published)}`);
  }), { numRuns: RUNS });
});

// --- hostile shapes at a bounded size -----------------------------------------------------------------
// Long runs of what the rules key on (capitalised words, figures, brackets, facility words, list
// separators), repeated far past what an article holds, up to 12,000 characters. The property is
// the same: no throw, valid output; the size bound keeps each run finite, and a rule that went
// quadratic or looped would show up as the test runner's timeout.

// size 'max': fast-check otherwise keeps arrays short, and these runs are meant to be long
const runOf = <T>(arb: fc.Arbitrary<T>, max: number) => fc.array(arb, { minLength: 1, maxLength: max, size: 'max' });
const hostileInput: fc.Arbitrary<ExtractInput> = fc.record({
  text: fc.array(fc.oneof(
    runOf(capitalised, 300).map((w) => w.join(' ')),
    runOf(fc.constantFrom(...ACRONYMS), 200).map((w) => w.join(' ')),
    runOf(num, 300).map((w) => w.join(' ')),
    runOf(fc.constantFrom('(', ')', '"', '\u201C', ',', ';', '-', '–', '.', ' and '), 400).map((w) => w.join('')),
    runOf(fc.constantFrom(...FACILITIES), 200).map((w) => w.join(', ')),
    runOf(quantity, 150).map((w) => w.join(' and ')),
    runOf(fc.constantFrom(...PLACES), 200).map((w) => w.join('-')),
    runOf(org, 100).map((w) => w.join(' of ')),
    paragraph,
  ), { minLength: 1, maxLength: 6 }).map((parts) => parts.join('\n\n').slice(0, 12_000)),
  title: meta.title,
  published: meta.published,
}, { requiredKeys: ['text'] });

test('(f) hostile shapes up to 12,000 characters: never throws, output valid, offsets inside the text', () => {
  let longest = 0;
  fc.assert(fc.property(hostileInput, (input) => {
    longest = Math.max(longest, input.text.length);
    wellFormed(input);
  }), {
    numRuns: Math.max(20, RUNS / 8),
    // one long hostile run always, so the size bound is reached whatever the random runs draw
    examples: [[{ text: 'Kazakhstan Temir Zholy (KTZ) and the 1.2 GW Aral–Karatau solar power plant, 200 locomotives; "Astana-Beijing" '.repeat(120).slice(0, 12_000) }]],
  });
  assert.ok(longest >= 5_000, `the longest input was ${longest} characters: the runs did not get long`);
});
