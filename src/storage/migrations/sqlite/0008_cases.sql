-- Cases (issue #4; domain/case.hpp, domain/case_workflow.hpp, ports/case_repository.hpp): a case with its parties
-- (registry persons in roles), the TPPO screenings of its victims and the moves of its workflow.
-- Codes are checked by the domain against its code lists. case_types, violence_acts, places and pmi_problems are
-- JSON arrays of codes. Sealed at rest (storage/common/sealed_fields.hpp): cases.summary, cases.reporter_name,
-- cases.reporter_contact and case_screenings.determination_note hold 'enc:v1:...' text (an empty summary stays '').
-- Cases are never deleted, so nothing cascades: the parties, screenings and timeline of a case are its record.

-- owner_agency_id NULL: owned nationally (demo data, system jobs), as for persons. occurrence_region_code is the
-- dotted Kemendagri code of where it happened; the need-to-know scope reads it as the case's region.
CREATE TABLE cases (
  id                     TEXT PRIMARY KEY,
  version                INTEGER NOT NULL CHECK (version >= 1),
  status                 TEXT NOT NULL,
  intake_channel         TEXT NOT NULL,
  reported_on            TEXT NOT NULL,
  occurred_on            TEXT,
  occurrence_country     TEXT,
  occurrence_region_code TEXT,
  urgency                TEXT NOT NULL,
  immediate_safety_risk  INTEGER NOT NULL CHECK (immediate_safety_risk IN (0, 1)),
  case_types             TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(case_types)),
  violence_acts          TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(violence_acts)),
  places                 TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(places)),
  pmi_problems           TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(pmi_problems)),
  reporter_name          TEXT,
  reporter_contact       TEXT,
  reporter_confidential  INTEGER NOT NULL CHECK (reporter_confidential IN (0, 1)),
  summary                TEXT NOT NULL DEFAULT '',
  victim_wants_return    INTEGER NOT NULL CHECK (victim_wants_return IN (0, 1)),
  return_assessed_safe   INTEGER NOT NULL CHECK (return_assessed_safe IN (0, 1)),
  owner_agency_id        TEXT,
  closure_reason         TEXT,
  status_before_closure  TEXT,
  reintegration_started  TEXT,
  closed_at              INTEGER,
  created_at             INTEGER NOT NULL,
  updated_at             INTEGER NOT NULL,
  created_by             TEXT NOT NULL,
  updated_by             TEXT NOT NULL
) STRICT, WITHOUT ROWID;
-- The list filters and the need-to-know scope (owner agency, occurrence region range, creator), each in id order.
CREATE INDEX cases_owner_agency ON cases (owner_agency_id, id) WHERE owner_agency_id IS NOT NULL;
CREATE INDEX cases_status ON cases (status, id);
CREATE INDEX cases_occurrence_region ON cases (occurrence_region_code) WHERE occurrence_region_code IS NOT NULL;
CREATE INDEX cases_created_by ON cases (created_by);

-- A person holds a role in a case once (-> case_party.exists); one person may hold several roles. The unique
-- index also serves the parties of a case and the victim count (role 'KORBAN').
CREATE TABLE case_parties (
  id                     TEXT PRIMARY KEY,
  case_id                TEXT NOT NULL REFERENCES cases (id),
  person_id              TEXT NOT NULL REFERENCES persons (id),
  role                   TEXT NOT NULL,
  relationship_to_victim TEXT,
  note                   TEXT,
  added_at               INTEGER NOT NULL,
  added_by               TEXT NOT NULL,
  UNIQUE (case_id, person_id, role)
) STRICT, WITHOUT ROWID;
CREATE INDEX case_parties_person ON case_parties (person_id, case_id);

-- input and result: the TppoScreeningInput and the rule's TppoScreeningResult at the time, as JSON objects
-- (storage/common/json_text.hpp). Only the determination columns change after the insert.
CREATE TABLE case_screenings (
  id                 TEXT PRIMARY KEY,
  case_id            TEXT NOT NULL REFERENCES cases (id),
  person_id          TEXT NOT NULL REFERENCES persons (id),
  input              TEXT NOT NULL CHECK (json_valid(input)),
  result             TEXT NOT NULL CHECK (json_valid(result)),
  screened_at        INTEGER NOT NULL,
  screened_by        TEXT NOT NULL,
  determination      TEXT,
  determination_note TEXT,
  determined_at      INTEGER,
  determined_by      TEXT
) STRICT, WITHOUT ROWID;
CREATE INDEX case_screenings_case ON case_screenings (case_id, screened_at, id);
CREATE INDEX case_screenings_person ON case_screenings (person_id);
CREATE TRIGGER case_screenings_fixed BEFORE UPDATE OF id, case_id, person_id, input, result, screened_at, screened_by
ON case_screenings BEGIN
  SELECT RAISE(ABORT, 'a case screening is fixed once recorded; only its determination changes');
END;

-- The case timeline: append-only (the triggers refuse UPDATE and DELETE from the application).
CREATE TABLE case_transitions (
  id             TEXT PRIMARY KEY,
  case_id        TEXT NOT NULL REFERENCES cases (id),
  from_status    TEXT NOT NULL,
  to_status      TEXT NOT NULL,
  effective_date TEXT NOT NULL,
  at             INTEGER NOT NULL,
  actor          TEXT NOT NULL,
  reason         TEXT,
  closure_reason TEXT
) STRICT, WITHOUT ROWID;
CREATE INDEX case_transitions_case ON case_transitions (case_id, at, id);
CREATE TRIGGER case_transitions_no_update BEFORE UPDATE ON case_transitions BEGIN
  SELECT RAISE(ABORT, 'case_transitions is append-only');
END;
CREATE TRIGGER case_transitions_no_delete BEFORE DELETE ON case_transitions BEGIN
  SELECT RAISE(ABORT, 'case_transitions is append-only');
END;
