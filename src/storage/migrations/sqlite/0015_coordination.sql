-- Coordination forums, their meetings and the joint commitments made at them (issue #5; domain/coordination.hpp,
-- ports/coordination_repository.hpp). OVERDUE is never stored: it is derived on read from due_on and the clock.

CREATE TABLE coordination_forums (
  id                  TEXT PRIMARY KEY,
  name                TEXT NOT NULL,
  convening_agency_id TEXT NOT NULL REFERENCES agencies (id),
  region_code         TEXT,  -- a province; NULL: a national forum
  member_agency_ids   TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(member_agency_ids)),
  description         TEXT,
  version             INTEGER NOT NULL CHECK (version >= 1),
  created_at          INTEGER NOT NULL,
  updated_at          INTEGER NOT NULL,
  created_by          TEXT NOT NULL,
  updated_by          TEXT NOT NULL
) STRICT;
CREATE INDEX coordination_forums_name ON coordination_forums (name, id);

CREATE TABLE coordination_meetings (
  id                  TEXT PRIMARY KEY,
  forum_id            TEXT NOT NULL REFERENCES coordination_forums (id),
  title               TEXT NOT NULL,
  held_on             TEXT NOT NULL,
  place               TEXT,
  online_link         TEXT,
  convening_agency_id TEXT NOT NULL REFERENCES agencies (id),
  agenda              TEXT,
  minutes             TEXT,
  version             INTEGER NOT NULL CHECK (version >= 1),
  created_at          INTEGER NOT NULL,
  updated_at          INTEGER NOT NULL,
  created_by          TEXT NOT NULL,
  updated_by          TEXT NOT NULL
) STRICT;
CREATE INDEX coordination_meetings_forum ON coordination_meetings (forum_id, held_on, id);

-- The participating agencies of a meeting, in the order given, and their representatives. A representative's name
-- and job title are personal data, sealed (storage/common/sealed_fields.hpp). Rewritten whole on every update.
CREATE TABLE coordination_meeting_participants (
  meeting_id TEXT NOT NULL REFERENCES coordination_meetings (id),
  position   INTEGER NOT NULL,
  agency_id  TEXT NOT NULL REFERENCES agencies (id),
  PRIMARY KEY (meeting_id, position),
  UNIQUE (meeting_id, agency_id)
) STRICT, WITHOUT ROWID;
CREATE TABLE coordination_meeting_representatives (
  meeting_id  TEXT NOT NULL REFERENCES coordination_meetings (id),
  participant INTEGER NOT NULL,  -- coordination_meeting_participants.position
  position    INTEGER NOT NULL,
  name        TEXT NOT NULL,
  job_title   TEXT,
  PRIMARY KEY (meeting_id, participant, position)
) STRICT, WITHOUT ROWID;

CREATE TABLE coordination_commitments (
  id             TEXT PRIMARY KEY,
  meeting_id     TEXT NOT NULL REFERENCES coordination_meetings (id),
  forum_id       TEXT NOT NULL REFERENCES coordination_forums (id),
  agency_ids     TEXT NOT NULL CHECK (json_valid(agency_ids)),  -- in the order given; also in the table below
  description    TEXT NOT NULL,
  due_on         TEXT NOT NULL,
  indicator      TEXT NOT NULL,
  target         INTEGER CHECK (target IS NULL OR target >= 1),
  -- Counted by hand today; outreach events linked to the commitment will add to it (coordination.hpp).
  progress       INTEGER NOT NULL DEFAULT 0 CHECK (progress >= 0),
  status         TEXT NOT NULL CHECK (status IN ('OPEN', 'IN_PROGRESS', 'DONE', 'DROPPED')),
  evidence       TEXT,
  dropped_reason TEXT,
  done_on        TEXT,
  version        INTEGER NOT NULL CHECK (version >= 1),
  created_at     INTEGER NOT NULL,
  updated_at     INTEGER NOT NULL,
  created_by     TEXT NOT NULL,
  updated_by     TEXT NOT NULL
) STRICT;
CREATE INDEX coordination_commitments_forum ON coordination_commitments (forum_id, id);
CREATE INDEX coordination_commitments_meeting ON coordination_commitments (meeting_id, id);

-- The committing agencies, for the filter by agency and the task list (COMMITMENT_DUE); status and due_on repeat
-- the commitment's so the task query is served by one index.
CREATE TABLE coordination_commitment_agencies (
  commitment_id TEXT NOT NULL REFERENCES coordination_commitments (id),
  agency_id     TEXT NOT NULL REFERENCES agencies (id),
  status        TEXT NOT NULL,
  due_on        TEXT NOT NULL,
  PRIMARY KEY (commitment_id, agency_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX coordination_commitment_agencies_due ON coordination_commitment_agencies (agency_id, status, due_on);

-- Every status move of a commitment (who, when, the evidence or reason), append-only.
CREATE TABLE coordination_commitment_status_changes (
  commitment_id TEXT NOT NULL REFERENCES coordination_commitments (id),
  seq           INTEGER NOT NULL,
  from_status   TEXT,
  to_status     TEXT NOT NULL,
  at            INTEGER NOT NULL,
  by            TEXT NOT NULL,
  note          TEXT,
  PRIMARY KEY (commitment_id, seq)
) STRICT, WITHOUT ROWID;
