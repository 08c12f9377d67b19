-- Documents and photos attached to a case (issue #4; domain/case_attachment.hpp, ports/case_work_repository.hpp).
-- Only the metadata is here: the bytes live in the content-addressed blob store (ports/blob_store.hpp,
-- storage/files/file_blob_store.hpp) under sha256, the hex SHA-256 of the plaintext. Append-only like case_notes.
-- Sealed at rest (storage/common/sealed_fields.hpp): file_name (names often say whose file it is) and description
-- hold 'enc:v1:...' text.
CREATE TABLE case_attachments (
  id          TEXT PRIMARY KEY,
  case_id     TEXT NOT NULL REFERENCES cases (id),
  file_name   TEXT NOT NULL,
  media_type  TEXT NOT NULL,
  size_bytes  INTEGER NOT NULL CHECK (size_bytes > 0),
  sha256      TEXT NOT NULL CHECK (length(sha256) = 64),
  description TEXT,
  created_at  INTEGER NOT NULL,
  created_by  TEXT NOT NULL
) STRICT, WITHOUT ROWID;
CREATE INDEX case_attachments_case ON case_attachments (case_id, created_at, id);
-- Which attachments use a blob (for a later clean-up of blobs no attachment names).
CREATE INDEX case_attachments_sha256 ON case_attachments (sha256);
-- The one update allowed is key rotation re-sealing file_name and description ('enc:v1:...' text only).
CREATE TRIGGER case_attachments_fixed BEFORE UPDATE OF id, case_id, media_type, size_bytes, sha256, created_at,
  created_by ON case_attachments BEGIN
  SELECT RAISE(ABORT, 'case_attachments is append-only');
END;
CREATE TRIGGER case_attachments_sealed_only BEFORE UPDATE OF file_name, description ON case_attachments
  WHEN NEW.file_name NOT LIKE 'enc:v1:%' OR (NEW.description IS NOT NULL AND NEW.description NOT LIKE 'enc:v1:%')
  BEGIN
  SELECT RAISE(ABORT, 'case_attachments is append-only');
END;
CREATE TRIGGER case_attachments_no_delete BEFORE DELETE ON case_attachments BEGIN
  SELECT RAISE(ABORT, 'case_attachments is append-only');
END;
