// What one write transaction has learnt of the register's records, so the writer asks SQL once
// per name key, record or gazetteer id instead of once per mention. The writer reported every
// row it wrote to these maps (write-through), so they stay what the tables hold for as long as
// only the writer writes; anything else that changes records in the transaction (a curation act
// replayed, a document rolled back to its savepoint) makes the session forget them all
// (`WriteSession.forgetFacts`), and they load again from SQL as asked.
//
// A replay starts from empty derived tables, and every row it writes passes through here: there,
// a key never seen is a key no record has (`complete`), and nothing needs asking at all.

import type { KeyedRecord } from '../resolve/match-by-keys.js';
import { hammingDistance, NEAR_DUPLICATE_BITS } from '../resolve/simhash.js';
import { placeholders, type SqlDriver, type SqlValue } from './sql-driver.js';

/** Bound values per IN list: well under SQLite's and PostgreSQL's limits on parameters. */
export const IN_CHUNK = 500;

/** `query` over `ids` in chunks of IN_CHUNK, rows concatenated in chunk order. */
export async function inChunks<T, V extends SqlValue>(ids: readonly V[], query: (chunk: V[]) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < ids.length; i += IN_CHUNK) out.push(...(await query(ids.slice(i, i + IN_CHUNK))));
  return out;
}

/** Where a kind of record keeps its alias keys; `aliasWhere` narrows which aliases may match. Constants only: no value reaches SQL text. */
export interface AliasTables {
  records: 'organizations' | 'people' | 'places';
  aliases: 'organization_aliases' | 'person_aliases' | 'place_aliases';
  idColumn: 'organization_id' | 'person_id' | 'place_id';
  aliasWhere: string;
}

/** Alias keys of one kind of record, both ways: key -> records, record -> keys, record -> own key. */
export class KeyIndex {
  private readonly idsByKey = new Map<string, Set<number>>();
  private readonly keysOf = new Map<number, Set<string>>();
  private readonly ownKey = new Map<number, string>();

  constructor(private readonly t: AliasTables, private readonly isComplete: () => boolean) {}

  clear(): void {
    this.idsByKey.clear();
    this.keysOf.clear();
    this.ownKey.clear();
  }

  /** Entries held (keys and records), for the session's bound. */
  get size(): number {
    return this.idsByKey.size + this.keysOf.size + this.ownKey.size;
  }

  /** Ids of the records with an alias under any of `keys`, ascending. */
  async idsFor(sql: SqlDriver, keys: readonly string[]): Promise<number[]> {
    const missing = [...new Set(keys.filter((k) => !this.idsByKey.has(k)))];
    if (missing.length > 0) {
      for (const k of missing) this.idsByKey.set(k, new Set());
      if (!this.isComplete()) {
        for (const r of await inChunks(missing, (c) => sql.all<{ key: string; id: number }>(
          `SELECT DISTINCT key, ${this.t.idColumn} AS id FROM ${this.t.aliases} WHERE ${this.t.aliasWhere} AND key IN (${placeholders(c.length)})`, ...c,
        ))) this.idsByKey.get(r.key)!.add(r.id);
      }
    }
    const ids = new Set<number>();
    for (const k of keys) for (const id of this.idsByKey.get(k)!) ids.add(id);
    return [...ids].sort((a, b) => a - b);
  }

  /** The alias keys of each record (loading the ones not known yet). */
  async aliasKeys(sql: SqlDriver, ids: readonly number[]): Promise<Map<number, string[]>> {
    const missing = ids.filter((id) => !this.keysOf.has(id));
    for (const id of missing) this.keysOf.set(id, new Set());
    for (const r of await inChunks(missing, (c) => sql.all<{ id: number; key: string }>(
      `SELECT DISTINCT ${this.t.idColumn} AS id, key FROM ${this.t.aliases} WHERE ${this.t.idColumn} IN (${placeholders(c.length)}) AND ${this.t.aliasWhere}`, ...c,
    ))) this.keysOf.get(r.id)!.add(r.key);
    return new Map(ids.map((id) => [id, [...this.keysOf.get(id)!]]));
  }

  /** The records holding an alias under any of `keys`, each with its own key and every alias key, for matchByKeys. */
  async candidates(sql: SqlDriver, keys: readonly string[]): Promise<KeyedRecord[]> {
    const ids = await this.idsFor(sql, keys);
    if (ids.length === 0) return [];
    const missing = ids.filter((id) => !this.ownKey.has(id));
    for (const r of await inChunks(missing, (c) => sql.all<{ id: number; key: string }>(
      `SELECT id, key FROM ${this.t.records} WHERE id IN (${placeholders(c.length)})`, ...c,
    ))) this.ownKey.set(r.id, r.key);
    const aliasKeys = await this.aliasKeys(sql, ids);
    return ids.map((id) => ({ id, key: this.ownKey.get(id)!, keys: aliasKeys.get(id)! }));
  }

  /** A record just inserted: its key, and no alias yet. */
  recordAdded(id: number, key: string): void {
    this.ownKey.set(id, key);
    this.keysOf.set(id, new Set());
  }

  /** A record's own key changed. */
  keyChanged(id: number, key: string): void {
    this.ownKey.set(id, key);
  }

  /** An alias row was inserted (one that `aliasWhere` admits). */
  aliasAdded(id: number, key: string): void {
    const ids = this.idsByKey.get(key);
    if (ids) ids.add(id);
    else if (this.isComplete()) this.idsByKey.set(key, new Set([id]));
    this.keysOf.get(id)?.add(key);
  }
}

/** A stored document as the near-duplicate lookup compares it. */
interface StoryEntry { canon: string; published: string | null; hash: bigint; story: string }

/**
 * Near-duplicate lookup during a replay, in memory. A replay derives documents in canonical
 * order, so the documents before the current one (the candidates the SQL lookup ranges over:
 * canon < current) are exactly the ones derived so far, each with the story just given it.
 * Past MAX_DOCUMENTS the index stops taking documents and says so (`full`): the rest of the
 * replay asks SQL, so memory stays bounded on any register.
 */
export class StoryIndex {
  static readonly MAX_DOCUMENTS = 50_000;
  private readonly bands: Map<number, StoryEntry[]>[];
  private count = 0;

  constructor(bandCount: number) {
    this.bands = Array.from({ length: bandCount }, () => new Map());
  }

  get full(): boolean {
    return this.count >= StoryIndex.MAX_DOCUMENTS;
  }

  /** From now on the replay looks stories up in SQL (a document it added was rolled back). */
  disable(): void {
    this.count = StoryIndex.MAX_DOCUMENTS;
    for (const b of this.bands) b.clear();
  }

  add(bandValues: readonly number[], e: StoryEntry): void {
    this.count++;
    bandValues.forEach((v, i) => {
      const list = this.bands[i].get(v);
      if (list) list.push(e);
      else this.bands[i].set(v, [e]);
    });
  }

  /**
   * The story of the earliest (canonical order) candidate within NEAR_DUPLICATE_BITS: the same
   * rule and the same comparisons as the SQL lookup (storyOf), over the documents added so far.
   * `since`: candidates published on or after it (or undated) only; null compares with all.
   */
  find(bandValues: readonly number[], hash: bigint, canon: string, since: string | null): string | null {
    let best: StoryEntry | null = null;
    bandValues.forEach((v, i) => {
      for (const e of this.bands[i].get(v) ?? []) {
        if (!(e.canon < canon)) continue;
        if (since !== null && e.published !== null && !(e.published >= since)) continue;
        if (best !== null && !(e.canon < best.canon)) continue;
        if (hammingDistance(hash, e.hash) <= NEAR_DUPLICATE_BITS) best = e;
      }
    });
    return best === null ? null : (best as StoryEntry).story;
  }
}

/** One link table read one way: a value (a name key, a place id) -> the records linked to it. */
export class LinkIndex<K extends string | number> {
  private readonly byValue = new Map<K, Set<number>>();

  /** `load`: the (value, record) pairs of the table for some values. */
  constructor(
    private readonly load: (sql: SqlDriver, values: K[]) => Promise<{ value: K; id: number }[]>,
    private readonly isComplete: () => boolean,
  ) {}

  clear(): void {
    this.byValue.clear();
  }

  get size(): number {
    return this.byValue.size;
  }

  /** Every record linked to any of `values`. */
  async idsFor(sql: SqlDriver, values: readonly K[]): Promise<Set<number>> {
    const missing = [...new Set(values.filter((v) => !this.byValue.has(v)))];
    if (missing.length > 0) {
      for (const v of missing) this.byValue.set(v, new Set());
      if (!this.isComplete()) for (const r of await inChunks(missing, (c) => this.load(sql, c))) this.byValue.get(r.value)!.add(r.id);
    }
    const ids = new Set<number>();
    for (const v of values) for (const id of this.byValue.get(v)!) ids.add(id);
    return ids;
  }

  /** A link row was inserted. */
  added(value: K, id: number): void {
    const ids = this.byValue.get(value);
    if (ids) ids.add(id);
    else if (this.isComplete()) this.byValue.set(value, new Set([id]));
  }
}

/**
 * The aliases each record holds (the alias tables' primary key is record and alias): an alias a
 * record holds already would be an INSERT that changes nothing, so the writer skips it. Most
 * alias inserts of a replay were such (a name seen again in a later document).
 */
export class AliasNames {
  private readonly byRecord = new Map<number, Set<string>>();

  constructor(private readonly t: AliasTables) {}

  clear(): void {
    this.byRecord.clear();
  }

  get size(): number {
    return this.byRecord.size;
  }

  async has(sql: SqlDriver, id: number, alias: string): Promise<boolean> {
    let names = this.byRecord.get(id);
    if (!names) {
      names = new Set((await sql.all<{ alias: string }>(`SELECT alias FROM ${this.t.aliases} WHERE ${this.t.idColumn} = ?`, id)).map((r) => r.alias));
      this.byRecord.set(id, names);
    }
    return names.has(alias);
  }

  /** A record just inserted: no alias yet. */
  recordAdded(id: number): void {
    this.byRecord.set(id, new Set());
  }

  added(id: number, alias: string): void {
    this.byRecord.get(id)?.add(alias);
  }
}
