-- Restitution claims of the victims of cases (UU 21/2007 Ps 48-50; domain/restitution.hpp,
-- ports/restitution_repository.hpp): one claim per victim (a KORBAN party) per case. Codes are checked by the domain
-- against its code list (komponen_restitusi). Sealed at rest (storage/common/sealed_fields.hpp): components (the JSON
-- array of components with their amounts) and paid_idr hold 'enc:v1:...' text. The dates stay plain for the task
-- list's timers (ports/task_repository.hpp); paid_in_full (1 when paid_idr covers the awarded total) is written with
-- the amounts so those timers can stop without opening them.
CREATE TABLE case_restitutions (
  id                      TEXT PRIMARY KEY,
  case_id                 TEXT NOT NULL REFERENCES cases (id),
  person_id               TEXT NOT NULL REFERENCES persons (id),
  version                 INTEGER NOT NULL CHECK (version >= 1),
  components              TEXT NOT NULL,
  court_case_number       TEXT,
  claimed_on              TEXT NOT NULL,
  verdict_on              TEXT,
  final_notice_on         TEXT,
  paid_on                 TEXT,
  paid_idr                TEXT,
  paid_in_full            INTEGER NOT NULL CHECK (paid_in_full IN (0, 1)),
  unpaid_reported_on      TEXT,
  warning_on              TEXT,
  seizure_on              TEXT,
  substitute_detention_on TEXT,
  created_at              INTEGER NOT NULL,
  updated_at              INTEGER NOT NULL,
  created_by              TEXT NOT NULL,
  updated_by              TEXT NOT NULL
) STRICT, WITHOUT ROWID;
-- At most one claim per victim per case; also the claims of a case.
CREATE UNIQUE INDEX case_restitutions_case_person ON case_restitutions (case_id, person_id);
CREATE INDEX case_restitutions_case ON case_restitutions (case_id, claimed_on, id);
CREATE TRIGGER case_restitutions_fixed BEFORE UPDATE OF id, case_id, person_id, created_at, created_by
  ON case_restitutions BEGIN
  SELECT RAISE(ABORT, 'the case and victim of a restitution claim are fixed once recorded');
END;

-- RESTITUTION_PAYMENT_14D: the final verdict was notified, it is not paid in full and no non-payment was reported
-- (few rows whatever the number of claims). The task query repeats this WHERE so SQLite may use the partial index.
CREATE INDEX case_restitutions_payment_due ON case_restitutions (final_notice_on, case_id)
  WHERE final_notice_on IS NOT NULL AND paid_in_full = 0 AND unpaid_reported_on IS NULL;
-- RESTITUTION_WARNING_14D: the court warned, it is not paid in full, neither seizure nor substitute detention yet.
CREATE INDEX case_restitutions_warning_due ON case_restitutions (warning_on, case_id)
  WHERE warning_on IS NOT NULL AND paid_in_full = 0 AND seizure_on IS NULL AND substitute_detention_on IS NULL;
