// Where to put a project on a map: its most precise place with coordinates (a site before a
// city, a city before a region, a region before the country), and that precision.

import type { ProjectLocation } from '../store/store.js';

const PRECISION_ORDER = ['site', 'city', 'region', 'country'] as const;

export function bestLocation(locations: readonly ProjectLocation[]): (ProjectLocation & { lat: number; lon: number; precision: string }) | null {
  for (const kind of PRECISION_ORDER) {
    const l = locations.find((x) => x.kind === kind && x.lat !== null && x.lon !== null);
    if (l) return { ...l, lat: l.lat!, lon: l.lon!, precision: kind };
  }
  const any = locations.find((x) => x.lat !== null && x.lon !== null);
  return any ? { ...any, lat: any.lat!, lon: any.lon!, precision: any.kind ?? 'unknown' } : null;
}
