-- The agency and service directory (issue #5; domain/directory.hpp, ports/directory_repository.hpp): per agency its
-- services (code list layanan_kasus, checked by the domain) with the regions served and capacity notes, the office's
-- contact point, opening hours and whether the public directory lists it. Office data only, published on purpose by
-- the public directory, so nothing here is sealed. An agency without a row has the empty entry (version 0).
CREATE TABLE directory_entries (
  agency_id       TEXT PRIMARY KEY REFERENCES agencies (id),
  version         INTEGER NOT NULL CHECK (version >= 1),
  contact_name    TEXT,
  contact_phone   TEXT,
  contact_email   TEXT,
  contact_address TEXT,
  opening_hours   TEXT,
  is_public       INTEGER NOT NULL DEFAULT 0 CHECK (is_public IN (0, 1)),
  updated_at      INTEGER NOT NULL,
  updated_by      TEXT NOT NULL
) STRICT, WITHOUT ROWID;
-- The public directory reads only the public entries.
CREATE INDEX directory_entries_public ON directory_entries (agency_id) WHERE is_public = 1;

-- The services of an entry in the agency's order; regions_served is a JSON array of dotted province/regency codes
-- (alpha-2 countries for a post abroad), empty for the agency's own area.
CREATE TABLE directory_services (
  agency_id      TEXT NOT NULL REFERENCES directory_entries (agency_id),
  position       INTEGER NOT NULL,
  service        TEXT NOT NULL,
  regions_served TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(regions_served)),
  notes          TEXT,
  PRIMARY KEY (agency_id, position),
  UNIQUE (agency_id, service)
) STRICT, WITHOUT ROWID;

-- The search index of the service search (GET /directory/services): one row per service and region served, written
-- with the entry. code '' stands for the agency's own area, resolved at search time through the agency's region or
-- country (so an agency that moves needs no rewrite here), or the whole country for an agency with neither.
CREATE TABLE directory_coverage (
  service   TEXT NOT NULL,
  code      TEXT NOT NULL,
  agency_id TEXT NOT NULL REFERENCES directory_entries (agency_id),
  PRIMARY KEY (service, code, agency_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX directory_coverage_agency ON directory_coverage (agency_id);
-- The own-area offerings are found from the agencies of the searched region or country.
CREATE INDEX agencies_region ON agencies (region_code);
CREATE INDEX agencies_country ON agencies (country);
