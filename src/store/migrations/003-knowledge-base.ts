// The knowledge base: public ids that do not depend on ingestion order, near-duplicate
// stories, redirects for ids retired by a merge, and curation that survives reprocessing.
//
// Records (projects, organisations, people, places) are derived from the documents by
// replaying them in canonical order (publication date, then content hash): `documents.canon`
// is that order's key. A document that arrives out of order marks the derived layer stale
// (kb_meta 'stale') and the next refresh replays everything, so the register is the same
// whatever order documents arrive in. Existing databases start stale, so their first refresh
// gives every record its public id.

import type { Dialect } from '../migrations.js';
import { ROLE, STATUS } from './001-initial.js';

export function knowledgeBaseSchema(d: Dialect): string {
  const ID = d.idColumn;
  const JSON = d.jsonType;
  return `
ALTER TABLE documents ADD COLUMN canon TEXT;
UPDATE documents SET canon = COALESCE(published, '0000-00-00') || '|' || content_hash;
CREATE INDEX documents_canon_idx ON documents (canon);
-- 64-bit SimHash of the text as 16 hex digits, split in eight 8-bit bands for lookup
-- (simhash.ts): two texts within 7 bits share at least one band exactly.
ALTER TABLE documents ADD COLUMN simhash TEXT;
${[0, 1, 2, 3, 4, 5, 6, 7].map((i) => `ALTER TABLE documents ADD COLUMN band${i} INTEGER;\nCREATE INDEX documents_band${i}_idx ON documents (band${i});`).join('\n')}
-- Derived: the content hash of the earliest document of the story this one repeats.
ALTER TABLE documents ADD COLUMN story TEXT;

ALTER TABLE projects ADD COLUMN uid TEXT;
CREATE UNIQUE INDEX projects_uid_idx ON projects (uid);
ALTER TABLE organizations ADD COLUMN uid TEXT;
CREATE UNIQUE INDEX organizations_uid_idx ON organizations (uid);
ALTER TABLE people ADD COLUMN uid TEXT;
CREATE UNIQUE INDEX people_uid_idx ON people (uid);
ALTER TABLE places ADD COLUMN uid TEXT;
CREATE UNIQUE INDEX places_uid_idx ON places (uid);
-- The gazetteer's id (kind:ISO 3166-1, kind:ISO 3166-2 or kind:GeoNames id) when the name is unambiguous.
ALTER TABLE places ADD COLUMN gazetteer_id TEXT;
CREATE INDEX places_gazetteer_idx ON places (gazetteer_id);

-- Statements get their own id and a key (content hash, type, name key) that names them across
-- replays; a curated merge may put two statements of one document in one project, so the old
-- (project, document) key goes. The table is derived, and the register starts stale below, so
-- it is recreated empty and refilled by the first replay.
DROP TABLE project_statements;
CREATE TABLE project_statements (
  id ${ID},
  project_id INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  skey TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL CHECK (name <> ''),
  sector TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN (${STATUS})),
  country TEXT CHECK (country IS NULL OR length(country) = 2),
  countries ${JSON},
  capacity ${JSON} NOT NULL,
  amount ${JSON},
  resolution ${JSON}
);
CREATE INDEX project_statements_project_idx ON project_statements (project_id);
CREATE INDEX project_statements_document_idx ON project_statements (document_id);

-- A project's names, places, partners and evidence, each tied to the statement that gave it,
-- so a curated split can take one statement's facts away even when one article made two.
DROP TABLE project_names;
CREATE TABLE project_names (
  project_id INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  statement_id INTEGER NOT NULL REFERENCES project_statements (id) ON DELETE CASCADE,
  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  name TEXT NOT NULL CHECK (name <> ''),
  key TEXT NOT NULL CHECK (key <> ''),
  PRIMARY KEY (statement_id, name)
);
CREATE INDEX project_names_project_idx ON project_names (project_id);
CREATE INDEX project_names_key_idx ON project_names (key);
DROP TABLE project_places;
CREATE TABLE project_places (
  ${d.rowidColumn}
  project_id INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  statement_id INTEGER NOT NULL REFERENCES project_statements (id) ON DELETE CASCADE,
  place_id INTEGER NOT NULL REFERENCES places (id) ON DELETE CASCADE,
  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  PRIMARY KEY (statement_id, place_id)
);
CREATE INDEX project_places_project_idx ON project_places (project_id);
CREATE INDEX project_places_place_idx ON project_places (place_id);
DROP TABLE project_organizations;
CREATE TABLE project_organizations (
  project_id INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  statement_id INTEGER NOT NULL REFERENCES project_statements (id) ON DELETE CASCADE,
  organization_id INTEGER NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
  role TEXT NOT NULL CHECK (role IN (${ROLE})),
  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,
  PRIMARY KEY (statement_id, organization_id, role)
);
CREATE INDEX project_organizations_project_idx ON project_organizations (project_id);
CREATE INDEX project_organizations_org_idx ON project_organizations (organization_id);
DROP TABLE project_mentions;
CREATE TABLE project_mentions (
  id ${ID},
  project_id INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  statement_id INTEGER NOT NULL REFERENCES project_statements (id) ON DELETE CASCADE,
  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  start_offset INTEGER NOT NULL CHECK (start_offset >= 0),
  end_offset INTEGER NOT NULL,
  name TEXT NOT NULL,
  CHECK (end_offset >= start_offset)
);
CREATE INDEX project_mentions_project_idx ON project_mentions (project_id);
CREATE INDEX project_mentions_document_idx ON project_mentions (document_id);
${d.name === 'sqlite' ? `CREATE TRIGGER project_mentions_fts_delete AFTER DELETE ON project_mentions BEGIN
  DELETE FROM mention_fts WHERE rowid = old.id;
END;` : `ALTER TABLE mention_fts ADD FOREIGN KEY (rowid) REFERENCES project_mentions (id) ON DELETE CASCADE;`}

CREATE TABLE kb_meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
INSERT INTO kb_meta (key, value) VALUES ('stale', '1');

-- A public id that no longer names a record, and the record that took its place.
CREATE TABLE redirects (
  old_uid TEXT PRIMARY KEY,
  new_uid TEXT NOT NULL,
  at TEXT NOT NULL
);

-- Every curation act, in order. Anchors name the statements (by skey) or names (by key) an act
-- applies to, so it survives a replay or a re-extraction that gives records new internal ids.
CREATE TABLE curation (
  id ${ID},
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL CHECK (action IN ('merge', 'split', 'set')),
  kind TEXT NOT NULL CHECK (kind IN ('project', 'organization')),
  targets ${JSON} NOT NULL,
  anchors ${JSON} NOT NULL,
  field TEXT,
  value ${JSON},
  note TEXT NOT NULL
);
`;
}
