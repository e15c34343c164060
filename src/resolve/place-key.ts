// Place keys: a name alone is not enough to say two places are one (Victoria, Hyderabad), so a
// place record's key carries its country, and matching requires the countries to agree
// (or one of them to be unknown).

import { matchByKeys, type KeyMatch } from './match-by-keys.js';
import { normalizeName } from './normalize-name.js';

export function placeNameKey(name: string): string {
  return normalizeName(name);
}

/** The unique key of a place record: country code (or "-") and its folded name. */
export function placeRecordKey(name: string, country: string | null): string {
  return `${country ? country.toUpperCase() : '-'}:${placeNameKey(name)}`;
}

export interface PlaceCandidate { id: number; name: string; country: string | null; keys: string[] }

/**
 * The existing place a new mention belongs to: a shared name key and compatible countries.
 * A record with the same country wins over one with an unknown country; when the mention has
 * no country and records in two countries share the name, it is ambiguous (null).
 */
export function matchPlace(
  incoming: { name: string; aliases?: readonly string[]; country: string | null },
  candidates: readonly PlaceCandidate[],
): KeyMatch | null {
  const key = placeNameKey(incoming.name);
  const keys = [...new Set([incoming.name, ...(incoming.aliases ?? [])].map(placeNameKey).filter(Boolean))];
  const country = incoming.country?.toUpperCase() ?? null;
  const compatible = candidates.filter((c) => !country || !c.country || c.country.toUpperCase() === country);
  const tiers = [
    compatible.filter((c) => (c.country?.toUpperCase() ?? null) === country),
    compatible,
  ];
  for (const tier of tiers) {
    const m = matchByKeys({ key, keys }, tier.map((c) => ({ id: c.id, key: placeNameKey(c.name), keys: c.keys })));
    if (m) return m;
    if (tier.some((c) => c.keys.some((k) => keys.includes(k)))) return null; // ambiguous within the tier
  }
  return null;
}
