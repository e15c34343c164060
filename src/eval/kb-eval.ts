// `corridor eval DIR --kb`: how well the register merges across documents. Every article in
// DIR goes into a fresh store; each gold project with a `project_key` is matched to the
// extracted project of its document (the same matcher as the extraction eval), and so to the
// register record that holds it. Scored pairwise over those gold mentions: a pair with one key
// should share a record (recall), a pair sharing a record should share a key (precision). A gold
// mention the engine missed sits alone. Organisations and people are checked for splits (one
// real entity, two records) and merges (two entities, one record).

import { readFile } from 'node:fs/promises';
import type { Extraction } from '../nlp/extraction.js';
import type { Store } from '../store/store.js';
import { prf } from './metrics.js';
import { matchProjects, type GoldProjectExtras } from './match-projects.js';
import { normOrgName, normPersonName } from './normalize.js';
import { findEvalDocuments } from './run-eval.js';
import type { Prf } from './types.js';

export interface KbMention { document: string; gold: string; key: string; record: string | null }

export interface EntityCheck {
  /** Distinct real entities in gold (grouped across documents by shared names). */
  entities: number;
  /** Gold entities found in more than one register record. */
  split: { name: string; records: string[] }[];
  /** Register records holding more than one gold entity. */
  merged: { record: string; names: string[] }[];
}

export interface KbReport {
  dir: string;
  documents: number;
  mentions: KbMention[];
  keys: number;
  pairwise: Prf;
  organizations: EntityCheck;
  people: EntityCheck;
}

/** `ingest` stores the given files and returns each one's document id. */
export async function runKbEval(dir: string, store: Store, ingest: (paths: string[]) => Promise<Map<string, number>>): Promise<KbReport> {
  const docs = await findEvalDocuments(dir);
  const ids = await ingest(docs.map((d) => d.path));
  const recordOf = await statementRecords(store);
  const mentions: KbMention[] = [];
  const golds: Extraction[] = [];
  for (const doc of docs) {
    const gold = JSON.parse(await readFile(doc.goldPath, 'utf8')) as Extraction;
    golds.push(gold);
    const id = ids.get(doc.path);
    const pred = id === undefined ? null : (await store.getDocument(id))?.extraction ?? null;
    const matched = new Map<number, number>();
    if (pred) for (const m of matchProjects(pred, gold).pairs) matched.set(m.goldIndex, m.predIndex);
    gold.projects.forEach((g, gi) => {
      const key = (g as typeof g & GoldProjectExtras).project_key;
      if (!key) return;
      const pi = matched.get(gi);
      const p = pi === undefined || !pred ? null : pred.projects[pi];
      mentions.push({ document: doc.name, gold: g.name, key, record: p && id !== undefined ? recordOf.get(`${id}|${p.type}|${p.name.trim()}`) ?? null : null });
    });
  }
  return {
    dir,
    documents: docs.length,
    mentions,
    keys: new Set(mentions.map((m) => m.key)).size,
    pairwise: pairwise(mentions),
    organizations: checkEntities(golds.flatMap((g) => g.organizations.map((o) => ({ names: [o.name, ...(o.aliases ?? [])], country: o.country }))), await recordNames(store, 'organizations'), normOrgName),
    people: checkEntities(golds.flatMap((g) => g.people.map((p) => ({ names: [p.name, ...(p.aliases ?? [])].filter((n) => n.trim().includes(' ')), country: null }))), await recordNames(store, 'people'), normPersonName),
  };
}

/** (document id, type, statement name) -> the public id of the project holding that statement. */
async function statementRecords(store: Store): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const s of await store.listProjects()) {
    const p = (await store.getProject(s.id))!;
    for (const h of p.history) out.set(`${h.document.documentId}|${p.type}|${h.name}`, p.id);
  }
  return out;
}

async function recordNames(store: Store, kind: 'organizations' | 'people'): Promise<EntityNames[]> {
  if (kind === 'organizations') return (await store.listOrganizations()).map((r) => ({ id: r.id, names: [r.name, ...r.aliases], country: r.country }));
  return (await store.listPeople()).map((r) => ({ id: r.id, names: [r.name, ...r.aliases], country: null }));
}

interface EntityNames { id: string; names: string[]; country: string | null | undefined }

export function pairwise(mentions: readonly KbMention[]): Prf {
  let tp = 0, fp = 0, fn = 0;
  for (let i = 0; i < mentions.length; i++) {
    for (let j = i + 1; j < mentions.length; j++) {
      const a = mentions[i], b = mentions[j];
      const sameKey = a.key === b.key;
      const sameRecord = a.record !== null && a.record === b.record;
      if (sameKey && sameRecord) tp++;
      else if (sameRecord) fp++;
      else if (sameKey) fn++;
    }
  }
  return prf(tp, fp, fn);
}

/**
 * Groups gold names into entities (two gold entries sharing a normalised name and country are
 * one entity: "Ministry of Energy" of Uzbekistan and of Azerbaijan are two), then finds which
 * records carry each entity's names. A name without a country meets the one country that name
 * has in gold, or stands for itself.
 */
export function checkEntities(gold: { names: string[]; country: string | null | undefined }[], records: EntityNames[], norm: (s: string) => string): EntityCheck {
  const countriesOf = new Map<string, Set<string>>();
  for (const g of gold) if (g.country) for (const n of g.names) { const f = norm(n); if (f) countriesOf.set(f, (countriesOf.get(f) ?? new Set()).add(g.country.toUpperCase())); }
  const node = (f: string, country: string | null | undefined): string => {
    if (country) return `${f}|${country.toUpperCase()}`;
    const cs = countriesOf.get(f);
    return cs && cs.size === 1 ? `${f}|${[...cs][0]}` : `${f}|?`;
  };
  const goldNames = gold.map((g) => g.names.map((n) => (norm(n) ? node(norm(n), g.country) : '')));
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    while (parent.get(x) !== x) { parent.set(x, parent.get(parent.get(x)!)!); x = parent.get(x)!; }
    return x;
  };
  const label = new Map<string, string>();
  goldNames.forEach((nodes, gi) => {
    const forms = [...new Set(nodes.filter(Boolean))];
    for (const f of forms) if (!parent.has(f)) parent.set(f, f);
    for (const f of forms.slice(1)) parent.set(find(f), find(forms[0]));
    if (forms[0] && !label.has(forms[0])) label.set(forms[0], gold[gi].names[0]);
  });
  const entities = new Map<string, Set<string>>();
  for (const f of parent.keys()) {
    const root = find(f);
    if (!entities.has(root)) entities.set(root, new Set());
  }
  const recordEntities = new Map<string, Set<string>>();
  for (const r of records) {
    for (const n of r.names) {
      const f = norm(n) ? node(norm(n), r.country) : '';
      if (!f || !parent.has(f)) continue;
      const root = find(f);
      entities.get(root)!.add(r.id);
      if (!recordEntities.has(r.id)) recordEntities.set(r.id, new Set());
      recordEntities.get(r.id)!.add(root);
    }
  }
  const nameOf = (root: string) => {
    for (const [f, l] of label) if (find(f) === root) return l;
    return root;
  };
  return {
    entities: entities.size,
    split: [...entities].filter(([, recs]) => recs.size > 1).map(([root, recs]) => ({ name: nameOf(root), records: [...recs].sort() })),
    merged: [...recordEntities].filter(([, roots]) => roots.size > 1).map(([record, roots]) => ({ record, names: [...roots].map(nameOf).sort() })),
  };
}

export function renderKbReport(r: KbReport, opts: { json?: boolean; explain?: boolean } = {}): string {
  if (opts.json) return JSON.stringify(r, null, 2) + '\n';
  const f = (x: number) => x.toFixed(3);
  const lines = [
    `knowledge base: ${r.documents} documents, ${r.mentions.length} gold project mentions with ${r.keys} project keys`,
    '',
    r.pairwise.tp + r.pairwise.fp + r.pairwise.fn === 0
      ? 'projects pairwise   no pair of mentions shares a key or a record: nothing to score'
      : `projects pairwise   P ${f(r.pairwise.precision)}  R ${f(r.pairwise.recall)}  F1 ${f(r.pairwise.f1)}  (TP ${r.pairwise.tp}, FP ${r.pairwise.fp}, FN ${r.pairwise.fn})`,
    `mentions unmatched  ${r.mentions.filter((m) => m.record === null).length} (the engine did not find the project in that article)`,
    `organizations       ${r.organizations.entities} entities, ${r.organizations.split.length} split, ${r.organizations.merged.length} merged`,
    `people              ${r.people.entities} entities, ${r.people.split.length} split, ${r.people.merged.length} merged`,
  ];
  if (opts.explain) {
    const keys = [...new Set(r.mentions.map((m) => m.key))].sort();
    lines.push('', 'project keys with more than one mention:');
    for (const k of keys) {
      const ms = r.mentions.filter((m) => m.key === k);
      if (ms.length < 2) continue;
      lines.push(`  ${k}`, ...ms.map((m) => `    ${m.record ?? '(not found)'}  ${m.document}: ${m.gold}`));
    }
    const shared = new Map<string, KbMention[]>();
    for (const m of r.mentions) if (m.record) shared.set(m.record, [...(shared.get(m.record) ?? []), m]);
    const wrong = [...shared].filter(([, ms]) => new Set(ms.map((m) => m.key)).size > 1);
    if (wrong.length > 0) {
      lines.push('', 'records holding more than one project key:');
      for (const [rec, ms] of wrong) lines.push(`  ${rec}: ${[...new Set(ms.map((m) => m.key))].join(', ')}`);
    }
    for (const [kind, c] of [['organizations', r.organizations], ['people', r.people]] as const) {
      for (const s of c.split) lines.push(`  ${kind} split: ${s.name} -> ${s.records.join(', ')}`);
      for (const m of c.merged) lines.push(`  ${kind} merged: ${m.record} holds ${m.names.join(' / ')}`);
    }
  }
  return lines.join('\n') + '\n';
}
