// A place's gazetteer identity: ISO 3166-1 alpha-2 for countries, ISO 3166-2 for regions, the
// GeoNames id for cities. Two spellings of one place ("Turkestan region", "Turkistan Region")
// meet here even when neither document lists the other's spelling as an alias. Only an
// unambiguous lookup counts: one entry of the stated kind in the stated country.

import { loadGazetteer } from '../nlp/gazetteer.js';

export function gazetteerId(name: string, kind: string | null | undefined, country: string | null | undefined): string | null {
  if (kind === 'site') return null; // sites are named by the article, not the gazetteer
  const cc = country?.toUpperCase() ?? null;
  const hits = loadGazetteer().lookup(name).filter((e) => (!kind || e.kind === kind) && (!cc || e.country === cc || (e.kind === 'country' && e.id === cc)));
  const ids = new Set(hits.map((e) => e.id));
  return ids.size === 1 ? `${hits[0].kind}:${hits[0].id}` : null;
}
