-- The complaint-handling deadlines of a migrant worker's complaint (Perban BP2MI 6/2024 Ps 30, Perban BP2MI 23/2025
-- Ps 18; domain/complaint.hpp): the facts the case worker records, one row per case (only cases whose case_types
-- contain PMI_BERMASALAH get one: the domain checks it), and the indexes the task list's complaint clocks read
-- (ports/task_repository.hpp RunningComplaintClocks). The timers themselves are derived on read, never stored.
-- Also Indonesia's national public holidays, the reference data the working days are counted with
-- (domain/working_days.hpp), loaded from the npm package date-holidays by app/reference_loader.cpp.

-- Dates are 'YYYY-MM-DD'; a NULL date is a fact not recorded (or cleared: e.g. the additional data arrived).
CREATE TABLE case_complaint_facts (
  case_id                 TEXT PRIMARY KEY REFERENCES cases (id),
  version                 INTEGER NOT NULL CHECK (version >= 1),
  documents_incomplete    INTEGER NOT NULL CHECK (documents_incomplete IN (0, 1)),
  info_requested_on       TEXT,
  unreachable_since       TEXT,
  awaiting_response_since TEXT,
  settlement_clarified_on TEXT,
  created_at              INTEGER NOT NULL,
  updated_at              INTEGER NOT NULL,
  created_by              TEXT NOT NULL,
  updated_by              TEXT NOT NULL
) STRICT, WITHOUT ROWID;
CREATE TRIGGER case_complaint_facts_fixed BEFORE UPDATE OF case_id, created_at, created_by
  ON case_complaint_facts BEGIN
  SELECT RAISE(ABORT, 'the case and creation of complaint facts are fixed once recorded');
END;

-- One partial index per clock, earliest start first (few rows whatever the number of cases; the task queries repeat
-- these WHERE terms literally so SQLite may use them). COMPLAINT_DOCUMENTS_30D starts on the case's reported_on.
CREATE INDEX case_complaint_documents ON case_complaint_facts (case_id) WHERE documents_incomplete = 1;
CREATE INDEX case_complaint_info ON case_complaint_facts (info_requested_on, case_id)
  WHERE info_requested_on IS NOT NULL;
CREATE INDEX case_complaint_unreachable ON case_complaint_facts (unreachable_since, case_id)
  WHERE unreachable_since IS NOT NULL;
CREATE INDEX case_complaint_no_response ON case_complaint_facts (awaiting_response_since, case_id)
  WHERE awaiting_response_since IS NOT NULL;
CREATE INDEX case_complaint_settlement ON case_complaint_facts (settlement_clarified_on, case_id)
  WHERE settlement_clarified_on IS NOT NULL;
-- The open PMI complaints of an owning agency (case_types is a JSON array of codes; the quoted code matches one
-- element exactly), for a planner that starts from the cases.
CREATE INDEX cases_open_pmi ON cases (owner_agency_id, id)
  WHERE instr(case_types, '"PMI_BERMASALAH"') > 0 AND status NOT IN ('DITUTUP', 'DITUTUP_DIRUJUK');

-- Hari libur nasional (type "public" of date-holidays for country ID; not the SKB's cuti bersama). Two holidays
-- may fall on one day, hence the key.
CREATE TABLE public_holidays (
  date TEXT NOT NULL,
  name TEXT NOT NULL,
  PRIMARY KEY (date, name)
) STRICT, WITHOUT ROWID;
