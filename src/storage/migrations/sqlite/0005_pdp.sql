-- Personal-data protection (UU 27/2022, issue #3; domain/pdp.hpp): consent records and data-subject requests.
-- Codes are checked by the domain against its code lists; recipient_types is a JSON array of jenis_instansi codes.
-- A consent is never edited or deleted: withdrawal fills the withdrawn_* columns (proof of consent, Ps 24).

CREATE TABLE consents (
  id                       TEXT PRIMARY KEY,
  person_id                TEXT NOT NULL REFERENCES persons (id),
  purpose                  TEXT NOT NULL,
  recipient_types          TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(recipient_types)),
  lawful_basis             TEXT NOT NULL,
  given_by                 TEXT NOT NULL,
  guardian_person_id       TEXT REFERENCES persons (id),
  informed_purpose         INTEGER NOT NULL CHECK (informed_purpose IN (0, 1)),
  informed_use             INTEGER NOT NULL CHECK (informed_use IN (0, 1)),
  informed_storage_period  INTEGER NOT NULL CHECK (informed_storage_period IN (0, 1)),
  informed_right_to_access INTEGER NOT NULL CHECK (informed_right_to_access IN (0, 1)),
  informed_withdrawal      INTEGER NOT NULL CHECK (informed_withdrawal IN (0, 1)),
  note                     TEXT,
  recorded_at              INTEGER NOT NULL,
  recorded_by              TEXT NOT NULL,
  withdrawn_at             INTEGER,
  withdrawn_by             TEXT,
  withdrawal_reason        TEXT
) STRICT, WITHOUT ROWID;
CREATE INDEX consents_person ON consents (person_id, id);

-- due_at = received_at + 72 h (Ps 30, 32, 40, 41); the open-and-due index serves the overdue work list.
CREATE TABLE data_subject_requests (
  id           TEXT PRIMARY KEY,
  person_id    TEXT NOT NULL REFERENCES persons (id),
  kind         TEXT NOT NULL,
  received_at  INTEGER NOT NULL,
  due_at       INTEGER NOT NULL CHECK (due_at >= received_at),
  status       TEXT NOT NULL CHECK (status IN ('open', 'completed', 'refused')),
  channel      TEXT NOT NULL,
  note         TEXT,
  completed_at INTEGER,
  outcome_note TEXT,
  handled_by   TEXT,
  created_at   INTEGER NOT NULL,
  created_by   TEXT NOT NULL,
  CHECK ((status = 'open') = (completed_at IS NULL))
) STRICT, WITHOUT ROWID;
CREATE INDEX data_subject_requests_person ON data_subject_requests (person_id, id);
CREATE INDEX data_subject_requests_open_due ON data_subject_requests (status, due_at);
