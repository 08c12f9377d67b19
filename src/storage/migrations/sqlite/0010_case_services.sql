-- The work on a case (issue #4; domain/case_work.hpp, ports/case_work_repository.hpp): the services delivered to it
-- and its append-only notes, and the indexes the task list's timers read (ports/task_repository.hpp). Codes are
-- checked by the domain against its code lists (layanan_kasus, status_layanan). Sealed at rest
-- (storage/common/sealed_fields.hpp): case_services.outcome and case_notes.text hold 'enc:v1:...' text.

-- person_id: a victim of the case, or NULL for the whole case. provider_agency_id NULL: not stated.
CREATE TABLE case_services (
  id                 TEXT PRIMARY KEY,
  case_id            TEXT NOT NULL REFERENCES cases (id),
  version            INTEGER NOT NULL CHECK (version >= 1),
  person_id          TEXT REFERENCES persons (id),
  service            TEXT NOT NULL,
  provider_agency_id TEXT,
  status             TEXT NOT NULL,
  requested_on       TEXT NOT NULL,
  started_on         TEXT,
  completed_on       TEXT,
  reference          TEXT,
  outcome            TEXT,
  created_at         INTEGER NOT NULL,
  updated_at         INTEGER NOT NULL,
  created_by         TEXT NOT NULL,
  updated_by         TEXT NOT NULL
) STRICT, WITHOUT ROWID;
-- The services of a case in order; also the police-report check of a case (service = 'PENEGAKAN_HUKUM').
CREATE INDEX case_services_case ON case_services (case_id, requested_on, id);
CREATE INDEX case_services_case_service ON case_services (case_id, service);
-- FIRST_AID_7D: the first-aid services still open, earliest request first (few rows whatever the number of cases).
CREATE INDEX case_services_first_aid_open ON case_services (requested_on, case_id)
  WHERE service = 'PERTOLONGAN_PERTAMA' AND status IN ('DIRENCANAKAN', 'BERJALAN');
CREATE TRIGGER case_services_fixed BEFORE UPDATE OF id, case_id, person_id, service, provider_agency_id, created_at,
  created_by ON case_services BEGIN
  SELECT RAISE(ABORT, 'the case, person, service and provider of a case service are fixed once recorded');
END;

-- Append-only (the triggers refuse UPDATE and DELETE from the application): a correction is a new note. The one
-- update allowed is key rotation re-sealing the text (sinergi key rotate writes 'enc:v1:...' text only).
CREATE TABLE case_notes (
  id         TEXT PRIMARY KEY,
  case_id    TEXT NOT NULL REFERENCES cases (id),
  text       TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  created_by TEXT NOT NULL
) STRICT, WITHOUT ROWID;
CREATE INDEX case_notes_case ON case_notes (case_id, created_at, id);
CREATE TRIGGER case_notes_fixed BEFORE UPDATE OF id, case_id, created_at, created_by ON case_notes BEGIN
  SELECT RAISE(ABORT, 'case_notes is append-only');
END;
CREATE TRIGGER case_notes_text_sealed_only BEFORE UPDATE OF text ON case_notes
  WHEN NEW.text NOT LIKE 'enc:v1:%' BEGIN
  SELECT RAISE(ABORT, 'case_notes is append-only');
END;
CREATE TRIGGER case_notes_no_delete BEFORE DELETE ON case_notes BEGIN
  SELECT RAISE(ABORT, 'case_notes is append-only');
END;

-- POLICE_REPORT_24H: the open TPPO cases of an owning agency (case_types is a JSON array of codes; the quoted code
-- matches one element exactly). The task query repeats this WHERE so SQLite may use the partial index.
CREATE INDEX cases_open_tppo ON cases (owner_agency_id, id)
  WHERE instr(case_types, '"TPPO"') > 0 AND status NOT IN ('DITUTUP', 'DITUTUP_DIRUJUK');
-- REINTEGRATION_MONITORING: the cases in reintegration of an owning agency, earliest start first.
CREATE INDEX cases_reintegration ON cases (owner_agency_id, reintegration_started) WHERE status = 'REINTEGRASI';
-- The victims of a case (the unique (case_id, person_id, role) index serves lookups by case and person; this one
-- serves the role first).
CREATE INDEX case_parties_case_role ON case_parties (case_id, role, added_at);
