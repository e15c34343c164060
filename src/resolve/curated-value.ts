// What a curator may type for each settable project field, checked and normalised the same way
// from the CLI and the API. Text comes in as typed ("12 Mt", "USD 1.2e9", "KZ"); JSON objects
// (from the API) are taken as they are once they have the right shape.

import { PROJECT_TYPES, SECTORS, STATUSES, type Amount, type Capacity } from '../nlp/extraction.js';

export class CuratedValueError extends Error {}

/** The project fields a curator may set. */
export const CURATED_FIELDS = ['name', 'type', 'sector', 'status', 'country', 'capacity', 'amount'] as const;
export type CuratedField = (typeof CURATED_FIELDS)[number];

type Parser = (raw: unknown) => unknown;

const text = (raw: unknown, field: string): string => {
  if (typeof raw !== 'string' || !raw.trim()) throw new CuratedValueError(`${field} needs a value`);
  return raw.trim();
};

const oneOf = (field: string, allowed: readonly string[]): Parser => (raw) => {
  const v = text(raw, field);
  if (!allowed.includes(v)) throw new CuratedValueError(`${field} must be one of ${allowed.join(', ')}`);
  return v;
};

const NUMBER = String.raw`[-+]?(?:\d+(?:[.,]\d+)*|\.\d+)(?:e[-+]?\d+)?`;
const toNumber = (s: string): number => Number(s.replace(/,/g, ''));

/** "1000 MW", "12 Mt of crude" (item after "of"), or a JSON list of capacities. */
function capacity(raw: unknown): Capacity[] {
  if (Array.isArray(raw)) {
    for (const c of raw) {
      if (!c || typeof c !== 'object' || typeof (c as Capacity).value !== 'number' || typeof (c as Capacity).unit !== 'string') {
        throw new CuratedValueError('capacity must be a list of {value, unit, text}');
      }
    }
    return raw.map((c: Capacity) => ({ ...c, text: typeof c.text === 'string' ? c.text : `${c.value} ${c.unit}` }));
  }
  const v = text(raw, 'capacity');
  const m = new RegExp(`^(${NUMBER})\\s*([^\\d\\s][^]*?)(?:\\s+of\\s+(.+))?$`, 'i').exec(v);
  if (!m || !Number.isFinite(toNumber(m[1]))) throw new CuratedValueError('capacity looks like "1000 MW" or "12 Mt of crude oil"');
  return [{ value: toNumber(m[1]), unit: m[2].trim(), text: v, ...(m[3] ? { item: m[3].trim() } : {}) }];
}

/** "USD 1200000000", "1.2e9 EUR", or a JSON amount; "none" clears it. */
function amount(raw: unknown): Amount | null {
  if (raw && typeof raw === 'object') {
    const a = raw as Amount;
    if (typeof a.value !== 'number' || typeof a.currency !== 'string') throw new CuratedValueError('amount must be {value, currency}');
    return { value: a.value, currency: a.currency.toUpperCase(), qualifier: a.qualifier ?? 'exact', text: a.text ?? `${a.currency} ${a.value}` };
  }
  const v = text(raw, 'amount');
  if (/^none$/i.test(v)) return null;
  const m = new RegExp(`^(?:([A-Za-z]{3})\\s*(${NUMBER})|(${NUMBER})\\s*([A-Za-z]{3}))$`).exec(v);
  if (!m) throw new CuratedValueError('amount looks like "USD 1200000000" or "1.2e9 EUR"');
  const value = toNumber(m[2] ?? m[3]);
  if (!Number.isFinite(value) || value < 0) throw new CuratedValueError('amount must be a number of at least 0');
  return { value, currency: (m[1] ?? m[4]).toUpperCase(), qualifier: 'exact', text: v };
}

function country(raw: unknown): string | null {
  const v = text(raw, 'country');
  if (/^none$/i.test(v)) return null;
  if (!/^[A-Za-z]{2}$/.test(v)) throw new CuratedValueError('country is a two-letter ISO 3166-1 code, e.g. KZ');
  return v.toUpperCase();
}

const CURATED_PARSERS: Record<CuratedField, Parser> = {
  name: (raw) => text(raw, 'name'),
  type: oneOf('type', PROJECT_TYPES),
  sector: oneOf('sector', SECTORS),
  status: oneOf('status', STATUSES),
  country,
  capacity,
  amount,
};

export function parseCuratedValue(field: string, raw: unknown): unknown {
  if (!(CURATED_FIELDS as readonly string[]).includes(field)) throw new CuratedValueError(`field must be one of ${CURATED_FIELDS.join(', ')}`);
  return CURATED_PARSERS[field as CuratedField](raw);
}
