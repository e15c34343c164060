// Full-text search: the one engine-specific migration. SQLite uses FTS5 tables; PostgreSQL
// plain tables of the same names and columns, each with a generated tsvector column under a
// GIN index, so the store writes the same rows on both (search-sql.ts holds the queries).
//
// Documents are indexed through an external-content table kept in sync by triggers. Projects,
// organisations and people are indexed from several tables each (names, aliases, places,
// partners), so the store rewrites their row whenever it touches them, inside the same
// transaction; evidence sentences are written once, when their mention is. Deleting a
// record drops its row through the triggers below.
// remove_diacritics 2: "Vucic" finds "Vučić".

const TOKENIZE = `tokenize = 'unicode61 remove_diacritics 2'`;

export const searchSqlite = `
CREATE VIRTUAL TABLE document_fts USING fts5 (title, text, content = 'documents', content_rowid = 'id', ${TOKENIZE});
CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
  INSERT INTO document_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
  INSERT INTO document_fts (document_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;
CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, text ON documents BEGIN
  INSERT INTO document_fts (document_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
  INSERT INTO document_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
END;
INSERT INTO document_fts (document_fts) VALUES ('rebuild');

-- rowid = projects.id; names: every name used; facets: type and sector words.
CREATE VIRTUAL TABLE project_fts USING fts5 (names, facets, places, organizations, ${TOKENIZE});
CREATE TRIGGER projects_fts_delete AFTER DELETE ON projects BEGIN
  DELETE FROM project_fts WHERE rowid = old.id;
END;

-- rowid = project_mentions.id: the evidence sentence.
CREATE VIRTUAL TABLE mention_fts USING fts5 (sentence, ${TOKENIZE});
CREATE TRIGGER project_mentions_fts_delete AFTER DELETE ON project_mentions BEGIN
  DELETE FROM mention_fts WHERE rowid = old.id;
END;

-- rowid = organizations.id
CREATE VIRTUAL TABLE organization_fts USING fts5 (names, ${TOKENIZE});
CREATE TRIGGER organizations_fts_delete AFTER DELETE ON organizations BEGIN
  DELETE FROM organization_fts WHERE rowid = old.id;
END;

-- rowid = people.id
CREATE VIRTUAL TABLE person_fts USING fts5 (names, titles, ${TOKENIZE});
CREATE TRIGGER people_fts_delete AFTER DELETE ON people BEGIN
  DELETE FROM person_fts WHERE rowid = old.id;
END;
`;

/**
 * PostgreSQL: the `corridor` text search configuration splits words like FTS5's unicode61
 * (no stemming, no stop words: the "simple" dictionary) and drops diacritics (unaccent), so
 * "Vucic" finds "Vučić" here too. The search tables' `rowid` is the record's id; instead of
 * FTS5's delete triggers, a foreign key removes the row with its record (mention_fts gets its
 * key in migration 003, which recreates project_mentions). Documents get a generated column.
 * unaccent lives in `public` so that dropping one schema never takes it from another.
 */
export const searchPostgres = `
CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public;
CREATE TEXT SEARCH CONFIGURATION corridor (COPY = pg_catalog.simple);
ALTER TEXT SEARCH CONFIGURATION corridor
  ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part WITH public.unaccent, pg_catalog.simple;

ALTER TABLE documents ADD COLUMN search tsvector
  GENERATED ALWAYS AS (to_tsvector('corridor', COALESCE(title, '') || ' ' || text)) STORED;
CREATE INDEX documents_search_idx ON documents USING GIN (search);

CREATE TABLE project_fts (
  rowid INTEGER PRIMARY KEY REFERENCES projects (id) ON DELETE CASCADE,
  names TEXT NOT NULL, facets TEXT NOT NULL, places TEXT NOT NULL, organizations TEXT NOT NULL,
  tsv tsvector GENERATED ALWAYS AS (to_tsvector('corridor', names || ' ' || facets || ' ' || places || ' ' || organizations)) STORED
);
CREATE INDEX project_fts_tsv_idx ON project_fts USING GIN (tsv);

CREATE TABLE mention_fts (
  rowid INTEGER PRIMARY KEY,
  sentence TEXT NOT NULL,
  tsv tsvector GENERATED ALWAYS AS (to_tsvector('corridor', sentence)) STORED
);
CREATE INDEX mention_fts_tsv_idx ON mention_fts USING GIN (tsv);

CREATE TABLE organization_fts (
  rowid INTEGER PRIMARY KEY REFERENCES organizations (id) ON DELETE CASCADE,
  names TEXT NOT NULL,
  tsv tsvector GENERATED ALWAYS AS (to_tsvector('corridor', names)) STORED
);
CREATE INDEX organization_fts_tsv_idx ON organization_fts USING GIN (tsv);

CREATE TABLE person_fts (
  rowid INTEGER PRIMARY KEY REFERENCES people (id) ON DELETE CASCADE,
  names TEXT NOT NULL, titles TEXT NOT NULL,
  tsv tsvector GENERATED ALWAYS AS (to_tsvector('corridor', names || ' ' || titles)) STORED
);
CREATE INDEX person_fts_tsv_idx ON person_fts USING GIN (tsv);
`;
