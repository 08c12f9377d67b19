-- Record-level access control (issue #3; domain/policy.hpp). A person is owned by the agency of the user who
-- created it (NULL: owned nationally, e.g. demo data and records created by system jobs) and may be marked as
-- having a protected identity (UU 21/2007 Ps 44). Break-the-glass grants give one user time-limited access to one
-- person outside their scope; notifications tell the owning agency's supervisors about it.

ALTER TABLE persons ADD COLUMN owner_agency_id TEXT;
ALTER TABLE persons ADD COLUMN protected INTEGER NOT NULL DEFAULT 0 CHECK (protected IN (0, 1));
CREATE INDEX persons_owner_agency ON persons (owner_agency_id) WHERE owner_agency_id IS NOT NULL;

CREATE TABLE access_grants (
  id         TEXT PRIMARY KEY,
  person_id  TEXT NOT NULL REFERENCES persons (id),
  user_id    TEXT NOT NULL REFERENCES users (id),
  kind       TEXT NOT NULL CHECK (kind IN ('BREAK_GLASS')),
  reason     TEXT NOT NULL,
  granted_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL
) STRICT;
CREATE INDEX access_grants_user_person ON access_grants (user_id, person_id, expires_at);

CREATE TABLE notifications (
  id             TEXT PRIMARY KEY,
  agency_id      TEXT NOT NULL,
  recipient_role TEXT NOT NULL,
  kind           TEXT NOT NULL,
  person_id      TEXT,
  actor_id       TEXT NOT NULL,
  message        TEXT NOT NULL,
  created_at     INTEGER NOT NULL,
  read_at        INTEGER
) STRICT;
CREATE INDEX notifications_recipient ON notifications (agency_id, recipient_role, id);
