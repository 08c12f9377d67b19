-- Agencies, users, sessions and sign-in throttles (issue #3; domain/identity.hpp). Conventions as in 0001:
-- STRICT tables, timestamps as INTEGER milliseconds since the epoch (UTC), booleans 0/1, ULID ids.
-- Secrets: password_hash is an Argon2id string; sessions keep only BLAKE2b hashes of their tokens; totp_secret is
-- the TOTP key (it must be readable to check codes; field-level encryption of it arrives with the key file).

-- type: code list jenis_instansi. A post abroad (PERWAKILAN_RI) has a country instead of a region; the domain
-- checks both against reference data (no foreign keys, so reference reloads never cascade into agencies).
CREATE TABLE agencies (
  id          TEXT PRIMARY KEY,
  version     INTEGER NOT NULL,
  code        TEXT NOT NULL UNIQUE,
  name        TEXT NOT NULL,
  type        TEXT NOT NULL,
  region_code TEXT,
  country     TEXT,
  disabled    INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
  created_at  INTEGER NOT NULL,
  updated_at  INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

-- roles: JSON array of peran codes; scope: lingkup_akses. username is stored lower-case by the domain.
CREATE TABLE users (
  id                  TEXT PRIMARY KEY,
  version             INTEGER NOT NULL,
  username            TEXT NOT NULL UNIQUE,
  display_name        TEXT NOT NULL,
  agency_id           TEXT NOT NULL REFERENCES agencies (id),
  roles               TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(roles)),
  scope               TEXT NOT NULL,
  password_hash       TEXT NOT NULL,
  totp_secret         TEXT,
  totp_pending_secret TEXT,
  disabled            INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
  password_changed_at INTEGER NOT NULL,
  created_at          INTEGER NOT NULL,
  updated_at          INTEGER NOT NULL
) STRICT, WITHOUT ROWID;
CREATE INDEX users_agency ON users (agency_id, id);

-- token_hash/csrf_hash: hex BLAKE2b-256 of the opaque tokens given to the client once.
CREATE TABLE sessions (
  id           TEXT PRIMARY KEY,
  user_id      TEXT NOT NULL REFERENCES users (id),
  token_hash   TEXT NOT NULL UNIQUE,
  csrf_hash    TEXT NOT NULL,
  created_at   INTEGER NOT NULL,
  last_seen_at INTEGER NOT NULL,
  expires_at   INTEGER NOT NULL,
  ip           TEXT NOT NULL DEFAULT '',
  user_agent   TEXT NOT NULL DEFAULT '',
  revoked_at   INTEGER
) STRICT, WITHOUT ROWID;
CREATE INDEX sessions_user ON sessions (user_id);

-- Failed sign-ins per key: "user:<username>" or "ip:<address>". A missing row means no recent failures.
CREATE TABLE login_throttles (
  key              TEXT PRIMARY KEY,
  failures         INTEGER NOT NULL CHECK (failures >= 0),
  first_failure_at INTEGER NOT NULL,
  locked_until     INTEGER
) STRICT, WITHOUT ROWID;
