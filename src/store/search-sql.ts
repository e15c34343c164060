// Full-text search, the one place the two engines' SQL differs: SQLite matches FTS5 tables
// (migration 002, sqlite text), PostgreSQL the tsvector columns of the same-named tables
// (migration 002, postgres text) through the `corridor` text search configuration, which folds
// case and diacritics like FTS5's unicode61 tokenizer with remove_diacritics. Both take the
// query as one bound value (`ftsQuery` / `tsQuery` build it from the user's words) and rank
// lower-is-better, so the store merges hits the same way on both.

import type { DialectName } from './migrations.js';
import { ftsQuery, tsQuery } from './search-query.js';

export interface SearchSql {
  /** The bound match value for free text, or null when the text has no letter or digit. */
  query(text: string): string | null;
  /** A condition on `p` (projects): its record or one of its source sentences matches; two `?` for the query. */
  projectMatches: string;
  /** Hits per kind, best first: columns id, name, snippet, rank; `?` for the query, then `?` for the limit. */
  hits: { project: string; mention: string; organization: string; person: string; document: string };
}

const SNIPPET = [`'«'`, `'»'`, `'…'`, '12'].join(', ');

const sqlite: SearchSql = {
  query: ftsQuery,
  projectMatches: `p.id IN (
    SELECT rowid FROM project_fts WHERE project_fts MATCH ?
    UNION SELECT m.project_id FROM mention_fts JOIN project_mentions m ON m.id = mention_fts.rowid WHERE mention_fts MATCH ?)`,
  hits: {
    project: `SELECT p.uid AS id, p.name, snippet(project_fts, -1, ${SNIPPET}) AS snippet, project_fts.rank AS rank
      FROM project_fts JOIN projects p ON p.id = project_fts.rowid WHERE project_fts MATCH ? ORDER BY project_fts.rank LIMIT ?`,
    mention: `SELECT p.uid AS id, p.name, snippet(mention_fts, 0, ${SNIPPET}) AS snippet, mention_fts.rank AS rank
      FROM mention_fts JOIN project_mentions m ON m.id = mention_fts.rowid JOIN projects p ON p.id = m.project_id
      WHERE mention_fts MATCH ? ORDER BY mention_fts.rank LIMIT ?`,
    organization: `SELECT o.uid AS id, o.name, snippet(organization_fts, -1, ${SNIPPET}) AS snippet, organization_fts.rank AS rank
      FROM organization_fts JOIN organizations o ON o.id = organization_fts.rowid WHERE organization_fts MATCH ? ORDER BY organization_fts.rank LIMIT ?`,
    person: `SELECT pe.uid AS id, pe.name, snippet(person_fts, -1, ${SNIPPET}) AS snippet, person_fts.rank AS rank
      FROM person_fts JOIN people pe ON pe.id = person_fts.rowid WHERE person_fts MATCH ? ORDER BY person_fts.rank LIMIT ?`,
    document: `SELECT d.id, COALESCE(d.title, d.path, d.input) AS name, snippet(document_fts, -1, ${SNIPPET}) AS snippet, document_fts.rank AS rank
      FROM document_fts JOIN documents d ON d.id = document_fts.rowid WHERE document_fts MATCH ? ORDER BY document_fts.rank LIMIT ?`,
  },
};

// ts_headline marks the matched words like FTS5's snippet(); ts_rank is higher-is-better, so it
// is negated to sort like FTS5's bm25 rank.
const HEADLINE = `'StartSel=«, StopSel=», MaxWords=12, MinWords=4, ShortWord=2, FragmentDelimiter=…, MaxFragments=1'`;
const hit = (id: string, name: string, text: string, from: string, tsv: string) =>
  `SELECT ${id} AS id, ${name} AS name, ts_headline('corridor', ${text}, q, ${HEADLINE}) AS snippet, -ts_rank(${tsv}, q) AS rank
   FROM ${from}, to_tsquery('corridor', ?) q WHERE ${tsv} @@ q ORDER BY rank LIMIT ?`;

const postgres: SearchSql = {
  query: tsQuery,
  projectMatches: `p.id IN (
    SELECT rowid FROM project_fts WHERE tsv @@ to_tsquery('corridor', ?)
    UNION SELECT m.project_id FROM mention_fts JOIN project_mentions m ON m.id = mention_fts.rowid WHERE mention_fts.tsv @@ to_tsquery('corridor', ?))`,
  hits: {
    project: hit('p.uid', 'p.name', `concat_ws('; ', f.names, f.facets, f.places, f.organizations)`, 'project_fts f JOIN projects p ON p.id = f.rowid', 'f.tsv'),
    mention: hit('p.uid', 'p.name', 'f.sentence', 'mention_fts f JOIN project_mentions m ON m.id = f.rowid JOIN projects p ON p.id = m.project_id', 'f.tsv'),
    organization: hit('o.uid', 'o.name', 'f.names', 'organization_fts f JOIN organizations o ON o.id = f.rowid', 'f.tsv'),
    person: hit('pe.uid', 'pe.name', `concat_ws('; ', f.names, f.titles)`, 'person_fts f JOIN people pe ON pe.id = f.rowid', 'f.tsv'),
    document: hit('d.id', 'COALESCE(d.title, d.path, d.input)', `concat_ws(' ', d.title, d.text)`, 'documents d', 'd.search'),
  },
};

export const SEARCH_SQL: Record<DialectName, SearchSql> = { sqlite, postgres };
