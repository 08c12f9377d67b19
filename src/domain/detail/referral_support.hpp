#pragma once
// Pieces the referral service files share (referral_service*.cpp): who may see a referral and what of it, the
// consent rule, history values and notifications. Internal to src/domain.
#include <optional>
#include <string>
#include <vector>

#include "core/clock.hpp"
#include "core/id_generator.hpp"
#include "core/result.hpp"
#include "domain/actor.hpp"
#include "domain/identity.hpp"
#include "domain/ports/database.hpp"
#include "domain/referral.hpp"

namespace sinergi::domain::detail {

// kNotFound "referral.not_found".
core::Error ReferralNotFound();

// Whether the actor may know the referral exists: a user of the sending or the receiving agency, NATIONAL scope,
// or a system actor.
bool SeesReferral(const Actor& actor, const Referral& referral);
// The referral as the actor may see it (call only when SeesReferral): the message and the outcome are kept for
// case roles (CASE_WORKER, SUPERVISOR, POLICE_INVESTIGATOR) and system actors; a user of the receiving agency sees
// the referred persons only while the referral grants access (accepted or completed). masked_fields names what was
// emptied.
void MaskReferral(const Actor& actor, Referral& referral);

// Reads the referral and requires the actor to see it (else ReferralNotFound(), exactly like a missing one).
// Returned unmasked.
core::Result<Referral> GetVisibleReferral(ports::UnitOfWork& uow, const Actor& actor, const std::string& id);

// The agencies whose referrals the actor may list (ReferralFilter::involving_agency_ids): nullopt for NATIONAL
// scope and system actors, the actor's agency otherwise (none for a user without one).
std::optional<std::vector<std::string>> InvolvingAgencies(const Actor& actor);

// The receiving agency `to_agency_id` for a referral sent by `from_agency_id`: kInvalid "validation_failed" on
// `field` (not_found for a missing or disabled agency, same_agency, required).
core::Result<Agency> ReceivingAgency(ports::UnitOfWork& uow, const std::string& to_agency_id,
                                     const std::string& from_agency_id, const std::string& field);

// The consent rule (DOMAIN.md §6.3; UU 27/2022 Ps 20): for each person a consent record with purpose
// RUJUKAN_LAYANAN, not withdrawn, whose recipient_types contain `agency_type`. Returns one consent id per person
// (same order), or, when some is missing: the override when `override_reason` is set by a SUPERVISOR (empty list),
// kForbidden "referral.override_not_allowed" when set by anyone else, else kInvalid "validation_failed" with
// "person_ids[i]" code "consent_missing" for each person without one. An override given while every consent exists
// is dropped (override_reason reset): the consents are the lawful basis. A non-supervisor giving one always gets
// kForbidden.
core::Result<std::vector<std::string>> CheckConsents(ports::UnitOfWork& uow, const Actor& actor,
                                                     const std::vector<std::string>& person_ids,
                                                     const std::string& agency_type,
                                                     std::optional<std::string>& override_reason);

// Notifies every user of `agency_id` holding one of `roles` (one notification per role) about the referral.
core::Status NotifyAgency(ports::UnitOfWork& uow, core::IdGenerator& ids, core::Timestamp now, const Actor& actor,
                          const Referral& referral, const std::string& agency_id, const std::vector<std::string>& roles,
                          const std::string& kind, const std::string& message);

// Stores the referral's history record ("referral" entity; status changes as before/after) and its audit entry.
core::Status RecordReferralChange(ports::UnitOfWork& uow, const core::Clock& clock, core::IdGenerator& ids,
                                  const Actor& actor, core::Timestamp now, const Referral& before,
                                  const Referral& after, const std::string& action, const std::string& detail);

// The history values of a new referral (no free text: the message stays in the referral).
core::Status RecordReferralCreation(ports::UnitOfWork& uow, const core::Clock& clock, core::IdGenerator& ids,
                                    const Actor& actor, core::Timestamp now, const Referral& referral);

}  // namespace sinergi::domain::detail
