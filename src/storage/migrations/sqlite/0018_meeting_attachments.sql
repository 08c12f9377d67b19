-- Documents attached to a coordination meeting (issue #5; domain/meeting_attachment.hpp,
-- ports/coordination_repository.hpp): the signed agreement, the minutes, the attendance list. Only the metadata is
-- here: the bytes live in the content-addressed blob store under sha256, like case attachments (0011). Sealed at
-- rest (storage/common/sealed_fields.hpp): file_name and description hold 'enc:v1:...' text. A row is never
-- edited (key rotation re-seals file_name and description); deleting one removes its metadata only.
CREATE TABLE coordination_meeting_attachments (
  id          TEXT PRIMARY KEY,
  meeting_id  TEXT NOT NULL REFERENCES coordination_meetings (id),
  kind        TEXT NOT NULL,  -- codelist jenis_lampiran_rapat
  file_name   TEXT NOT NULL,
  media_type  TEXT NOT NULL,
  size_bytes  INTEGER NOT NULL CHECK (size_bytes > 0),
  sha256      TEXT NOT NULL CHECK (length(sha256) = 64),
  description TEXT,
  created_at  INTEGER NOT NULL,
  created_by  TEXT NOT NULL
) STRICT, WITHOUT ROWID;
CREATE INDEX coordination_meeting_attachments_meeting ON coordination_meeting_attachments (meeting_id, created_at, id);
-- Which attachments use a blob (for a later clean-up of blobs no attachment names).
CREATE INDEX coordination_meeting_attachments_sha256 ON coordination_meeting_attachments (sha256);
CREATE TRIGGER coordination_meeting_attachments_fixed BEFORE UPDATE OF id, meeting_id, kind, media_type, size_bytes,
  sha256, created_at, created_by ON coordination_meeting_attachments BEGIN
  SELECT RAISE(ABORT, 'coordination_meeting_attachments rows are not edited');
END;
