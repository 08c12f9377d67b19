// Visibility, masking, the consent rule, history and notifications of referrals.
#include "domain/detail/referral_support.hpp"

#include <algorithm>
#include <utility>

#include "domain/detail/service_support.hpp"
#include "domain/detail/text.hpp"

namespace sinergi::domain::detail {
namespace {

constexpr std::string_view kConsentPurpose = "RUJUKAN_LAYANAN";

bool HasCaseRole(const Actor& actor) {
  return actor.HasRole("CASE_WORKER") || actor.HasRole("SUPERVISOR") || actor.HasRole("POLICE_INVESTIGATOR");
}

bool Contains(const std::vector<std::string>& items, const std::string& item) {
  return std::find(items.begin(), items.end(), item) != items.end();
}

// The first consent that lets `person_id`'s data go to an agency of `agency_type` for a referral.
core::Result<std::optional<std::string>> FindConsent(ports::UnitOfWork& uow, const std::string& person_id,
                                                     const std::string& agency_type) {
  SINERGI_TRY(std::vector<Consent> consents, uow.pdp().ListConsents(person_id));
  for (const Consent& c : consents) {
    if (!c.withdrawn() && c.data.purpose == kConsentPurpose && Contains(c.data.recipient_types, agency_type)) {
      return std::optional<std::string>(c.id);
    }
  }
  return std::optional<std::string>();
}

// Status and the response facts as history values; only those that differ between before and after.
void AddChange(std::vector<FieldChange>& changes, const std::string& field, std::optional<std::string> before,
               std::optional<std::string> after) {
  if (before != after) changes.push_back({field, std::move(before), std::move(after)});
}

std::optional<std::string> OptTime(const std::optional<core::Timestamp>& t) {
  if (!t) return std::nullopt;
  return JsonString(core::FormatTimestamp(*t));
}

}  // namespace

core::Error ReferralNotFound() {
  return core::Error::NotFound("referral.not_found", "No referral has this id.");
}

bool SeesReferral(const Actor& actor, const Referral& referral) {
  if (actor.IsSystem() || actor.scope == "NATIONAL") return true;
  if (actor.agency_id.empty()) return false;
  return actor.agency_id == referral.from_agency_id || actor.agency_id == referral.data.to_agency_id;
}

void MaskReferral(const Actor& actor, Referral& referral) {
  referral.masked_fields.clear();
  if (actor.IsSystem()) return;
  if (!HasCaseRole(actor)) {
    referral.data.message.clear();
    referral.masked_fields.emplace_back("message");
    if (referral.outcome) {
      referral.outcome.reset();
    }
    referral.masked_fields.emplace_back("outcome");
  }
  const bool receiver_only =
      actor.agency_id == referral.data.to_agency_id && actor.agency_id != referral.from_agency_id;
  if (receiver_only && !GrantsAccess(referral.status)) {
    referral.data.person_ids.clear();
    referral.masked_fields.emplace_back("person_ids");
  }
}

core::Result<Referral> GetVisibleReferral(ports::UnitOfWork& uow, const Actor& actor, const std::string& id) {
  core::Result<Referral> referral = uow.referrals().Get(id);
  if (!referral) {
    if (referral.error().code() == core::ErrorCode::kNotFound) return ReferralNotFound();
    return referral.error();
  }
  if (!SeesReferral(actor, *referral)) return ReferralNotFound();
  return referral;
}

std::optional<std::vector<std::string>> InvolvingAgencies(const Actor& actor) {
  if (actor.IsSystem() || actor.scope == "NATIONAL") return std::nullopt;
  std::vector<std::string> agencies;
  if (!actor.agency_id.empty()) agencies.push_back(actor.agency_id);
  return agencies;
}

core::Result<Agency> ReceivingAgency(ports::UnitOfWork& uow, const std::string& to_agency_id,
                                     const std::string& from_agency_id, const std::string& field) {
  if (to_agency_id.empty()) return core::Error::Validation({{field, "required", "Name the receiving agency."}});
  if (to_agency_id == from_agency_id) {
    return core::Error::Validation({{field, "same_agency", "An agency cannot refer to itself."}});
  }
  core::Result<Agency> agency = uow.identity().GetAgency(to_agency_id);
  if (!agency) {
    if (agency.error().code() != core::ErrorCode::kNotFound) return agency.error();
    return core::Error::Validation({{field, "not_found", "No agency has this id."}});
  }
  if (agency->disabled) return core::Error::Validation({{field, "not_found", "This agency is disabled."}});
  return agency;
}

core::Result<std::vector<std::string>> CheckConsents(ports::UnitOfWork& uow, const Actor& actor,
                                                     const std::vector<std::string>& person_ids,
                                                     const std::string& agency_type,
                                                     std::optional<std::string>& override_reason) {
  if (override_reason && !actor.HasRole("SUPERVISOR") && !actor.IsSystem()) {
    return core::Error(core::ErrorCode::kForbidden, "referral.override_not_allowed",
                       "Only a supervisor may refer without the victims' consent.");
  }
  std::vector<std::string> consent_ids;
  std::vector<core::FieldError> missing;
  for (std::size_t i = 0; i < person_ids.size(); ++i) {
    SINERGI_TRY(std::optional<std::string> consent, FindConsent(uow, person_ids[i], agency_type));
    if (consent) {
      consent_ids.push_back(std::move(*consent));
    } else {
      missing.push_back({"person_ids[" + std::to_string(i) + "]", "consent_missing",
                         "No consent (purpose RUJUKAN_LAYANAN) covers agencies of type " + agency_type + "."});
    }
  }
  if (missing.empty()) {
    override_reason.reset();
    return consent_ids;
  }
  if (override_reason) return std::vector<std::string>();
  return core::Error::Validation(std::move(missing));
}

core::Status NotifyAgency(ports::UnitOfWork& uow, core::IdGenerator& ids, core::Timestamp now, const Actor& actor,
                          const Referral& referral, const std::string& agency_id, const std::vector<std::string>& roles,
                          const std::string& kind, const std::string& message) {
  for (const std::string& role : roles) {
    Notification n;
    n.id = ids.NewId();
    n.agency_id = agency_id;
    n.recipient_role = role;
    n.kind = kind;
    n.referral_id = referral.id;
    n.case_id = referral.case_id;
    n.actor_id = actor.id;
    n.message = message;
    n.created_at = now;
    SINERGI_TRY_STATUS(uow.access().InsertNotification(n));
  }
  return core::Ok();
}

core::Status RecordReferralChange(ports::UnitOfWork& uow, const core::Clock& clock, core::IdGenerator& ids,
                                  const Actor& actor, core::Timestamp now, const Referral& before,
                                  const Referral& after, const std::string& action, const std::string& detail) {
  std::vector<FieldChange> changes;
  AddChange(changes, "status", JsonString(ToString(before.status)), JsonString(ToString(after.status)));
  AddChange(changes, "responded_at", OptTime(before.responded_at), OptTime(after.responded_at));
  AddChange(changes, "completed_at", OptTime(before.completed_at), OptTime(after.completed_at));
  AddChange(changes, "revoked_at", OptTime(before.revoked_at), OptTime(after.revoked_at));
  AddChange(changes, "forwarded_at", OptTime(before.forwarded_at), OptTime(after.forwarded_at));
  AddChange(changes, "forwarded_to_referral_id", JsonOptional(before.forwarded_to_referral_id),
            JsonOptional(after.forwarded_to_referral_id));
  AddChange(changes, "escalated_at", OptTime(before.escalated_at), OptTime(after.escalated_at));
  // The reasons and the outcome are free text: kept in the referral (sealed), named here only by field.
  AddChange(changes, "decline_reason", before.decline_reason ? "true" : std::optional<std::string>(),
            after.decline_reason ? "true" : std::optional<std::string>());
  AddChange(changes, "outcome", before.outcome ? "true" : std::optional<std::string>(),
            after.outcome ? "true" : std::optional<std::string>());
  AddChange(changes, "revoke_reason", before.revoke_reason ? "true" : std::optional<std::string>(),
            after.revoke_reason ? "true" : std::optional<std::string>());
  return RecordChange(uow, clock, ids, actor,
                      NewChangeRecord(ids, now, actor, "referral", after.id, action, std::move(changes)), detail);
}

core::Status RecordReferralCreation(ports::UnitOfWork& uow, const core::Clock& clock, core::IdGenerator& ids,
                                    const Actor& actor, core::Timestamp now, const Referral& referral) {
  std::vector<FieldChange> changes{
      {"case_id", std::nullopt, JsonString(referral.case_id)},
      {"from_agency_id", std::nullopt, JsonString(referral.from_agency_id)},
      {"to_agency_id", std::nullopt, JsonString(referral.data.to_agency_id)},
      {"person_ids", std::nullopt, JsonStringArray(referral.data.person_ids)},
      {"services", std::nullopt, JsonStringArray(referral.data.services)},
      {"urgency", std::nullopt, JsonString(referral.data.urgency)},
      {"consent_ids", std::nullopt, JsonStringArray(referral.consent_ids)},
      {"consent_override", std::nullopt, JsonBool(referral.data.consent_override_reason.has_value())},
      {"status", std::nullopt, JsonString(ToString(referral.status))},
  };
  if (referral.forwarded_from_referral_id) {
    changes.push_back({"forwarded_from_referral_id", std::nullopt, JsonString(*referral.forwarded_from_referral_id)});
  }
  std::string detail = "case " + referral.case_id;
  if (referral.data.consent_override_reason) detail += "; consent override";
  return RecordChange(uow, clock, ids, actor,
                      NewChangeRecord(ids, now, actor, "referral", referral.id, "create", std::move(changes)),
                      std::move(detail));
}

}  // namespace sinergi::domain::detail
