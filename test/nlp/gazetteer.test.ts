import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  foldPlaceName, foldPlaceNameReference, gazetteerKeys, gazetteerStats, loadGazetteer, type PlaceEntry,
} from '../../src/nlp/gazetteer.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const PLACES = join(ROOT, 'data', 'places');

// Load first and time it (printed, not asserted: the machine the tests run on varies).
const t0 = performance.now();
const cpu0 = process.cpuUsage();
const g = loadGazetteer();
const cpu = process.cpuUsage(cpu0);
console.log(`gazetteer load: ${(performance.now() - t0).toFixed(1)} ms wall, ${((cpu.user + cpu.system) / 1000).toFixed(1)} ms cpu;`, JSON.stringify(gazetteerStats()));

const first = (surface: string): PlaceEntry => {
  const hits = g.lookup(surface);
  assert.ok(hits.length > 0, `no entry for ${JSON.stringify(surface)}`);
  return hits[0];
};

/** The first entry of that kind (and country) a surface resolves to. */
const find = (surface: string, kind: PlaceEntry['kind'], country?: string): PlaceEntry => {
  const hit = g.lookup(surface).find((e) => e.kind === kind && (country === undefined || e.country === country));
  assert.ok(hit, `no ${kind}${country ? ` in ${country}` : ''} for ${JSON.stringify(surface)}`);
  return hit;
};

const dataLines = (file: string): string[][] =>
  readFileSync(join(PLACES, file), 'utf8').split('\n').filter((l) => l !== '' && !l.startsWith('#')).map((l) => l.split('\t'));

test('countries resolve from names, short forms and official forms', () => {
  const cases: [string, string][] = [
    ['Kazakhstan', 'KZ'], ['Republic of Kazakhstan', 'KZ'], ['UAE', 'AE'], ['United Arab Emirates', 'AE'],
    ['the United States', 'US'], ['United States of America', 'US'], ['US', 'US'], ['U.S.', 'US'], ['USA', 'US'],
    ['Britain', 'GB'], ['UK', 'GB'], ['United Kingdom', 'GB'], ['South Korea', 'KR'], ['Republic of Korea', 'KR'],
    ['North Korea', 'KP'], ['Russia', 'RU'], ['Russian Federation', 'RU'], ['Türkiye', 'TR'], ['Turkey', 'TR'],
    ['Turkiye', 'TR'], ['Czechia', 'CZ'], ['Czech Republic', 'CZ'], ['Ivory Coast', 'CI'], ["Côte d'Ivoire", 'CI'],
    ['Cote d’Ivoire', 'CI'], ['Kyrgyz Republic', 'KG'], ['Kyrgyzstan', 'KG'], ['Uzbekistan', 'UZ'], ['Tajikistan', 'TJ'],
    ['Turkmenistan', 'TM'], ["People's Republic of China", 'CN'], ['China', 'CN'], ['PRC', 'CN'], ['Iran', 'IR'],
    ['Syria', 'SY'], ['Vietnam', 'VN'], ['Viet Nam', 'VN'], ['Laos', 'LA'], ['Myanmar', 'MM'], ['Burma', 'MM'],
    ['the Netherlands', 'NL'], ['Saudi Arabia', 'SA'], ['KSA', 'SA'], ['Bosnia and Herzegovina', 'BA'],
    ['Bosnia & Herzegovina', 'BA'], ['DR Congo', 'CD'], ['Eswatini', 'SZ'], ['Swaziland', 'SZ'], ['Cape Verde', 'CV'],
    ['Kosovo', 'XK'], ['North Macedonia', 'MK'], ['Moldova', 'MD'], ['Georgia', 'GE'], ['Azerbaijan', 'AZ'],
  ];
  for (const [surface, cc] of cases) {
    const e = first(surface);
    assert.equal(e.kind, 'country', surface);
    assert.equal(e.id, cc, surface);
    assert.equal(e.country, cc, surface);
    assert.equal(typeof e.lat, 'number', `${surface} lat`);
    assert.equal(typeof e.lon, 'number', `${surface} lon`);
  }
  assert.equal(first('Turkey').name, 'Türkiye');
  assert.equal(first('Congo').kind, 'country');
  assert.deepEqual(new Set(g.lookup('Congo').map((e) => e.id)), new Set(['CD', 'CG']));
  assert.equal(g.countryName('KZ'), 'Kazakhstan');
  assert.equal(g.countryName('kz'), 'Kazakhstan');
  assert.equal(g.countryName('US'), 'United States');
  assert.equal(g.countryName('ZZ'), null);
});

test('regions resolve with Region / Oblast / Province / oblysy variants', () => {
  const zhambyl = find('Zhambyl Region', 'region', 'KZ');
  assert.equal(zhambyl.name, 'Zhambyl Region');
  for (const v of ['Jambyl Region', 'Zhambyl Oblast', 'Jambyl Oblast', 'Zhambyl oblysy', 'Zhambyl Province', 'Dzhambul Region', 'Zhambyl', 'Jambyl']) {
    assert.equal(first(v).id, zhambyl.id, v);
  }
  const karaganda = find('Karaganda Region', 'region', 'KZ');
  for (const v of ['Karagandy Region', 'Karaganda Oblast', 'Karagandy Oblast', 'Qaraghandy Region', 'Karaganda oblysy']) {
    assert.equal(first(v).id, karaganda.id, v);
  }
  assert.equal(first('Turkestan Region').id, first('Turkistan Region').id);
  assert.equal(first('South Kazakhstan Region').id, first('Turkistan Region').id);
  assert.equal(first('Akmola Region').kind, 'region');
  assert.equal(first('Akmola Oblast').id, first('Akmola Region').id);
  assert.equal(first('Mangystau').kind, 'region');
  assert.equal(first('Mangistau Oblast').id, first('Mangystau Region').id);
  assert.equal(first('East Kazakhstan').id, first('East Kazakhstan Region').id);
  assert.equal(first('Abai Region').country, 'KZ');
  assert.equal(first('Jetisu Region').id, first('Zhetysu Region').id);
  assert.equal(first('Ulytau Region').country, 'KZ');
  assert.equal(first('Samarkand Region').id, first('Samarqand viloyati').id);
  assert.equal(first('Kashkadarya Region').id, first('Qashqadaryo Region').id);
  assert.equal(first('Fergana Oblast').id, first('Fergana Region').id);
  assert.equal(first('Sughd Region').id, first('Sughd Province').id);
  assert.equal(first('Chuy Region').id, first('Chui Oblast').id);
  assert.equal(first('Moscow Oblast').id, first('Moscow Region').id);
  assert.equal(first('Guangdong Province').id, first('Guangdong').id);
  assert.equal(first('Xinjiang Uygur Autonomous Region').id, first('Xinjiang').id);
  assert.equal(first('Irkutsk Oblast').kind, 'region');
});

test('a bare name shared by a region and a city of the same country is the city', () => {
  for (const [surface, cc] of [['Almaty', 'KZ'], ['Tashkent', 'UZ'], ['Aktobe', 'KZ'], ['Bukhara', 'UZ'], ['Irkutsk', 'RU'], ['Osh', 'KG']] as const) {
    const hits = g.lookup(surface).filter((e) => e.country === cc);
    assert.equal(hits[0]?.kind, 'city', surface);
    assert.ok(!hits.some((e) => e.kind === 'region'), `${surface} should not name a region of ${cc}`);
  }
  assert.equal(find('Almaty Region', 'region', 'KZ').name, 'Almaty Region');
  assert.equal(find('Tashkent Region', 'region', 'UZ').id, 'UZ-TO');
  // ... but a province named after a smaller or renamed city keeps its name
  assert.equal(first('Quebec').kind, 'region');
  assert.equal(first('Quebec City').kind, 'city');
});

test('cities resolve from transliterations and former names', () => {
  const same: [string, string, string][] = [
    ['Astana', 'Nur-Sultan', 'KZ'], ['Astana', 'Akmola', 'KZ'], ['Astana', 'Tselinograd', 'KZ'],
    ['Almaty', 'Alma-Ata', 'KZ'], ['Oskemen', 'Ust-Kamenogorsk', 'KZ'], ['Karaganda', 'Karagandy', 'KZ'],
    ['Karaganda', 'Qaraghandy', 'KZ'], ['Shymkent', 'Chimkent', 'KZ'], ['Turkistan', 'Turkestan', 'KZ'],
    ['Semey', 'Semipalatinsk', 'KZ'], ['Aktobe', 'Aqtobe', 'KZ'], ['Atyrau', 'Guryev', 'KZ'],
    ['Kyzylorda', 'Qyzylorda', 'KZ'], ['Taraz', 'Aulie-Ata', 'KZ'], ['Bishkek', 'Frunze', 'KG'], ['Kyiv', 'Kiev', 'UA'],
    ['Mumbai', 'Bombay', 'IN'], ['Yangon', 'Rangoon', 'MM'], ['Beijing', 'Peking', 'CN'], ['Chennai', 'Madras', 'IN'],
    ['Kolkata', 'Calcutta', 'IN'], ['Ho Chi Minh City', 'Saigon', 'VN'], ['Tashkent', 'Toshkent', 'UZ'],
    ['Samarkand', 'Samarqand', 'UZ'], ['Ashgabat', 'Ashkhabad', 'TM'], ['Urumqi', 'Ürümqi', 'CN'], ["Xi'an", 'Xian', 'CN'],
    ['Guangzhou', 'Canton', 'CN'], ['Khujand', 'Leninabad', 'TJ'], ['Turkmenbashi', 'Krasnovodsk', 'TM'],
    ['Saint Petersburg', 'Leningrad', 'RU'], ['Saint Petersburg', 'St. Petersburg', 'RU'], ['Bengaluru', 'Bangalore', 'IN'],
  ];
  for (const [canonical, alias, cc] of same) {
    const a = find(canonical, 'city', cc);
    const b = find(alias, 'city', cc);
    assert.equal(a.id, b.id, `${canonical} = ${alias}`);
    assert.equal(a.name, canonical, `${canonical} is the canonical name`);
    assert.ok(a.aliases.length > 0, `${canonical} lists its aliases`);
  }
  const dushanbe = first('Dushanbe');
  assert.equal(dushanbe.kind, 'city');
  assert.equal(dushanbe.country, 'TJ');
  assert.equal(dushanbe.capital, 'national');
  const astana = find('Astana', 'city', 'KZ');
  assert.equal(astana.capital, 'national');
  assert.equal(astana.admin1, 'KZ-AST');
  assert.ok(astana.population && astana.population > 100_000);
  assert.ok(Math.abs((astana.lat ?? 0) - 51.17) < 0.2 && Math.abs((astana.lon ?? 0) - 71.45) < 0.2);
  assert.equal(find('Oskemen', 'city', 'KZ').admin1, 'KZ-VOS');
  // bigger places first
  const springfield = g.lookup('Springfield').filter((e) => e.kind === 'city');
  assert.ok(springfield.length > 2);
  for (let i = 1; i < springfield.length; i++) assert.ok((springfield[i - 1].population ?? 0) >= (springfield[i].population ?? 0));
  assert.equal(first('Frankfurt').name, 'Frankfurt am Main');
  assert.equal(first('Washington').name, 'Washington, D.C.');
});

test('named macro-regions are regions without a country', () => {
  const cases: [string, string][] = [
    ['Central Asia', 'Central Asia'], ['South Asia', 'South Asia'], ['Southeast Asia', 'Southeast Asia'],
    ['South-East Asia', 'Southeast Asia'], ['East Asia', 'East Asia'], ['the Middle East', 'Middle East'],
    ['Caucasus', 'Caucasus'], ['the South Caucasus', 'South Caucasus'], ['Eastern Europe', 'Eastern Europe'],
    ['Western Europe', 'Western Europe'], ['Europe', 'Europe'], ['Africa', 'Africa'], ['East Africa', 'East Africa'],
    ['West Africa', 'West Africa'], ['Sub-Saharan Africa', 'Sub-Saharan Africa'], ['North Africa', 'North Africa'],
    ['Latin America', 'Latin America'], ['South America', 'South America'], ['Central America', 'Central America'],
    ['the Caribbean', 'Caribbean'], ['the Balkans', 'Balkans'], ['the Gulf', 'Gulf'], ['Eurasia', 'Eurasia'],
    ['Asia-Pacific', 'Asia-Pacific'], ['Asia Pacific', 'Asia-Pacific'], ['the Arctic', 'Arctic'],
  ];
  for (const [surface, name] of cases) {
    const e = first(surface);
    assert.equal(e.kind, 'region', surface);
    assert.equal(e.country, null, surface);
    assert.equal(e.name, name, surface);
    assert.equal(typeof e.lat, 'number', surface);
  }
});

test('folding: case, diacritics, apostrophes, dashes, a leading "the"', () => {
  assert.equal(foldPlaceName('Niš'), 'nis');
  assert.equal(foldPlaceName('Ust-Kamenogorsk'), 'ust kamenogorsk');
  assert.equal(foldPlaceName('Ust–Kamenogorsk'), 'ust kamenogorsk');
  assert.equal(foldPlaceName('Ust — Kamenogorsk'), 'ust kamenogorsk');
  assert.equal(foldPlaceName('  The  Gulf '), 'gulf');
  assert.equal(foldPlaceName("Xi'an"), 'xian');
  assert.equal(foldPlaceName('Xi’an'), 'xian');
  assert.equal(foldPlaceName('U.S.'), 'us');
  assert.equal(foldPlaceName('St. Petersburg'), 'saint petersburg');
  assert.equal(foldPlaceName('Trinidad & Tobago'), 'trinidad and tobago');
  assert.equal(foldPlaceName('İzmir'), 'izmir');
  assert.equal(foldPlaceName('Łódź'), 'lodz');
  assert.equal(foldPlaceName('Ærøskøbing'), 'aeroskobing');
  assert.equal(foldPlaceName('Oʻzbekiston'), 'ozbekiston');
  assert.equal(foldPlaceName('Hà Nội'), 'ha noi');
  assert.equal(foldPlaceName('Göteborg'), 'goteborg');
  assert.equal(foldPlaceName('Vučić'), 'vucic');
  assert.equal(foldPlaceName('Москва'), 'москва');
  assert.equal(foldPlaceName(''), '');
  for (const s of ['Niš', 'The Gulf', 'Ust–Kamenogorsk', 'Côte d’Ivoire']) assert.equal(foldPlaceName(foldPlaceName(s)), foldPlaceName(s), s);

  assert.equal(first('Niš').id, first('Nis').id);
  assert.equal(first('Niš').country, 'RS');
  assert.equal(first('NIŠ').id, first('nis').id);
  assert.equal(first('Öskemen').id, first('Oskemen').id);
  assert.equal(first('Ust–Kamenogorsk').id, first('Ust-Kamenogorsk').id);
  assert.equal(first('Ust Kamenogorsk').id, first('Ust-Kamenogorsk').id);
  assert.equal(first('Alma Ata').id, first('Almaty').id);
  assert.equal(first('Jalal Abad').id, first('Jalal-Abad').id);
  assert.equal(first('Kraków').id, first('Krakow').id);
  assert.equal(first('São Paulo').id, first('Sao Paulo').id);
  assert.deepEqual(g.lookup('Xyzzyland'), []);
  assert.deepEqual(g.lookup(''), []);
});

test('the fast fold agrees with the reference fold on every name in the data', () => {
  let n = 0;
  for (const file of ['countries.tsv', 'regions.tsv', 'cities.tsv', 'macro-regions.tsv', 'aliases.tsv', 'ambiguous.tsv']) {
    for (const r of dataLines(file)) {
      for (const name of [r[1], ...(r[2] ?? '').split('|'), ...(r[3] ?? '').split('|')]) {
        if (!name) continue;
        assert.equal(foldPlaceName(name), foldPlaceNameReference(name), `${file}: ${name}`);
        n++;
      }
    }
  }
  assert.ok(n > 50_000);
});

test('the keys stored in the generated files are the folded names', () => {
  const check = (file: string, keysAt: number): void => {
    for (const r of dataLines(file)) {
      const names = [r[1], ...(r[2] ? r[2].split('|') : [])];
      const stored = r[keysAt] ? r[keysAt].split('|') : [];
      names.forEach((name, i) => {
        assert.equal(stored[i] || name.toLowerCase(), foldPlaceName(name), `${file} ${r[0]}: ${name} (rebuild the gazetteer)`);
        // the loader reads these files byte for byte: a key may be implicit only for an ASCII name
        if (!stored[i]) assert.match(name, /^[\x00-\x7f]*$/, `${file} ${r[0]}: ${name} needs a stored key`);
      });
    }
  };
  check('countries.tsv', 5);
  check('regions.tsv', 6);
  check('cities.tsv', 9);
});

test('demonyms map to alpha-2 codes', () => {
  const cases: [string, string][] = [
    ['Kazakh', 'KZ'], ['Kazakhstani', 'KZ'], ['Kazakhs', 'KZ'], ['Chinese', 'CN'], ['Uzbek', 'UZ'], ['Kyrgyz', 'KG'],
    ['Tajik', 'TJ'], ['Turkmen', 'TM'], ['Russian', 'RU'], ['Russians', 'RU'], ['Pakistani', 'PK'], ['Saudi', 'SA'],
    ['Emirati', 'AE'], ['Turkish', 'TR'], ['Korean', 'KR'], ['South Korean', 'KR'], ['North Korean', 'KP'],
    ['Japanese', 'JP'], ['Indian', 'IN'], ['Indonesian', 'ID'], ['Kenyan', 'KE'], ['Peruvian', 'PE'], ['Serbian', 'RS'],
    ['Egyptian', 'EG'], ['Ethiopian', 'ET'], ['Nigerian', 'NG'], ['Nigerien', 'NE'], ['Brazilian', 'BR'], ['German', 'DE'],
    ['French', 'FR'], ['British', 'GB'], ['American', 'US'], ['Americans', 'US'], ['Azerbaijani', 'AZ'], ['Azeri', 'AZ'],
    ['Swiss', 'CH'], ['Filipino', 'PH'], ['Ivorian', 'CI'], ['Burkinabè', 'BF'], ['kazakh', 'KZ'],
  ];
  for (const [word, cc] of cases) assert.equal(g.demonym(word), cc, word);
  assert.equal(g.demonym('Martian'), null);
  assert.equal(g.demonym('Kazakhstan'), null);
  // every demonym points at a known country
  for (const r of readFileSync(join(ROOT, 'data', 'demonyms.tsv'), 'utf8').split('\n')) {
    if (!r || r.startsWith('#')) continue;
    const [word, cc] = r.split('\t');
    assert.ok(g.countryName(cc), `${word}: unknown country ${cc}`);
  }
});

test('byId returns the same entries as lookup', () => {
  assert.equal(g.byId('KZ')?.name, 'Kazakhstan');
  assert.equal(g.byId('KZ-ZHA')?.name, 'Zhambyl Region');
  assert.equal(g.byId('macro:central-asia')?.name, 'Central Asia');
  const astana = find('Astana', 'city', 'KZ');
  assert.equal(g.byId(astana.id), astana);
  assert.equal(g.byId(first('Niš').id), first('Nis'));
  assert.equal(g.byId('no-such-id'), null);
});

test('hasPrefix and maxTokens are consistent with the index', () => {
  const keys = gazetteerKeys();
  assert.ok(keys.length > 50_000);
  let longest = 0;
  for (const key of keys) {
    const tokens = key.split(' ');
    longest = Math.max(longest, tokens.length);
    assert.ok(g.hasPrefix(tokens[0]), `prefix of ${key}`);
  }
  assert.equal(g.maxTokens, longest);
  assert.ok(g.maxTokens >= 4);
  assert.ok(g.hasPrefix('Ust-Kamenogorsk'));
  assert.ok(g.hasPrefix('Ust'));
  assert.ok(g.hasPrefix('Central'));
  assert.ok(g.hasPrefix('The'));
  assert.ok(g.hasPrefix('Nur-Sultan'));
  assert.ok(g.hasPrefix('Niš'));
  assert.ok(!g.hasPrefix('Xyzzyq'));
  assert.ok(!g.hasPrefix(''));
});

test('ranking: country > region > city, and ambiguous names are marked', () => {
  const georgia = g.lookup('Georgia');
  assert.equal(georgia[0].kind, 'country');
  assert.ok(georgia.some((e) => e.kind === 'region' && e.country === 'US'));
  const kinds = georgia.map((e) => e.kind);
  assert.deepEqual(kinds, [...kinds].sort((a, b) => ['country', 'region', 'city'].indexOf(a) - ['country', 'region', 'city'].indexOf(b)));
  assert.equal(first('Punjab').kind, 'region');
  for (const s of ['Victoria', 'Of', 'Mobile', 'Reading', 'Nice', 'Mary', 'Can']) {
    assert.ok(g.lookup(s).length > 0, s);
    assert.ok(g.lookup(s).some((e) => e.ambiguous === true), `${s} is marked ambiguous`);
  }
  assert.equal(first('Victoria').ambiguous, true);
  assert.equal(first('Almaty').ambiguous, undefined);
  assert.equal(first('Kazakhstan').ambiguous, undefined);
  // directional words are never bare region names
  assert.ok(!g.lookup('Free').some((e) => e.kind === 'region'));
  assert.ok(g.lookup('Northern').every((e) => e.ambiguous === true));
  // results are copies
  const a = g.lookup('Almaty');
  a.length = 0;
  assert.ok(g.lookup('Almaty').length > 0);
});

test('generated data: headers, sorting, size and completeness', () => {
  let total = 0;
  for (const file of ['countries.tsv', 'regions.tsv', 'cities.tsv', 'macro-regions.tsv', 'aliases.tsv', 'ambiguous.tsv']) {
    total += statSync(join(PLACES, file)).size;
  }
  total += statSync(join(ROOT, 'data', 'demonyms.tsv')).size;
  assert.ok(total < 5 * 1024 * 1024, `data size ${total}`);
  for (const file of ['countries.tsv', 'regions.tsv', 'cities.tsv']) {
    const head = readFileSync(join(PLACES, file), 'utf8').split('\n')[0];
    assert.match(head, /^# corridor gazetteer: .*Source: .*@\d+\.\d+\.\d+ \(.+\).*npx tsx scripts\/build-gazetteer\.ts/, file);
  }
  const ids = (file: string): string[] => dataLines(file).map((r) => r[0]);
  for (const file of ['countries.tsv', 'regions.tsv', 'macro-regions.tsv']) {
    const list = ids(file);
    assert.deepEqual(list, [...list].sort(), `${file} sorted by id`);
    assert.equal(new Set(list).size, list.length, `${file} ids unique`);
  }
  const cities = dataLines('cities.tsv');
  const cityKey = (r: string[]): string => `${r[3]}\u0001${r[1]}\u0001${r[0]}`;
  for (let i = 1; i < cities.length; i++) assert.ok(cityKey(cities[i - 1]) < cityKey(cities[i]), `cities sorted at ${cities[i][0]}`);
  assert.ok(cities.length > 40_000 && cities.length < 60_000, `${cities.length} cities`);
  for (const r of cities) {
    assert.ok(/^[A-Z]{2}$/.test(r[3]), `${r[0]} country`);
    assert.ok(r[5] !== '' && r[6] !== '', `${r[0]} coordinates`);
    assert.ok(Number(r[7]) >= 5000 || r[8] !== '' || r[0].startsWith('x-') || r[7] === '', `${r[0]} population or capital`);
  }
  assert.equal(dataLines('countries.tsv').length, 250);
  const st = gazetteerStats();
  assert.equal(st.cities, cities.length);
  assert.ok(st.regions > 4000 && st.macroRegions > 40 && st.demonyms > 200);
});

test('"es" inside a place name joins it ("Dar es Salaam")', async () => {
  const { run } = await import('./helpers.js');
  const x = run('Trucks carry copper from Kitwe to Dar es Salaam every day.');
  assert.ok(x.places.some((p) => p.name === 'Dar es Salaam' && p.country === 'TZ'), JSON.stringify(x.places));
});
