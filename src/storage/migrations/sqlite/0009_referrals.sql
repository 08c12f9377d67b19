-- Referrals between agencies (issue #4, penanganan terpadu; domain/referral.hpp, ports/referral_repository.hpp).
-- Codes (status_rujukan, layanan_kasus, urgensi_kasus) are checked by the domain against its code lists. services
-- and consent_ids are JSON arrays; the referred persons are a child table so that what a referral shares with an
-- agency is an indexed query (SharedPersonIds). Sealed at rest (storage/common/sealed_fields.hpp): message,
-- outcome, decline_reason and revoke_reason hold 'enc:v1:...' text. Referrals are never deleted: the chain of a
-- forwarded referral (forwarded_from_referral_id / forwarded_to_referral_id) is the record of who handled what.

CREATE TABLE referrals (
  id                         TEXT PRIMARY KEY,
  version                    INTEGER NOT NULL CHECK (version >= 1),
  case_id                    TEXT NOT NULL REFERENCES cases (id),
  from_agency_id             TEXT NOT NULL REFERENCES agencies (id),
  to_agency_id               TEXT NOT NULL REFERENCES agencies (id),
  services                   TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(services)),
  message                    TEXT NOT NULL,
  urgency                    TEXT NOT NULL,
  consent_override_reason    TEXT,
  status                     TEXT NOT NULL,
  consent_ids                TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(consent_ids)),
  forwarded_from_referral_id TEXT REFERENCES referrals (id),
  forwarded_to_referral_id   TEXT,
  created_at                 INTEGER NOT NULL,
  created_by                 TEXT NOT NULL,
  responded_at               INTEGER,
  responded_by               TEXT,
  decline_reason             TEXT,
  completed_at               INTEGER,
  completed_by               TEXT,
  outcome                    TEXT,
  revoked_at                 INTEGER,
  revoked_by                 TEXT,
  revoke_reason              TEXT,
  forwarded_at               INTEGER,
  forwarded_by               TEXT,
  escalated_at               INTEGER
) STRICT, WITHOUT ROWID;
-- Inbox and outbox (newest first by id), the referrals of a case, the escalation scan (pending by age), and the
-- access grants (an agency's accepted or completed referrals).
CREATE INDEX referrals_inbox ON referrals (to_agency_id, id);
CREATE INDEX referrals_outbox ON referrals (from_agency_id, id);
CREATE INDEX referrals_case ON referrals (case_id, id);
CREATE INDEX referrals_pending ON referrals (created_at, id) WHERE status = 'MENUNGGU' AND escalated_at IS NULL;
CREATE INDEX referrals_shared ON referrals (to_agency_id, case_id) WHERE status IN ('DITERIMA', 'SELESAI');
CREATE INDEX referrals_created ON referrals (created_at);
-- (message is sealed, so key rotation rewrites it: it is left out of the fixed columns.)
CREATE TRIGGER referrals_fixed BEFORE UPDATE OF id, case_id, from_agency_id, to_agency_id, services, urgency,
  consent_override_reason, consent_ids, forwarded_from_referral_id, created_at, created_by
ON referrals BEGIN
  SELECT RAISE(ABORT, 'what a referral shares is fixed once sent; only its answers change');
END;

-- The referred persons of a referral, in the sender's order (position).
CREATE TABLE referral_persons (
  referral_id TEXT NOT NULL REFERENCES referrals (id),
  position    INTEGER NOT NULL,
  person_id   TEXT NOT NULL REFERENCES persons (id),
  PRIMARY KEY (referral_id, position)
) STRICT, WITHOUT ROWID;
CREATE INDEX referral_persons_person ON referral_persons (person_id);

-- Notifications about a referral link to it (and its case).
ALTER TABLE notifications ADD COLUMN referral_id TEXT;
ALTER TABLE notifications ADD COLUMN case_id TEXT;
