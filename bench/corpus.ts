// Synthetic news corpus for corridor's benchmarks.
//
// Deterministic: the same seed and size always give the same articles, byte for byte, on any
// machine (a small seeded PRNG, no Math.random, no clock). Every sentence shape below was written
// for this file; people and organisation names are assembled from invented pools that mix naming
// traditions, places are real city and country names. The articles read like wire stories about
// cross-border infrastructure deals: people with titles and organisations, organisations with
// acronyms in parentheses, places, facilities with capacities, money, relative dates, quotes and
// background filler, 300-700 words each.
//
// Reuse from another benchmark:
//   import { generateCorpus } from './corpus.js';
//   const { articles, bytes, words } = generateCorpus({ mb: 5, seed: 1 });
//
// Or write it to disk (one JSON object per line) to look at it:
//   npx tsx bench/corpus.ts [--mb 5] [--seed 1] > /tmp/corpus.jsonl

export interface BenchArticle {
  id: number;
  title: string;
  /** The body; the headline is not repeated in it. */
  text: string;
  published: string; // YYYY-MM-DD
  source: string;
  path: string;
  /** Whitespace-separated tokens of title + text. */
  words: number;
  /** UTF-8 bytes of title + text. */
  bytes: number;
}

export interface Corpus {
  articles: BenchArticle[];
  bytes: number;
  words: number;
  seed: number;
}

export const DEFAULT_SEED = 20240605;
export const MIB = 1024 * 1024;

/** Whitespace-separated tokens, counted without allocating. */
export function countWords(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 9 || c === 13 || c === 12 || c === 11 || c === 0xa0 || c === 0x2009 || c === 0x202f;
    if (space) inWord = false;
    else if (!inWord) { inWord = true; n++; }
  }
  return n;
}

// ---------------------------------------------------------------- PRNG

/** mulberry32: 32-bit state, good enough spread for picking templates, fully reproducible. */
export class Rng {
  private s: number;
  constructor(seed: number) { this.s = seed >>> 0; }
  next(): number {
    this.s = (this.s + 0x6d2b79f5) >>> 0;
    let t = this.s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** Integer in [lo, hi], both ends included. */
  int(lo: number, hi: number): number { return lo + Math.floor(this.next() * (hi - lo + 1)); }
  pick<T>(xs: readonly T[]): T { return xs[Math.floor(this.next() * xs.length)]; }
  chance(p: number): boolean { return this.next() < p; }
  shuffle<T>(xs: T[]): T[] {
    for (let i = xs.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [xs[i], xs[j]] = [xs[j], xs[i]];
    }
    return xs;
  }
}

// ---------------------------------------------------------------- pools

type Tradition = 'turkic' | 'slavic' | 'chinese' | 'arabic' | 'malay' | 'turkish' | 'westafrican' | 'eastafrican'
  | 'european' | 'iberian' | 'southasian' | 'vietnamese' | 'japanese' | 'korean' | 'persian';

interface Country { name: string; adj: string; tradition: Tradition; cities: string[]; currency?: string }

// Real countries and cities; the naming tradition only steers which invented names appear.
const COUNTRIES: Country[] = [
  { name: 'Uzbekistan', adj: 'Uzbek', tradition: 'turkic', cities: ['Tashkent', 'Samarkand', 'Bukhara', 'Navoi', 'Namangan', 'Fergana'] },
  { name: 'Kazakhstan', adj: 'Kazakh', tradition: 'turkic', cities: ['Almaty', 'Astana', 'Shymkent', 'Aktau', 'Karaganda', 'Atyrau'] },
  { name: 'Kyrgyzstan', adj: 'Kyrgyz', tradition: 'turkic', cities: ['Bishkek', 'Osh'] },
  { name: 'Tajikistan', adj: 'Tajik', tradition: 'persian', cities: ['Dushanbe', 'Khujand'] },
  { name: 'Azerbaijan', adj: 'Azerbaijani', tradition: 'turkic', cities: ['Baku', 'Ganja', 'Sumgait'] },
  { name: 'Georgia', adj: 'Georgian', tradition: 'european', cities: ['Tbilisi', 'Batumi', 'Kutaisi', 'Poti'] },
  { name: 'Turkey', adj: 'Turkish', tradition: 'turkish', cities: ['Istanbul', 'Ankara', 'Izmir', 'Mersin', 'Bursa'] },
  { name: 'Egypt', adj: 'Egyptian', tradition: 'arabic', cities: ['Cairo', 'Alexandria', 'Port Said', 'Suez', 'Aswan'] },
  { name: 'Morocco', adj: 'Moroccan', tradition: 'arabic', cities: ['Casablanca', 'Rabat', 'Tangier', 'Marrakesh'] },
  { name: 'Saudi Arabia', adj: 'Saudi', tradition: 'arabic', cities: ['Riyadh', 'Jeddah', 'Dammam'] },
  { name: 'United Arab Emirates', adj: 'Emirati', tradition: 'arabic', cities: ['Abu Dhabi', 'Dubai', 'Sharjah'] },
  { name: 'Oman', adj: 'Omani', tradition: 'arabic', cities: ['Muscat', 'Sohar', 'Duqm', 'Salalah'] },
  { name: 'Qatar', adj: 'Qatari', tradition: 'arabic', cities: ['Doha'] },
  { name: 'Nigeria', adj: 'Nigerian', tradition: 'westafrican', cities: ['Lagos', 'Abuja', 'Kano', 'Port Harcourt', 'Ibadan'] },
  { name: 'Ghana', adj: 'Ghanaian', tradition: 'westafrican', cities: ['Accra', 'Kumasi', 'Tema', 'Takoradi'] },
  { name: 'Senegal', adj: 'Senegalese', tradition: 'westafrican', cities: ['Dakar', 'Thies', 'Saint-Louis'] },
  { name: 'Kenya', adj: 'Kenyan', tradition: 'eastafrican', cities: ['Nairobi', 'Mombasa', 'Kisumu', 'Nakuru'] },
  { name: 'Ethiopia', adj: 'Ethiopian', tradition: 'eastafrican', cities: ['Addis Ababa', 'Dire Dawa', 'Hawassa'] },
  { name: 'Tanzania', adj: 'Tanzanian', tradition: 'eastafrican', cities: ['Dar es Salaam', 'Dodoma', 'Arusha', 'Mwanza'] },
  { name: 'Zambia', adj: 'Zambian', tradition: 'eastafrican', cities: ['Lusaka', 'Ndola', 'Kitwe'] },
  { name: 'Mozambique', adj: 'Mozambican', tradition: 'iberian', cities: ['Maputo', 'Beira', 'Nacala'] },
  { name: 'Indonesia', adj: 'Indonesian', tradition: 'malay', cities: ['Jakarta', 'Surabaya', 'Medan', 'Makassar', 'Balikpapan'] },
  { name: 'Malaysia', adj: 'Malaysian', tradition: 'malay', cities: ['Kuala Lumpur', 'Penang', 'Johor Bahru', 'Kuantan'] },
  { name: 'Vietnam', adj: 'Vietnamese', tradition: 'vietnamese', cities: ['Hanoi', 'Da Nang', 'Hai Phong', 'Can Tho'] },
  { name: 'Bangladesh', adj: 'Bangladeshi', tradition: 'southasian', cities: ['Dhaka', 'Chattogram', 'Khulna', 'Sylhet'] },
  { name: 'Pakistan', adj: 'Pakistani', tradition: 'southasian', cities: ['Karachi', 'Lahore', 'Islamabad', 'Gwadar', 'Peshawar'] },
  { name: 'India', adj: 'Indian', tradition: 'southasian', cities: ['Mumbai', 'Chennai', 'New Delhi', 'Kolkata', 'Ahmedabad'] },
  { name: 'Sri Lanka', adj: 'Sri Lankan', tradition: 'southasian', cities: ['Colombo', 'Hambantota', 'Kandy'] },
  { name: 'China', adj: 'Chinese', tradition: 'chinese', cities: ['Beijing', 'Shanghai', 'Shenzhen', 'Chengdu', 'Xi\'an', 'Urumqi'] },
  { name: 'Japan', adj: 'Japanese', tradition: 'japanese', cities: ['Tokyo', 'Osaka', 'Yokohama', 'Nagoya'] },
  { name: 'South Korea', adj: 'South Korean', tradition: 'korean', cities: ['Seoul', 'Busan', 'Incheon', 'Ulsan'] },
  { name: 'Russia', adj: 'Russian', tradition: 'slavic', cities: ['Moscow', 'Kazan', 'Novosibirsk', 'Yekaterinburg'] },
  { name: 'Germany', adj: 'German', tradition: 'european', cities: ['Berlin', 'Hamburg', 'Munich', 'Frankfurt'] },
  { name: 'France', adj: 'French', tradition: 'european', cities: ['Paris', 'Lyon', 'Marseille', 'Toulouse'] },
  { name: 'Spain', adj: 'Spanish', tradition: 'iberian', cities: ['Madrid', 'Bilbao', 'Valencia', 'Seville'] },
  { name: 'Poland', adj: 'Polish', tradition: 'slavic', cities: ['Warsaw', 'Gdansk', 'Krakow', 'Wroclaw'] },
  { name: 'Romania', adj: 'Romanian', tradition: 'european', cities: ['Bucharest', 'Constanta', 'Cluj-Napoca', 'Iasi'] },
  { name: 'Serbia', adj: 'Serbian', tradition: 'slavic', cities: ['Belgrade', 'Novi Sad', 'Nis'] },
  { name: 'Hungary', adj: 'Hungarian', tradition: 'european', cities: ['Budapest', 'Debrecen', 'Szeged'] },
  { name: 'Brazil', adj: 'Brazilian', tradition: 'iberian', cities: ['Sao Paulo', 'Rio de Janeiro', 'Santos', 'Recife'] },
  { name: 'Chile', adj: 'Chilean', tradition: 'iberian', cities: ['Santiago', 'Antofagasta', 'Valparaiso'] },
  { name: 'Peru', adj: 'Peruvian', tradition: 'iberian', cities: ['Lima', 'Arequipa', 'Callao'] },
  { name: 'Mexico', adj: 'Mexican', tradition: 'iberian', cities: ['Mexico City', 'Monterrey', 'Guadalajara', 'Veracruz'] },
  { name: 'Mongolia', adj: 'Mongolian', tradition: 'turkic', cities: ['Ulaanbaatar', 'Erdenet'] },
  { name: 'Singapore', adj: 'Singaporean', tradition: 'chinese', cities: ['Singapore'] },
  { name: 'Iran', adj: 'Iranian', tradition: 'persian', cities: ['Tehran', 'Isfahan', 'Bandar Abbas', 'Tabriz'] },
];

// Invented people: given names and family names per tradition. Any two are combined freely,
// so the full names belong to nobody in particular.
const NAMES: Record<Tradition, { m: string[]; f: string[]; family: string[]; familyFirst?: boolean; femaleSuffix?: boolean }> = {
  turkic: { m: ['Rustam', 'Bakhtiyor', 'Timur', 'Nurlan', 'Sherzod', 'Aziz', 'Dauren', 'Yerlan', 'Bolat'], f: ['Dilnoza', 'Gulnara', 'Aigerim', 'Zarina', 'Madina', 'Saule', 'Nodira'], family: ['Karimov', 'Yusupov', 'Abdullaev', 'Nazarbekov', 'Tokayev', 'Sultanov', 'Ermekov', 'Rashidov', 'Alimov'], femaleSuffix: true },
  slavic: { m: ['Dmitry', 'Pavel', 'Andrei', 'Jan', 'Marek', 'Nikola', 'Sergei', 'Tomasz'], f: ['Irina', 'Olga', 'Katarzyna', 'Jelena', 'Natalia', 'Marta'], family: ['Volkov', 'Sokolov', 'Morozov', 'Kowalczyk', 'Petrovic', 'Lebedev', 'Nowak', 'Jovanovic'], femaleSuffix: true },
  chinese: { m: ['Jianguo', 'Wei', 'Tao', 'Haoran', 'Zhiqiang', 'Jun'], f: ['Lina', 'Haiyan', 'Xiaomei', 'Yuxin', 'Fang', 'Jing'], family: ['Wang', 'Zhang', 'Liu', 'Chen', 'Zhao', 'Huang', 'Zhou', 'Xu', 'Sun', 'Ma'], familyFirst: true },
  arabic: { m: ['Khalid', 'Omar', 'Tariq', 'Yousef', 'Hamad', 'Mahmoud', 'Faisal', 'Karim'], f: ['Fatima', 'Layla', 'Noura', 'Samira', 'Mariam', 'Huda'], family: ['Al-Mansouri', 'Haddad', 'Al-Rashid', 'Nasser', 'El-Sayed', 'Al-Harthy', 'Bennani', 'Al-Qasimi'] },
  malay: { m: ['Budi', 'Agus', 'Rizky', 'Hafiz', 'Arif', 'Darmawan'], f: ['Sri', 'Dewi', 'Putri', 'Nurul', 'Siti', 'Ayu'], family: ['Santoso', 'Wahyuni', 'Pratama', 'Lestari', 'Hidayat', 'Saputra', 'Ibrahim', 'Rahmat'] },
  turkish: { m: ['Mehmet', 'Emre', 'Murat', 'Kerem', 'Hakan', 'Burak'], f: ['Ayşe', 'Zeynep', 'Elif', 'Selin', 'Derya'], family: ['Yılmaz', 'Demir', 'Kaya', 'Çelik', 'Aydın', 'Öztürk', 'Şahin', 'Arslan'] },
  westafrican: { m: ['Chinedu', 'Kwame', 'Oluwaseun', 'Ibrahim', 'Moussa', 'Kofi', 'Emeka'], f: ['Amara', 'Ngozi', 'Fatou', 'Aminata', 'Abena', 'Funmilayo'], family: ['Okafor', 'Mensah', 'Diallo', 'Adeyemi', 'Traoré', 'Nwosu', 'Boateng', 'Ndiaye', 'Keïta'] },
  eastafrican: { m: ['Wanjiru', 'Tesfaye', 'Juma', 'Baraka', 'Dawit', 'Mwangi', 'Chanda'], f: ['Achieng', 'Meron', 'Neema', 'Zawadi', 'Selam', 'Mutale'], family: ['Otieno', 'Bekele', 'Mwakasege', 'Kamau', 'Haile', 'Banda', 'Njoroge', 'Tembo'] },
  european: { m: ['Pierre', 'Henrik', 'Lukas', 'Giorgi', 'Andrei', 'Matthias', 'László', 'Thomas'], f: ['Claire', 'Ingrid', 'Sophie', 'Nino', 'Ioana', 'Katrin', 'Eszter'], family: ['Dubois', 'Lindqvist', 'Becker', 'Moreau', 'Beridze', 'Popescu', 'Schneider', 'Horváth', 'Lefèvre'] },
  iberian: { m: ['Mateo', 'Lucas', 'João', 'Diego', 'Carlos', 'Rafael', 'Andrés'], f: ['Sofía', 'Ana', 'Beatriz', 'Lucía', 'Camila', 'Mariana'], family: ['Fernández', 'Oliveira', 'Gutiérrez', 'Santos', 'Moreno', 'Ribeiro', 'Castillo', 'Herrera'] },
  southasian: { m: ['Arjun', 'Rahul', 'Imran', 'Vikram', 'Tanvir', 'Kamal', 'Faisal'], f: ['Priya', 'Anjali', 'Sana', 'Nusrat', 'Kavya', 'Shirin'], family: ['Sharma', 'Iyer', 'Chowdhury', 'Rahman', 'Patel', 'Siddiqui', 'Menon', 'Perera', 'Qureshi'] },
  vietnamese: { m: ['Van Minh', 'Duc Anh', 'Quoc Bao', 'Thanh Son'], f: ['Thi Lan', 'Thu Ha', 'Ngoc Anh', 'Minh Chau'], family: ['Nguyen', 'Tran', 'Le', 'Pham', 'Hoang', 'Vu'], familyFirst: true },
  japanese: { m: ['Hiroshi', 'Kenji', 'Takeshi', 'Daisuke', 'Satoshi'], f: ['Yuko', 'Akiko', 'Naomi', 'Haruka', 'Emi'], family: ['Tanaka', 'Suzuki', 'Watanabe', 'Yamamoto', 'Kobayashi', 'Matsuda'] },
  korean: { m: ['Min-jun', 'Ji-hoon', 'Sung-ho', 'Dong-hyun'], f: ['Seo-yeon', 'Ji-woo', 'Hye-jin', 'Eun-ji'], family: ['Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Kang'], familyFirst: true },
  persian: { m: ['Dariush', 'Farhod', 'Rahmon', 'Kamran', 'Babak'], f: ['Shirin', 'Parvina', 'Mahnaz', 'Firuza'], family: ['Rahimi', 'Karimzoda', 'Nazari', 'Saidov', 'Hosseini', 'Sharifzoda'] },
};

// Invented organisation stems; none is meant to be a real company.
const ORG_STEMS = [
  'Altyn', 'Meridian', 'Baobab', 'Karavan', 'Zhonghe', 'Qamar', 'Lotus Bay', 'Harbourline', 'Sunreach', 'Tengri',
  'Nordvik', 'Savanna', 'Kestrel', 'Jade Gate', 'Amber Coast', 'Silverline', 'Cedar Point', 'Azure Steppe',
  'Redwater', 'Falcon Ridge', 'Hanul', 'Pamir', 'Sahel', 'Andes Crest', 'Bluehorn', 'Goldcrest', 'Oasis',
  'Irongate', 'Riverbend', 'Stonebridge', 'Morning Star', 'Crescent', 'Polaris', 'Terranova', 'Vostok',
  'Sinar', 'Nusantara', 'Kilimani', 'Arawak', 'Solstice', 'Halcyon', 'Ostrova', 'Marlin', 'Zenith', 'Atlas Ridge',
];
const ORG_SECTORS = [
  'Energy', 'Power', 'Infrastructure', 'Engineering', 'Construction', 'Logistics', 'Resources', 'Petrochemicals',
  'Rail', 'Ports', 'Water', 'Renewables', 'Mining', 'Telecom', 'Industrial', 'Green Energy', 'Transport',
];
const ORG_FORMS = ['Group', 'Holdings', 'Company', 'Corporation', 'Ltd', 'LLC', 'JSC', 'PLC', 'SA', 'GmbH', 'AG', 'Co.', 'International', 'Partners'];
const BANK_SHAPES = [
  (stem: string) => `${stem} Development Bank`,
  (stem: string) => `${stem} Infrastructure Fund`,
  (stem: string) => `${stem} Capital Partners`,
  (stem: string) => `${stem} Investment Bank`,
  (stem: string) => `${stem} Export Finance Corporation`,
];

interface Person { name: string; short: string; title: string; org: Org | null; country: Country }
interface Org { name: string; acronym: string | null; short: string; country: Country; /** Takes "the" before the full name. */ the?: boolean }

interface FacilityKind {
  /** Full phrase with an indefinite article and a capacity. */
  make: (r: Rng, host: Country, city: string) => string;
  /** The short anaphor used later ("the plant"). */
  ref: string;
  /** A headline noun. */
  head: string;
}

const RIVERS = ['Syr Darya', 'Niger', 'Mekong', 'Zambezi', 'Rioni', 'Vakhsh', 'Naryn', 'Blue Nile', 'Brahmaputra', 'Danube', 'Parana', 'Kura'];

const FACILITIES: FacilityKind[] = [
  { make: (r) => `a ${r.int(5, 150) * 10} MW solar power plant`, ref: 'the solar plant', head: 'solar plant' },
  { make: (r) => `a ${r.int(10, 90) * 10}-megawatt photovoltaic park`, ref: 'the park', head: 'solar park' },
  { make: (r) => `a ${(r.int(4, 30) / 10).toFixed(1)} GW wind farm`, ref: 'the wind farm', head: 'wind farm' },
  { make: (r) => `a ${r.int(20, 200) * 5} MW wind power plant`, ref: 'the wind project', head: 'wind project' },
  { make: (r) => `a ${r.int(10, 140) * 10} MW hydropower plant on the ${r.pick(RIVERS)} River`, ref: 'the dam', head: 'hydropower plant' },
  { make: (r) => `a ${r.int(4, 18) * 100} MW combined-cycle gas power plant`, ref: 'the power station', head: 'gas power plant' },
  { make: (r) => `an oil refinery with a capacity of ${r.int(2, 20)} million tonnes a year`, ref: 'the refinery', head: 'refinery' },
  { make: (r) => `a fertilizer plant producing ${r.int(3, 14) * 100},000 tonnes of urea a year`, ref: 'the fertilizer plant', head: 'urea plant' },
  { make: (r, _h, c) => `a ${r.int(40, 900)}-kilometre railway line from ${c} to the border`, ref: 'the railway', head: 'railway' },
  { make: (r) => `a ${r.int(20, 400)} km toll road`, ref: 'the motorway', head: 'highway' },
  { make: (r) => `a container terminal able to handle ${(r.int(5, 60) / 10).toFixed(1)} million TEU a year`, ref: 'the terminal', head: 'port terminal' },
  { make: (r) => `a ${r.pick([220, 330, 400, 500, 765])} kV transmission line`, ref: 'the power line', head: 'power line' },
  { make: (r) => `a ${r.int(2, 40) * 5} MW data centre`, ref: 'the data centre', head: 'data centre' },
  { make: (r) => `a ${r.int(2, 12) * 50}-bed hospital`, ref: 'the hospital', head: 'hospital' },
  { make: (r) => `a desalination plant producing ${r.int(5, 60) * 10},000 cubic metres of water a day`, ref: 'the desalination plant', head: 'desalination plant' },
  { make: (r) => `a ${r.pick(['copper', 'gold', 'lithium', 'nickel'])} mine with reserves of ${r.int(10, 400)} million tonnes of ore`, ref: 'the mine', head: 'mine' },
  { make: (r) => `a ${r.int(5, 80) * 10} MWh battery storage system`, ref: 'the battery project', head: 'battery storage' },
  { make: (r) => `an industrial park covering ${r.int(50, 900)} hectares`, ref: 'the industrial zone', head: 'industrial park' },
  { make: (r) => `a ${r.int(300, 2400)}-kilometre gas pipeline`, ref: 'the pipeline', head: 'gas pipeline' },
  { make: (r) => `${r.int(2, 30) * 10} electric locomotives`, ref: 'the locomotives', head: 'locomotive deal' },
  { make: (r) => `a cement factory with annual output of ${r.int(1, 8)} million tonnes`, ref: 'the factory', head: 'cement factory' },
  { make: (r) => `a logistics hub of ${r.int(10, 120)} hectares`, ref: 'the hub', head: 'logistics hub' },
];

const TITLES_GOV = ['Minister of Energy', 'Minister of Investment and Foreign Trade', 'Deputy Prime Minister', 'Minister of Transport', 'Finance Minister', 'President', 'Prime Minister', 'governor of the central province', 'Minister of Economy'];
const TITLES_CO = ['chief executive', 'chairman', 'managing director', 'president', 'vice president', 'head of international business', 'chief financial officer', 'general director', 'deputy chairman'];
const TITLES_BANK = ['vice president for operations', 'country director', 'head of infrastructure finance', 'director general', 'chief investment officer'];

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const OUTLETS = ['Corridor Wire', 'Steppe Business Daily', 'Infrastructure Monitor', 'Silk Route Herald', 'Gulf Projects Weekly', 'Africa Deals Review', 'Eurasia Energy Post', 'Harbour & Rail Journal'];

const QUOTES = [
  'This agreement opens a new chapter in our economic partnership',
  'We expect the first power to reach the grid within three years',
  'Local contractors will carry out most of the civil works, and we will train the people who run the plant',
  'Our priority is to bring reliable, affordable supply to households and factories',
  'The financing is in place and the land has been allocated, so there is nothing holding us back',
  'We have been looking at this market for a long time, and the reforms of the past few years convinced our board',
  'It is the largest single investment our company has made outside its home market',
  'The project will create several thousand jobs during construction and hundreds more once it is running',
  'We want this corridor to carry goods between the two regions in days rather than weeks',
  'Without new capacity the country would face shortages every summer',
  'Tariffs have been agreed for twenty-five years, which gives lenders the certainty they need',
  'This is not only about money; it is about technology and skills staying in the country',
  'We are grateful to our partners for their trust and their patience during the negotiations',
  'The environmental assessment will be published before any construction starts',
  'Demand from neighbouring markets makes the economics of this plant very strong',
];

const FILLER = [
  'Electricity demand in the region has grown by roughly {pct} percent a year over the past decade, outpacing new supply.',
  'The government has set a goal of producing {pct} percent of its power from renewable sources by {year}.',
  'Analysts say the deal reflects a wider push by {invAdj} companies into markets where state utilities are short of capital.',
  'Foreign direct investment into {host} rose to a record last year, according to official figures.',
  'Critics have questioned whether the country can take on more external debt while its currency remains under pressure.',
  'Officials did not say how the cost would be shared between the partners.',
  'The two countries have signed more than {n} cooperation documents since relations were upgraded to a strategic partnership.',
  'Trade between {host} and {inv} reached about ${bn} billion last year, up from less than half that five years ago.',
  'Several similar projects announced in recent years have been delayed by disputes over land and tariffs.',
  'The region has long suffered from ageing infrastructure built several decades ago.',
  'Much of the equipment is expected to be shipped through the port of {hostCity2}.',
  'Industry groups welcomed the announcement but said grid connections remain a bottleneck.',
  'Construction costs across the sector have risen sharply because of higher prices for steel and cables.',
  'The agreement still needs approval from the cabinet and, in some cases, from parliament.',
  'Environmental groups have asked for public hearings before the site is cleared.',
  'The announcement came during a business forum attended by more than {n} companies from both countries.',
  'A feasibility study is due to be completed within {months} months.',
  'Details of the tender process will be published later, officials said.',
  'Shares in listed suppliers rose after the news.',
  'The World Bank has repeatedly urged the government to open the sector to private investors.',
  'Local media reported that talks on the deal had been under way since {year0}.',
  'The country imports most of its fuel, leaving the budget exposed to swings in world prices.',
  'Rating agencies have said the government\'s guarantees for such projects could weigh on public finances.',
  'Residents of nearby villages have been promised compensation and new jobs.',
];

// ---------------------------------------------------------------- article model

interface Story {
  r: Rng;
  host: Country;
  inv: Country;
  hostCity: string;
  hostCity2: string;
  invCity: string;
  investor: Org;
  hostOrg: Org;
  bank: Org;
  contractor: Org;
  ministry: Org;
  people: { invBoss: Person; minister: Person; hostBoss: Person; banker: Person; ambassador: Person };
  facility: string;
  facilityRef: string;
  head: string;
  second: string;
  amount: string;
  amountBn: number;
  published: Date;
  usedAcronym: Set<string>;
  introduced: Set<string>;
}

function personName(r: Rng, t: Tradition): { name: string; short: string } {
  const pool = NAMES[t];
  const female = r.chance(0.4);
  const given = r.pick(female ? pool.f : pool.m);
  let family = r.pick(pool.family);
  if (female && pool.femaleSuffix && /(ov|ev|in)$/.test(family)) family += 'a';
  if (pool.familyFirst) return { name: `${family} ${given}`, short: family };
  if (t === 'malay' && r.chance(0.25)) return { name: given, short: given }; // single-name convention
  return { name: `${given} ${family}`, short: family };
}

function personOf(r: Rng, country: Country, title: string, org: Org | null): Person {
  const t = r.chance(0.8) ? country.tradition : r.pick(COUNTRIES).tradition;
  const { name, short } = personName(r, t);
  return { name, short, title, org, country };
}

function acronymOf(name: string): string | null {
  const letters = name.split(/[\s-]+/).filter((w) => /^[A-Z]/.test(w) && !['Co.', 'Ltd', 'LLC', 'JSC', 'PLC', 'SA', 'AG', 'GmbH'].includes(w)).map((w) => w[0]);
  return letters.length >= 2 && letters.length <= 6 ? letters.join('') : null;
}

function companyOf(r: Rng, country: Country): Org {
  const stem = r.pick(ORG_STEMS);
  const sector = r.pick(ORG_SECTORS);
  const form = r.pick(ORG_FORMS);
  const name = country.tradition === 'malay' && r.chance(0.4) ? `PT ${stem} ${sector}` : `${stem} ${sector} ${form}`;
  return { name, acronym: acronymOf(name), short: stem, country };
}

function bankOf(r: Rng, country: Country): Org {
  const stem = r.chance(0.5) ? r.pick(ORG_STEMS) : country.adj;
  const name = r.pick(BANK_SHAPES)(stem);
  return { name, acronym: acronymOf(name), short: `the ${name.split(' ').pop()!.toLowerCase()}`, country };
}

function stateBodyOf(r: Rng, country: Country): Org {
  const shapes = [
    `National ${r.pick(['Electric Power', 'Railway', 'Oil and Gas', 'Water', 'Grid', 'Ports'])} Company of ${country.name}`,
    `${country.name} Investment Authority`,
    `${country.adj} State ${r.pick(['Railways', 'Energy Holding', 'Grid Operator', 'Ports Authority'])}`,
    `${country.name} ${r.pick(['Electricity', 'Infrastructure', 'Industrial Development'])} Agency`,
  ];
  const name = r.pick(shapes);
  return { name, acronym: acronymOf(name), short: name.endsWith('Agency') ? 'the agency' : 'the state company', country, the: !name.startsWith(country.name) };
}

function ministryOf(r: Rng, country: Country): Org {
  const dept = r.pick(['Energy', 'Investment and Foreign Trade', 'Transport', 'Economy and Finance', 'Industry', 'Water Resources']);
  const name = `Ministry of ${dept} of ${country.name}`;
  return { name, acronym: null, short: 'the ministry', country, the: true };
}

const EUR_COUNTRIES = new Set(['Germany', 'France', 'Spain']);
const YUAN_COUNTRIES = new Set(['China']);

function moneyPhrase(r: Rng, inv: Country): { text: string; bn: number } {
  const bn = r.chance(0.5) ? r.int(2, 99) / 10 : r.int(1, 9) * 100 / 1000 + r.int(0, 9) * 10 / 1000;
  const q = r.pick(['', '', '', 'about ', 'more than ', 'up to ', 'nearly ']);
  const billions = bn >= 1;
  const num = billions ? (Number.isInteger(bn) ? String(bn) : bn.toFixed(1)) : String(Math.round(bn * 1000));
  const unit = billions ? 'billion' : 'million';
  if (EUR_COUNTRIES.has(inv.name) && r.chance(0.6)) return { text: r.chance(0.5) ? `${q}€${num} ${unit}` : `${q}${num} ${unit} euros`, bn };
  if (YUAN_COUNTRIES.has(inv.name) && r.chance(0.3)) return { text: `${q}${Math.round(bn * 7)} billion yuan`, bn };
  if (r.chance(0.15)) return { text: `${q}US$${num}${billions ? 'bn' : 'm'}`, bn };
  return { text: `${q}$${num} ${unit}`, bn };
}

function relDay(r: Rng): string {
  return r.pick([`on ${r.pick(WEEKDAYS)}`, `on ${r.pick(WEEKDAYS)}`, 'last week', 'earlier this month', 'this week', `on ${r.int(1, 28)} ${r.pick(MONTHS)}`, `on ${r.pick(MONTHS)} ${r.int(1, 28)}`]);
}

function futureWhen(r: Rng, year: number): string {
  return r.pick([`by ${year + r.int(2, 6)}`, 'next year', `in the second half of ${year + r.int(1, 3)}`, `in ${r.pick(MONTHS)} ${year + r.int(1, 2)}`, `within ${r.int(2, 5)} years`, 'before the end of the decade']);
}

/** First mention: the full name with its acronym; later mentions: the acronym or a short form. */
function orgRef(s: Story, o: Org): string {
  const full = o.the ? `the ${o.name}` : o.name;
  if (!s.introduced.has(o.name)) {
    s.introduced.add(o.name);
    if (o.acronym && s.r.chance(0.7)) { s.usedAcronym.add(o.name); return `${full} (${o.acronym})`; }
    return full;
  }
  if (o.acronym && s.usedAcronym.has(o.name) && s.r.chance(0.6)) return o.acronym;
  return s.r.chance(0.5) ? full : o.short;
}

/**
 * First mention: the name with title and organisation (an appositive, closed by a comma unless
 * it ends the sentence: `final`); later mentions: the family name or the full name.
 */
function personRef(s: Story, p: Person, withTitle = true, final = false): string {
  if (!s.introduced.has(p.name)) {
    s.introduced.add(p.name);
    if (!withTitle) return p.name;
    const org = p.org ? orgRef(s, p.org) : p.country.name;
    const close = final ? '' : ',';
    const shapes = [`${p.name}, ${p.title} of ${org}${close}`, `${p.name}, the ${p.title} of ${org}${close}`];
    if (!p.title.includes(' of ')) shapes.push(`${p.org ? org : p.country.adj} ${p.title} ${p.name}`);
    return s.r.pick(shapes);
  }
  return s.r.chance(0.7) ? p.short : p.name;
}

function fill(s: Story, template: string): string {
  const r = s.r;
  return template
    .replace('{pct}', String(r.int(3, 45)))
    .replace('{year}', String(s.published.getUTCFullYear() + r.int(3, 12)))
    .replace('{year0}', String(s.published.getUTCFullYear() - r.int(1, 4)))
    .replace('{invAdj}', s.inv.adj)
    .replace('{host}', s.host.name)
    .replace('{inv}', s.inv.name)
    .replace('{bn}', (r.int(5, 400) / 10).toFixed(1))
    .replace('{hostCity2}', s.hostCity2)
    .replace('{n}', String(r.int(12, 180)))
    .replace('{months}', String(r.int(6, 18)));
}

/** Sentences start with a capital even when a short form ("the ministry") opens them. */
const cap = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);

/** A quotation; `attributed` quotes end with a comma because "X said" follows. */
function quote(s: Story, attributed = true): string {
  const q = s.r.pick(QUOTES);
  const end = attributed ? ',' : '.';
  return s.r.chance(0.5) ? `"${q}${end}"` : `\u201c${q}${end}\u201d`;
}

// Sentence shapes. Each reads the story and returns one or two sentences.
type Shape = (s: Story) => string;

const LEADS: Shape[] = [
  (s) => `${orgRef(s, s.investor)} of ${s.inv.name} has signed an agreement with ${orgRef(s, s.hostOrg)} to build ${s.facility} near ${s.hostCity}, ${s.host.name}, the companies said ${relDay(s.r)}.`,
  (s) => `${s.host.name} and ${s.inv.name} ${relDay(s.r)} agreed to develop ${s.facility} in ${s.hostCity} at an estimated cost of ${s.amount}.`,
  (s) => `${personRef(s, s.people.minister)} met ${personRef(s, s.people.invBoss)} in ${s.hostCity} ${relDay(s.r)} to discuss ${s.facility} and other joint projects.`,
  (s) => `${s.hostCity.toUpperCase()}, ${MONTHS[s.published.getUTCMonth()]} ${s.published.getUTCDate()} (${s.r.pick(OUTLETS)}) \u2014 ${orgRef(s, s.investor)} will invest ${s.amount} in ${s.facility} in ${s.host.name}'s ${s.r.pick(['north', 'south', 'east', 'west', 'central region'])}, officials said.`,
  (s) => `${orgRef(s, s.bank)} ${relDay(s.r)} approved a loan of ${s.amount} for ${s.facility} to be built by ${orgRef(s, s.investor)} in ${s.hostCity}.`,
  (s) => `A consortium led by ${s.inv.adj} developer ${orgRef(s, s.investor)} has won a tender to build ${s.facility} outside ${s.hostCity}, ${s.host.adj} officials announced ${relDay(s.r)}.`,
];

const BODY: Shape[] = [
  (s) => `The project is valued at ${s.amount}, making it one of the largest foreign investments in ${s.host.name}'s ${s.r.pick(['energy', 'transport', 'industrial', 'utilities'])} sector in recent years.`,
  (s) => `${orgRef(s, s.bank)} will provide ${moneyPhrase(s.r, s.inv).text} of the financing, with the rest coming from ${orgRef(s, s.investor)} and ${orgRef(s, s.hostOrg)}.`,
  (s) => `Construction of ${s.facilityRef} is due to begin ${futureWhen(s.r, s.published.getUTCFullYear())}, and it should be fully operational ${futureWhen(s.r, s.published.getUTCFullYear() + 2)}.`,
  (s) => `${quote(s)} ${personRef(s, s.people.invBoss, false)} said${s.r.chance(0.5) ? ` at the signing ceremony in ${s.hostCity}` : ''}.`,
  (s) => `${quote(s)} said ${personRef(s, s.people.minister, true, true)}.`,
  (s) => `According to ${personRef(s, s.people.hostBoss, true, true)}, ${s.facilityRef} will supply ${s.r.pick(['the capital', 'industrial users', 'about two million households', 'neighbouring countries', 'the national grid'])} once it is completed.`,
  (s) => `The agreement was signed ${relDay(s.r)} in the presence of ${personRef(s, s.people.minister)} and ${s.inv.adj} ambassador ${personRef(s, s.people.ambassador, false)}.`,
  (s) => `${orgRef(s, s.contractor)} has been chosen as the main contractor for the engineering, procurement and construction works.`,
  (s) => `The site lies about ${s.r.int(10, 160)} kilometres ${s.r.pick(['north', 'south', 'east', 'west', 'south-west', 'north-east'])} of ${s.hostCity}, close to ${s.hostCity2}.`,
  (s) => `The two sides also discussed ${s.second} and a possible extension of cooperation to ${s.r.pick(['green hydrogen', 'vocational training', 'agriculture', 'digital services', 'logistics'])}.`,
  (s) => `${personRef(s, s.people.banker)} said the bank had ${s.r.pick(['completed its due diligence', 'approved the loan last month', 'worked on the deal for two years', 'brought in two co-lenders'])}.`,
  (s) => `${orgRef(s, s.investor)}, which is headquartered in ${s.invCity}, already operates ${s.r.pick(['plants', 'projects', 'terminals', 'assets'])} in ${s.r.int(3, 40)} countries.`,
  (s) => `${orgRef(s, s.ministry)} said the project would ${s.r.pick(['cut the country\'s reliance on imported fuel', 'reduce freight costs for exporters', 'ease chronic power shortages', 'attract further private investment'])}.`,
  (s) => `${personRef(s, s.people.invBoss)} is expected to visit ${s.hostCity} in ${s.r.pick(MONTHS)} to sign the final investment agreement.`,
  (s) => `Under the deal, ${orgRef(s, s.hostOrg)} will hold a ${s.r.int(10, 49)} percent stake in the joint venture and ${orgRef(s, s.investor)} the rest.`,
  (s) => `The ${s.head} is part of a wider programme worth ${moneyPhrase(s.r, s.inv).text} that ${s.host.adj} authorities unveiled ${s.r.pick(['last year', 'in the spring', 'two years ago'])}.`,
  (s) => `Talks between ${personRef(s, s.people.minister)} and ${personRef(s, s.people.invBoss)} in ${s.invCity} ${relDay(s.r)} focused on ${s.r.pick(['financing', 'land allocation', 'the tariff', 'local content rules'])}.`,
  (s) => `${s.inv.adj} lenders, including ${orgRef(s, s.bank)}, have financed ${s.r.int(2, 12)} projects in ${s.host.name} since ${s.published.getUTCFullYear() - s.r.int(3, 9)}.`,
  (s) => `${quote(s)} ${personRef(s, s.people.hostBoss, false)} told reporters.`,
];

const HEADLINES: Shape[] = [
  (s) => `${s.investor.short} to build ${s.head} in ${s.host.name}`,
  (s) => `${s.host.name}, ${s.inv.name} sign ${s.amount.replace(/^(about|more than|up to|nearly) /, '')} ${s.head} deal`,
  (s) => `${s.bank.name} backs ${s.hostCity} ${s.head}`,
  (s) => `${s.inv.adj} firm wins contract for ${s.head} near ${s.hostCity}`,
  (s) => `${s.host.adj} minister and ${s.investor.short} discuss new ${s.head}`,
];

function newStory(r: Rng): Story {
  const host = r.pick(COUNTRIES);
  let inv = r.pick(COUNTRIES);
  while (inv === host) inv = r.pick(COUNTRIES);
  const hostCity = r.pick(host.cities);
  const hostCity2 = host.cities.length > 1 ? r.pick(host.cities.filter((c) => c !== hostCity)) : hostCity;
  const investor = companyOf(r, inv);
  const hostOrg = stateBodyOf(r, host);
  const bank = bankOf(r, r.chance(0.7) ? inv : r.pick(COUNTRIES));
  const contractor = companyOf(r, r.chance(0.5) ? inv : host);
  const ministry = ministryOf(r, host);
  const kind = r.pick(FACILITIES);
  const other = r.pick(FACILITIES);
  const money = moneyPhrase(r, inv);
  const published = new Date(Date.UTC(r.int(2019, 2025), r.int(0, 11), r.int(1, 28)));
  return {
    r, host, inv, hostCity, hostCity2, invCity: r.pick(inv.cities), investor, hostOrg, bank, contractor, ministry,
    people: {
      invBoss: personOf(r, inv, r.pick(TITLES_CO), investor),
      minister: personOf(r, host, r.pick(TITLES_GOV), null),
      hostBoss: personOf(r, host, r.pick(TITLES_CO), hostOrg),
      banker: personOf(r, bank.country, r.pick(TITLES_BANK), bank),
      ambassador: personOf(r, inv, 'ambassador', null),
    },
    facility: kind.make(r, host, hostCity),
    facilityRef: kind.ref,
    head: kind.head,
    second: `${other.make(r, host, hostCity2)} in ${hostCity2}`,
    amount: money.text,
    amountBn: money.bn,
    published,
    usedAcronym: new Set(),
    introduced: new Set(),
  };
}

const slug = (s: string) => s.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);

/** One article. Its randomness comes only from `r`. */
export function generateArticle(r: Rng, id: number): BenchArticle {
  const s = newStory(r);
  const target = r.int(300, 660); // the last sentence may overshoot by a few dozen words
  const title = cap(r.pick(HEADLINES)(s));
  const paragraphs: string[] = [];
  let words = countWords(title);
  const lead = cap(r.pick(LEADS)(s));
  paragraphs.push(lead);
  words += countWords(lead);
  // Body: shapes in a fresh order each time, topped up with filler, 1-4 sentences per paragraph.
  let shapes: Shape[] = r.shuffle([...BODY]);
  let fillers = r.shuffle([...FILLER]);
  while (words < target) {
    const n = r.int(1, 4);
    const para: string[] = [];
    for (let i = 0; i < n && words < target; i++) {
      let sent: string;
      if (shapes.length && r.chance(0.7)) sent = cap(shapes.pop()!(s));
      else if (fillers.length) sent = fill(s, fillers.pop()!);
      else { shapes = r.shuffle([...BODY]); fillers = r.shuffle([...FILLER]); continue; }
      para.push(sent);
      words += countWords(sent);
    }
    if (para.length) paragraphs.push(para.join(' '));
  }
  const text = paragraphs.join('\n\n') + '\n';
  const published = s.published.toISOString().slice(0, 10);
  return {
    id,
    title,
    text,
    published,
    source: r.pick(OUTLETS),
    path: `bench/${published}-${String(id).padStart(5, '0')}-${slug(title)}.txt`,
    words,
    bytes: Buffer.byteLength(title, 'utf8') + Buffer.byteLength(text, 'utf8'),
  };
}

/** Articles until their UTF-8 size (title + body) reaches `mb` MiB. */
export function generateCorpus(opts: { mb?: number; seed?: number } = {}): Corpus {
  const mb = opts.mb ?? 5;
  const seed = opts.seed ?? DEFAULT_SEED;
  const r = new Rng(seed);
  const want = mb * MIB;
  const articles: BenchArticle[] = [];
  let bytes = 0;
  let words = 0;
  while (bytes < want) {
    const a = generateArticle(r, articles.length);
    articles.push(a);
    bytes += a.bytes;
    words += a.words;
  }
  return { articles, bytes, words, seed };
}

// Run directly: print the corpus as JSON Lines.
if (/[\\/]bench[\\/]corpus\.[jt]s$/.test(process.argv[1] ?? '')) {
  const arg = (name: string) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : undefined; };
  const c = generateCorpus({ mb: Number(arg('--mb') ?? 5), seed: Number(arg('--seed') ?? DEFAULT_SEED) });
  for (const a of c.articles) process.stdout.write(JSON.stringify(a) + '\n');
  process.stderr.write(`${c.articles.length} articles, ${c.words} words, ${c.bytes} bytes (seed ${c.seed})\n`);
}
