// Scores one predicted Extraction against its gold Extraction (spec: "How gold is scored").

import type { Extraction } from '../nlp/extraction.js';
import { matchMeetings } from './match-meetings.js';
import { matchOrganizations, matchPlaces } from './match-names.js';
import { matchPeople } from './match-people.js';
import { matchProjects } from './match-projects.js';
import { ATTRIBUTES, type AttributeName, type DocumentScore, type RightTotal } from './types.js';

/** An extraction with nothing in it: what a document that failed to extract is scored as. */
export function emptyExtraction(path: string | null = null): Extraction {
  return {
    schema: 'corridor.extraction/1',
    document: { path, title: null, published: null, source: null, language: 'en' },
    people: [], organizations: [], places: [], projects: [], events: [],
  };
}

export function scoreDocument(pred: Extraction, gold: Extraction): DocumentScore {
  const projects = matchProjects(pred, gold);
  const attributes = Object.fromEntries(ATTRIBUTES.map((a) => [a, { right: 0, total: 0 }])) as Record<AttributeName, RightTotal>;
  for (const pair of projects.pairs) {
    for (const name of ['sector', 'status', 'capacity', 'amount', 'places', 'organizations'] as const) {
      attributes[name].total++;
      if (pair.attributes[name].right) attributes[name].right++;
    }
    for (const r of pair.roles) {
      attributes.roles.total++;
      if (r.right) attributes.roles.right++;
    }
  }
  return {
    kinds: {
      people: matchPeople(pred.people, gold.people),
      organizations: matchOrganizations(pred.organizations, gold.organizations),
      places: matchPlaces(pred.places, gold.places),
      projects: projects.kind,
      meetings: matchMeetings(pred, gold),
    },
    projectPairs: projects.pairs,
    attributes,
  };
}
