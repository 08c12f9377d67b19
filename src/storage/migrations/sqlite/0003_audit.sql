-- The tamper-evident audit trail (issue #3; domain/audit.hpp). Each row carries hash = BLAKE2b-256 of its
-- canonical form including prev_hash, the hash of the row before it, so editing, deleting or reordering any row
-- breaks the chain from there on (`sinergi audit verify`). seq is assigned by the writer as last + 1 inside a
-- BEGIN IMMEDIATE transaction, so the chain never forks.
-- record_ids and fields are JSON arrays of strings; detail is short free text (never passwords, tokens, NIKs or
-- search texts). Rows are append-only: the triggers below refuse UPDATE and DELETE from the application.

CREATE TABLE audit_log (
  seq         INTEGER PRIMARY KEY CHECK (seq >= 1),
  id          TEXT NOT NULL UNIQUE,
  at          INTEGER NOT NULL,
  actor_id    TEXT NOT NULL,
  agency_id   TEXT NOT NULL DEFAULT '',
  ip          TEXT NOT NULL DEFAULT '',
  action      TEXT NOT NULL,
  entity_type TEXT NOT NULL DEFAULT '',
  entity_id   TEXT NOT NULL DEFAULT '',
  record_ids  TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(record_ids)),
  fields      TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(fields)),
  detail      TEXT NOT NULL DEFAULT '',
  prev_hash   TEXT NOT NULL CHECK (length(prev_hash) = 64),
  hash        TEXT NOT NULL CHECK (length(hash) = 64)
) STRICT;
-- "Who looked at or changed this record", "what did this user do", and time windows, each newest first.
CREATE INDEX audit_log_entity ON audit_log (entity_type, entity_id, seq);
CREATE INDEX audit_log_actor ON audit_log (actor_id, seq);
CREATE INDEX audit_log_at ON audit_log (at);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;
