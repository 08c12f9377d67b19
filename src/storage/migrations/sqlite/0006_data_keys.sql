-- Field-level encryption at rest (issue #3; core/key_ring.hpp, storage/common/sealed_fields.hpp). The keys never
-- enter the database: per key id it keeps only a check value (a known text sealed with that key), so opening the
-- database with a wrong key file fails at start instead of when a victim's address is first read.
CREATE TABLE data_keys (
  key_id      TEXT PRIMARY KEY,
  check_value TEXT NOT NULL,
  created_at  INTEGER NOT NULL
) STRICT, WITHOUT ROWID;
