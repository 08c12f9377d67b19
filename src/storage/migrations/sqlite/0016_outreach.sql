-- Outreach events (sosialisasi) and the requests for help raised at them (issue #5; domain/outreach.hpp,
-- ports/outreach_repository.hpp). An event may count towards a coordination commitment (commitment_id); the
-- service keeps Commitment::progress in step in the same transaction.

CREATE TABLE outreach_events (
  id                  TEXT PRIMARY KEY,
  title               TEXT NOT NULL,
  organiser_agency_id TEXT NOT NULL REFERENCES agencies (id),
  partner_agency_ids  TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(partner_agency_ids)),
  held_on             TEXT NOT NULL,
  ends_on             TEXT,
  region_code         TEXT NOT NULL,  -- dotted Kemendagri code of a regency, district or village
  regency_code        TEXT NOT NULL,  -- its first two groups ("61.01"), for the coverage view
  venue               TEXT,
  topics              TEXT NOT NULL CHECK (json_valid(topics)),         -- codelist topik_sosialisasi
  target_groups       TEXT NOT NULL CHECK (json_valid(target_groups)),  -- codelist sasaran_sosialisasi
  channel             TEXT NOT NULL,                                    -- codelist saluran_sosialisasi
  participants        TEXT NOT NULL CHECK (json_valid(participants)),   -- counts by sex and age group
  participant_total   INTEGER NOT NULL CHECK (participant_total >= 0),
  materials           TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(materials)),
  notes               TEXT,
  commitment_id       TEXT REFERENCES coordination_commitments (id),
  cancelled           INTEGER NOT NULL DEFAULT 0 CHECK (cancelled IN (0, 1)),
  version             INTEGER NOT NULL CHECK (version >= 1),
  created_at          INTEGER NOT NULL,
  updated_at          INTEGER NOT NULL,
  created_by          TEXT NOT NULL,
  updated_by          TEXT NOT NULL
) STRICT;
CREATE INDEX outreach_events_held ON outreach_events (held_on, id);
CREATE INDEX outreach_events_regency ON outreach_events (regency_code, held_on) WHERE cancelled = 0;
CREATE INDEX outreach_events_commitment ON outreach_events (commitment_id) WHERE commitment_id IS NOT NULL;

-- The organiser and partners of each event, for the filter by agency.
CREATE TABLE outreach_event_agencies (
  event_id  TEXT NOT NULL REFERENCES outreach_events (id),
  agency_id TEXT NOT NULL REFERENCES agencies (id),
  PRIMARY KEY (event_id, agency_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX outreach_event_agencies_agency ON outreach_event_agencies (agency_id, event_id);

-- A request for help raised at an event. name, contact and request are personal data, sealed
-- (storage/common/sealed_fields.hpp). case_id is set once, when it becomes a case.
CREATE TABLE outreach_follow_ups (
  id             TEXT PRIMARY KEY,
  event_id       TEXT NOT NULL REFERENCES outreach_events (id),
  name           TEXT,
  contact        TEXT,
  request        TEXT NOT NULL,
  needs_category TEXT NOT NULL,  -- codelist jenis_kasus
  case_id        TEXT REFERENCES cases (id),
  created_at     INTEGER NOT NULL,
  created_by     TEXT NOT NULL
) STRICT;
CREATE INDEX outreach_follow_ups_event ON outreach_follow_ups (event_id, id);

-- The coverage view counts departures by the regency of the person's address.
CREATE INDEX outreach_journeys_departure ON journeys (departure_date) WHERE departure_date IS NOT NULL;
