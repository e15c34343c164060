// Full-text search: the one engine-specific migration. SQLite uses FTS5 tables; PostgreSQL
// will use tsvector columns with GIN indexes (team mode) and gets its own text here then.
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
