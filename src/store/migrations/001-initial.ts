// The register's tables. Plain SQL that SQLite and PostgreSQL both read; the only differences
// are spelled once in `Dialect` (how an id column is generated, the JSON column type).
// Vocabularies that grow with the product (project types, sectors) are not CHECKed, so adding
// a type is a data change; lifecycle values the code branches on (status, role, kinds) are.

import type { Dialect } from '../migrations.js';

export const STATUS = `'announced', 'agreed', 'construction', 'operating', 'completed', 'cancelled', 'unknown'`;
export const ROLE = `'developer', 'partner', 'financier', 'contractor', 'supplier', 'operator', 'buyer', 'owner', 'other'`;
const PLACE_KIND = `'country', 'region', 'city', 'site'`;
const EVENT_TYPE = `'meeting', 'agreement', 'launch', 'visit', 'investment', 'other'`;

export function initialSchema(d: Dialect): string {
  const ID = d.idColumn;
  const JSON = d.jsonType;
  const COUNTRY = (col: string) => `${col} TEXT CHECK (${col} IS NULL OR length(${col}) = 2)`;
  return `
CREATE TABLE documents (
  id ${ID},
  input TEXT NOT NULL,
  path TEXT,
  kind TEXT NOT NULL,
  title TEXT,
  published TEXT,
  source TEXT,
  url TEXT,
  content_hash TEXT NOT NULL UNIQUE,
  text TEXT NOT NULL,
  extraction ${JSON} NOT NULL,
  added_at TEXT NOT NULL
);
CREATE INDEX documents_published_idx ON documents (published);

CREATE TABLE organizations (
  id ${ID},
  key TEXT NOT NULL UNIQUE CHECK (key <> ''),
  name TEXT NOT NULL CHECK (name <> ''),
  ${COUNTRY('country')}
);
CREATE TABLE organization_aliases (
  ${d.rowidColumn}
  organization_id INTEGER NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
  alias TEXT NOT NULL CHECK (alias <> ''),
  key TEXT NOT NULL CHECK (key <> ''),
  folded TEXT NOT NULL,
  PRIMARY KEY (organization_id, alias)
);
CREATE INDEX organization_aliases_key_idx ON organization_aliases (key);

CREATE TABLE people (
  id ${ID},
  key TEXT NOT NULL UNIQUE CHECK (key <> ''),
  name TEXT NOT NULL CHECK (name <> '')
);
CREATE TABLE person_aliases (
  ${d.rowidColumn}
  person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
  alias TEXT NOT NULL CHECK (alias <> ''),
  key TEXT NOT NULL CHECK (key <> ''),
  folded TEXT NOT NULL,
  matchable INTEGER NOT NULL CHECK (matchable IN (0, 1)),
  PRIMARY KEY (person_id, alias)
);
CREATE INDEX person_aliases_key_idx ON person_aliases (key);

CREATE TABLE places (
  id ${ID},
  key TEXT NOT NULL UNIQUE CHECK (key <> ''),
  name TEXT NOT NULL CHECK (name <> ''),
  kind TEXT CHECK (kind IS NULL OR kind IN (${PLACE_KIND})),
  ${COUNTRY('country')},
  lat DOUBLE PRECISION,
  lon DOUBLE PRECISION
);
CREATE TABLE place_aliases (
  place_id INTEGER NOT NULL REFERENCES places (id) ON DELETE CASCADE,
  alias TEXT NOT NULL CHECK (alias <> ''),
  key TEXT NOT NULL CHECK (key <> ''),
  folded TEXT NOT NULL,
  PRIMARY KEY (place_id, alias)
);
CREATE INDEX place_aliases_key_idx ON place_aliases (key);

CREATE TABLE person_roles (
  id ${ID},
  person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
  title TEXT,
  organization_id INTEGER REFERENCES organizations (id) ON DELETE SET NULL,
  organization TEXT,
  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE
);
CREATE INDEX person_roles_person_idx ON person_roles (person_id);
CREATE INDEX person_roles_document_idx ON person_roles (document_id);

-- The current view of a project, derived from project_statements on every merge.
CREATE TABLE projects (
  id ${ID},
  key TEXT NOT NULL CHECK (key <> ''),
  name TEXT NOT NULL CHECK (name <> ''),
  type TEXT NOT NULL CHECK (type <> ''),
  sector TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN (${STATUS})),
  ${COUNTRY('country')},
  capacity ${JSON} NOT NULL,
  amount ${JSON},
  first_seen TEXT,
  last_seen TEXT
);
CREATE INDEX projects_key_idx ON projects (key);
CREATE INDEX projects_type_idx ON projects (type);
CREATE INDEX projects_country_idx ON projects (country);
CREATE INDEX projects_sector_idx ON projects (sector);
CREATE INDEX projects_status_idx ON projects (status);
CREATE INDEX projects_last_seen_idx ON projects (last_seen, id);

-- What one document says about one project: the facts the current view is derived from.
CREATE TABLE project_statements (
  project_id INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  name TEXT NOT NULL CHECK (name <> ''),
  sector TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN (${STATUS})),
  ${COUNTRY('country')},
  countries ${JSON},
  capacity ${JSON} NOT NULL,
  amount ${JSON},
  resolution ${JSON}, -- why this statement joined its project (score and reasons) or started it
  PRIMARY KEY (project_id, document_id)
);
CREATE INDEX project_statements_document_idx ON project_statements (document_id);

CREATE TABLE project_names (
  project_id INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  name TEXT NOT NULL CHECK (name <> ''),
  key TEXT NOT NULL CHECK (key <> ''),
  PRIMARY KEY (project_id, document_id, name)
);
CREATE INDEX project_names_key_idx ON project_names (key);

CREATE TABLE project_places (
  project_id INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  place_id INTEGER NOT NULL REFERENCES places (id) ON DELETE CASCADE,
  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  PRIMARY KEY (project_id, place_id, document_id)
);
CREATE INDEX project_places_place_idx ON project_places (place_id);

CREATE TABLE project_organizations (
  project_id INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  organization_id INTEGER NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
  role TEXT NOT NULL CHECK (role IN (${ROLE})),
  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,
  PRIMARY KEY (project_id, organization_id, role, document_id)
);
CREATE INDEX project_organizations_org_idx ON project_organizations (organization_id);

-- Evidence spans: UTF-16 offsets into documents.text, end exclusive.
CREATE TABLE project_mentions (
  id ${ID},
  project_id INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  start_offset INTEGER NOT NULL CHECK (start_offset >= 0),
  end_offset INTEGER NOT NULL,
  name TEXT NOT NULL,
  CHECK (end_offset >= start_offset)
);
CREATE INDEX project_mentions_project_idx ON project_mentions (project_id);
CREATE INDEX project_mentions_document_idx ON project_mentions (document_id);

CREATE TABLE document_organizations (
  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  organization_id INTEGER NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
  PRIMARY KEY (document_id, organization_id)
);
CREATE INDEX document_organizations_org_idx ON document_organizations (organization_id);

CREATE TABLE document_people (
  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
  PRIMARY KEY (document_id, person_id)
);
CREATE INDEX document_people_person_idx ON document_people (person_id);

CREATE TABLE document_places (
  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  place_id INTEGER NOT NULL REFERENCES places (id) ON DELETE CASCADE,
  PRIMARY KEY (document_id, place_id)
);
CREATE INDEX document_places_place_idx ON document_places (place_id);

CREATE TABLE events (
  id ${ID},
  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  type TEXT NOT NULL CHECK (type IN (${EVENT_TYPE})),
  date TEXT,
  participants ${JSON} NOT NULL,
  organizations ${JSON} NOT NULL,
  projects ${JSON} NOT NULL,
  evidence ${JSON} NOT NULL
);
CREATE INDEX events_document_idx ON events (document_id);
CREATE INDEX events_date_idx ON events (date);
`;
}
