-- Training programmes, their sessions and the enrolment of registry persons in them (issue #5; domain/training.hpp,
-- ports/training_repository.hpp). An enrolment's attendance is the JSON array of the days attended ("YYYY-MM-DD").

CREATE TABLE training_programmes (
  id                            TEXT PRIMARY KEY,
  name                          TEXT NOT NULL,
  kind                          TEXT NOT NULL,  -- codelist jenis_pelatihan
  provider_agency_id            TEXT NOT NULL REFERENCES agencies (id),
  skill                         TEXT,
  issues_competence_certificate INTEGER NOT NULL CHECK (issues_competence_certificate IN (0, 1)),
  description                   TEXT,
  region_code                   TEXT,
  version                       INTEGER NOT NULL CHECK (version >= 1),
  created_at                    INTEGER NOT NULL,
  updated_at                    INTEGER NOT NULL,
  created_by                    TEXT NOT NULL,
  updated_by                    TEXT NOT NULL
) STRICT;
CREATE INDEX training_programmes_name ON training_programmes (name, id);
CREATE INDEX training_programmes_provider ON training_programmes (provider_agency_id, name, id);

CREATE TABLE training_sessions (
  id           TEXT PRIMARY KEY,
  programme_id TEXT NOT NULL REFERENCES training_programmes (id),
  starts_on    TEXT NOT NULL,
  ends_on      TEXT NOT NULL,
  place        TEXT NOT NULL,
  region_code  TEXT,
  capacity     INTEGER CHECK (capacity IS NULL OR capacity >= 1),
  version      INTEGER NOT NULL CHECK (version >= 1),
  created_at   INTEGER NOT NULL,
  updated_at   INTEGER NOT NULL,
  created_by   TEXT NOT NULL,
  updated_by   TEXT NOT NULL
) STRICT;
CREATE INDEX training_sessions_programme ON training_sessions (programme_id, starts_on, id);

CREATE TABLE training_enrolments (
  id                    TEXT PRIMARY KEY,
  session_id            TEXT NOT NULL REFERENCES training_sessions (id),
  programme_id          TEXT NOT NULL REFERENCES training_programmes (id),
  person_id             TEXT NOT NULL REFERENCES persons (id),
  status                TEXT NOT NULL CHECK (status IN ('ENROLLED', 'COMPLETED', 'DROPPED_OUT', 'FAILED')),
  attended_on           TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(attended_on)),
  completed_on          TEXT,
  certificate_number    TEXT,
  certificate_issued_on TEXT,
  note                  TEXT,
  version               INTEGER NOT NULL CHECK (version >= 1),
  created_at            INTEGER NOT NULL,
  updated_at            INTEGER NOT NULL,
  created_by            TEXT NOT NULL,
  updated_by            TEXT NOT NULL,
  UNIQUE (session_id, person_id)
) STRICT;
CREATE INDEX training_enrolments_session ON training_enrolments (session_id, created_at, id);
CREATE INDEX training_enrolments_person ON training_enrolments (person_id, created_at, id);
