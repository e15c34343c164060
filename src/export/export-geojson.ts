// Projects as GeoJSON points (RFC 7946: [lon, lat]), each at its most precise known place, with
// that precision as a property so a map can draw a country centroid differently from a site.

import { describeAmount, describeCapacity } from '../cli/describe.js';
import { bestLocation } from './project-location.js';
import type { RegisterExport } from './register-export.js';

export function registerToGeoJson(reg: RegisterExport): { geojson: string; unplaced: number } {
  let unplaced = 0;
  const features = [];
  for (const p of reg.projects) {
    const loc = bestLocation(p.locations);
    if (!loc) { unplaced++; continue; }
    features.push({
      type: 'Feature',
      id: p.id,
      geometry: { type: 'Point', coordinates: [loc.lon, loc.lat] },
      properties: {
        id: p.id, name: p.name, type: p.type, sector: p.sector, status: p.status, country: p.country,
        place: loc.name, precision: loc.precision,
        capacity: describeCapacity(p.capacity) || null, amount: describeAmount(p.amount) || null,
        partners: p.organizations.map((o) => `${o.name} (${o.role})`),
        first_reported: p.firstSeen, last_reported: p.lastSeen, sources: p.sources.length,
      },
    });
  }
  return { geojson: JSON.stringify({ type: 'FeatureCollection', features }, null, 2) + '\n', unplaced };
}
