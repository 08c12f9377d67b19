-- Sinergi SQLite schema, version 1.
-- Conventions: STRICT tables; dates are TEXT 'YYYY-MM-DD'; timestamps are INTEGER milliseconds since the Unix
-- epoch (UTC); small lists are JSON text (arrays of strings or of flat objects). Ids are ULIDs (TEXT), so
-- ORDER BY id follows creation order and keyset pagination is "id > after".
-- The migration runner wraps this file in one transaction and records it in schema_migrations.

-- Reference data ------------------------------------------------------------------------------------------

-- Kemendagri regions (idn-area-data). parent_code is not a foreign key: bulk loads arrive in any order.
CREATE TABLE regions (
  code        TEXT PRIMARY KEY,
  level       INTEGER NOT NULL CHECK (level BETWEEN 1 AND 4),
  parent_code TEXT,
  name        TEXT NOT NULL
) STRICT, WITHOUT ROWID;
CREATE INDEX regions_parent ON regions (parent_code, code);
CREATE INDEX regions_level ON regions (level, code);

CREATE TABLE countries (
  alpha2  TEXT PRIMARY KEY,
  alpha3  TEXT NOT NULL,
  name_id TEXT NOT NULL,
  name_en TEXT NOT NULL
) STRICT, WITHOUT ROWID;

-- Persons -------------------------------------------------------------------------------------------------

CREATE TABLE persons (
  id                  TEXT PRIMARY KEY,
  version             INTEGER NOT NULL,
  full_name           TEXT NOT NULL,
  aliases             TEXT NOT NULL DEFAULT '[]',   -- JSON array of strings
  nik                 TEXT,
  passport_number     TEXT,
  sex                 TEXT,
  birth_date          TEXT,
  birth_place         TEXT,
  address_line        TEXT,
  address_region_code TEXT,
  phone               TEXT,
  marital_status      TEXT,
  education           TEXT,
  skills              TEXT NOT NULL DEFAULT '[]',   -- JSON array of strings
  pmi_status          TEXT,
  warnings            TEXT NOT NULL DEFAULT '[]',   -- JSON array of {code, field, message}
  created_at          INTEGER NOT NULL,
  updated_at          INTEGER NOT NULL,
  created_by          TEXT NOT NULL,
  updated_by          TEXT NOT NULL,
  deleted_at          INTEGER,
  delete_reason       TEXT
) STRICT, WITHOUT ROWID;
-- A NIK belongs to one living record; a soft-deleted person's NIK may be reused (-> person.nik_taken).
CREATE UNIQUE INDEX persons_nik_live ON persons (nik) WHERE deleted_at IS NULL AND nik IS NOT NULL;
CREATE INDEX persons_passport ON persons (passport_number) WHERE passport_number IS NOT NULL;
CREATE INDEX persons_region ON persons (address_region_code) WHERE address_region_code IS NOT NULL;
CREATE INDEX persons_pmi_status ON persons (pmi_status) WHERE pmi_status IS NOT NULL;

-- Normalised name keys (domain/name_match.hpp NameKey) of the full name and every alias. Kept in a rowid
-- table so the FTS5 index below can use it as external content.
CREATE TABLE person_name_keys (
  id        INTEGER PRIMARY KEY,
  person_id TEXT NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
  name_key  TEXT NOT NULL,
  UNIQUE (person_id, name_key)
) STRICT;
CREATE INDEX person_name_keys_key ON person_name_keys (name_key);

-- Trigram index over the keys: FindNameCandidates ORs the searched key's trigrams and ranks by bm25.
CREATE VIRTUAL TABLE person_name_fts USING fts5 (
  name_key, content = 'person_name_keys', content_rowid = 'id', tokenize = 'trigram'
);
CREATE TRIGGER person_name_keys_ai AFTER INSERT ON person_name_keys BEGIN
  INSERT INTO person_name_fts (rowid, name_key) VALUES (new.id, new.name_key);
END;
CREATE TRIGGER person_name_keys_ad AFTER DELETE ON person_name_keys BEGIN
  INSERT INTO person_name_fts (person_name_fts, rowid, name_key) VALUES ('delete', old.id, old.name_key);
END;
CREATE TRIGGER person_name_keys_au AFTER UPDATE ON person_name_keys BEGIN
  INSERT INTO person_name_fts (person_name_fts, rowid, name_key) VALUES ('delete', old.id, old.name_key);
  INSERT INTO person_name_fts (rowid, name_key) VALUES (new.id, new.name_key);
END;

-- "related_person_id is <relation> of person_id". The pair_* columns hold the same link seen from the
-- smaller id (relation inverted when needed), so a link and its inverse collide on one unique index.
CREATE TABLE family_links (
  id                TEXT PRIMARY KEY,
  person_id         TEXT NOT NULL REFERENCES persons (id),
  related_person_id TEXT NOT NULL REFERENCES persons (id),
  relation          TEXT NOT NULL,
  pair_low          TEXT NOT NULL,
  pair_high         TEXT NOT NULL,
  pair_relation     TEXT NOT NULL,
  created_at        INTEGER NOT NULL,
  created_by        TEXT NOT NULL,
  CHECK (person_id <> related_person_id)
) STRICT, WITHOUT ROWID;
CREATE UNIQUE INDEX family_links_pair ON family_links (pair_low, pair_high, pair_relation);
CREATE INDEX family_links_person ON family_links (person_id);
CREATE INDEX family_links_related ON family_links (related_person_id);

-- Journeys ------------------------------------------------------------------------------------------------

-- destination_country is validated by the domain against reference data, not by a foreign key, so that
-- reference reloads never cascade into journeys.
CREATE TABLE journeys (
  id                     TEXT PRIMARY KEY,
  person_id              TEXT NOT NULL REFERENCES persons (id),
  version                INTEGER NOT NULL,
  status                 TEXT NOT NULL,
  placement_scheme       TEXT NOT NULL,
  pmi_category           TEXT,
  p3mi_name              TEXT,
  destination_country    TEXT NOT NULL,
  sector                 TEXT,
  job_title              TEXT,
  employer_name          TEXT,
  procedural             INTEGER NOT NULL CHECK (procedural IN (0, 1)),
  planned_departure_date TEXT,
  contract_end_date      TEXT,
  notes                  TEXT,
  departure_date         TEXT,
  return_date            TEXT,
  return_reason          TEXT,
  debarkation_point      TEXT,
  flags                  TEXT NOT NULL DEFAULT '[]',  -- JSON array of strings
  created_at             INTEGER NOT NULL,
  updated_at             INTEGER NOT NULL,
  created_by             TEXT NOT NULL,
  updated_by             TEXT NOT NULL
) STRICT, WITHOUT ROWID;
CREATE INDEX journeys_person ON journeys (person_id);
CREATE INDEX journeys_status ON journeys (status);
CREATE INDEX journeys_destination ON journeys (destination_country);

-- The UU 18/2017 Ps 13 checklist of a journey; position keeps the client's order.
CREATE TABLE journey_documents (
  journey_id TEXT NOT NULL REFERENCES journeys (id) ON DELETE CASCADE,
  position   INTEGER NOT NULL,
  code       TEXT NOT NULL,
  status     TEXT NOT NULL,
  number     TEXT,
  issued_on  TEXT,
  expires_on TEXT,
  note       TEXT,
  PRIMARY KEY (journey_id, code)
) STRICT, WITHOUT ROWID;

CREATE TABLE journey_transitions (
  id              TEXT PRIMARY KEY,
  journey_id      TEXT NOT NULL REFERENCES journeys (id) ON DELETE CASCADE,
  from_status     TEXT NOT NULL,
  to_status       TEXT NOT NULL,
  effective_date  TEXT NOT NULL,
  at              INTEGER NOT NULL,
  actor           TEXT NOT NULL,
  reason          TEXT,
  override_reason TEXT
) STRICT, WITHOUT ROWID;
CREATE INDEX journey_transitions_journey ON journey_transitions (journey_id, at, id);

CREATE TABLE journey_follow_ups (
  id          TEXT PRIMARY KEY,
  journey_id  TEXT NOT NULL REFERENCES journeys (id) ON DELETE CASCADE,
  date        TEXT NOT NULL,
  kind        TEXT NOT NULL,
  note        TEXT NOT NULL,
  recorded_at INTEGER NOT NULL,
  recorded_by TEXT NOT NULL
) STRICT, WITHOUT ROWID;
CREATE INDEX journey_follow_ups_journey ON journey_follow_ups (journey_id, date, recorded_at, id);

-- Change history and idempotency --------------------------------------------------------------------------

-- Append-only. changes: JSON array of {"field": text, "before": <json>, "after": <json>}; an absent side
-- is omitted (JSON null is a value, not absence).
CREATE TABLE change_history (
  id          TEXT PRIMARY KEY,
  entity_type TEXT NOT NULL,
  entity_id   TEXT NOT NULL,
  action      TEXT NOT NULL,
  at          INTEGER NOT NULL,
  actor       TEXT NOT NULL,
  reason      TEXT,
  changes     TEXT NOT NULL DEFAULT '[]'
) STRICT, WITHOUT ROWID;
CREATE INDEX change_history_entity ON change_history (entity_type, entity_id, id);

CREATE TABLE idempotency_keys (
  scope            TEXT NOT NULL,
  key              TEXT NOT NULL,
  request_hash     TEXT NOT NULL,
  completed        INTEGER NOT NULL DEFAULT 0 CHECK (completed IN (0, 1)),
  status_code      INTEGER NOT NULL DEFAULT 0,
  response_body    TEXT NOT NULL DEFAULT '',
  response_headers TEXT NOT NULL DEFAULT '',
  created_at       INTEGER NOT NULL,
  PRIMARY KEY (scope, key)
) STRICT, WITHOUT ROWID;
CREATE INDEX idempotency_keys_created ON idempotency_keys (created_at);
