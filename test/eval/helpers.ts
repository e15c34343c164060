// Small builders for hand-written predicted and gold extractions (invented content).
import type { Capacity, Extraction, ExtractedEvent, Organization, Person, Place, Project, ProjectOrg } from '../../src/nlp/extraction.js';

export function doc(parts: Partial<Extraction> = {}): Extraction {
  return {
    schema: 'corridor.extraction/1',
    document: { path: null, title: null, published: null, source: null, language: 'en' },
    people: [], organizations: [], places: [], projects: [], events: [],
    ...parts,
  };
}

export function person(name: string, aliases: string[] = []): Person {
  return { name, aliases, roles: [] };
}

export function org(name: string, aliases: string[] = []): Organization {
  return { name, aliases, country: null };
}

export function place(name: string, aliases: string[] = []): Place {
  return { name, aliases, kind: 'city', country: null };
}

export function cap(value: number, unit: string): Capacity {
  return { value, unit, text: `${value} ${unit}` };
}

type ProjectExtras = { accept_types?: string[]; accept_sectors?: string[]; accept_status?: string[]; amount_alternatives?: Project['amount'][]; aliases?: string[] };

export function project(p: Partial<Project> & { name: string } & ProjectExtras): Project {
  return {
    type: 'other', sector: 'other', status: 'unknown', country: null,
    places: [], organizations: [], capacity: [], amount: null, evidence: [],
    ...p,
  } as Project;
}

export function porg(name: string, role: ProjectOrg['role'] = 'partner'): ProjectOrg {
  return { name, role };
}

export function meeting(participants: string[], extra: Partial<ExtractedEvent> = {}): ExtractedEvent {
  return { type: 'meeting', date: null, participants, organizations: [], projects: [], evidence: [], ...extra };
}
