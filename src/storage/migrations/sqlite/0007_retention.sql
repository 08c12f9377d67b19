-- Retention (issue #3; domain/retention.hpp). A soft-deleted person is anonymised once its deletion is older than
-- the configured period: anonymised_at marks it done, so the job never works on it twice. The indexes serve the
-- job's "older than the cutoff" scans.
ALTER TABLE persons ADD COLUMN anonymised_at INTEGER;
CREATE INDEX persons_deleted_pending ON persons (deleted_at) WHERE deleted_at IS NOT NULL AND anonymised_at IS NULL;
CREATE INDEX sessions_last_seen ON sessions (last_seen_at);
CREATE INDEX notifications_created ON notifications (created_at);
