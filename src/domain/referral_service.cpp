// ReferralService: sending a referral and forwarding one up the ladder, both under the consent rule
// (detail/referral_support.hpp CheckConsents). Answers: referral_service_responses.cpp; reads:
// referral_service_reads.cpp; the overdue escalation: referral_service_escalation.cpp.
#include "domain/referral_service.hpp"

#include <algorithm>
#include <utility>

#include "domain/codelists.hpp"
#include "domain/detail/case_access.hpp"
#include "domain/detail/referral_support.hpp"
#include "domain/detail/text.hpp"
#include "domain/policy.hpp"

namespace sinergi::domain {
namespace {

using core::Error;
using core::FieldError;
using core::Result;
using ports::TxMode;
using ports::UnitOfWork;

constexpr std::size_t kMaxMessageChars = 4000;
constexpr std::size_t kMaxOverrideReasonChars = 2000;
const std::vector<std::string> kReceivingRoles{"CASE_WORKER", "SUPERVISOR"};

void Normalise(ReferralInput& input) {
  input.to_agency_id = detail::Trim(input.to_agency_id);
  input.message = detail::Trim(input.message);
  input.urgency = detail::ToUpperAscii(detail::Trim(input.urgency));
  if (input.urgency.empty()) input.urgency = "SEDANG";
  for (std::string& s : input.services) s = detail::ToUpperAscii(detail::Trim(s));
  for (std::string& p : input.person_ids) p = detail::Trim(p);
  detail::TrimOptional(input.consent_override_reason);
}

// Each element not empty and not repeated; codes from `list` when one is named.
void CheckList(const std::vector<std::string>& items, const std::string& field, std::string_view list,
               std::vector<FieldError>& errors) {
  if (items.empty()) {
    errors.push_back({field, "required", "At least one is required."});
    return;
  }
  for (std::size_t i = 0; i < items.size(); ++i) {
    const std::string path = field + "[" + std::to_string(i) + "]";
    const auto begin = items.begin();
    if (items[i].empty()) {
      errors.push_back({path, "required", "Must not be empty."});
    } else if (!list.empty() && !IsValidCode(list, items[i])) {
      errors.push_back({path, "unknown_code", "Not a code of the list " + std::string(list) + "."});
    } else if (std::find(begin, begin + static_cast<std::ptrdiff_t>(i), items[i]) !=
               begin + static_cast<std::ptrdiff_t>(i)) {
      errors.push_back({path, "duplicate", "Listed twice."});
    }
  }
}

// The rules that need no stored data.
std::vector<FieldError> ValidateInput(const ReferralInput& input) {
  std::vector<FieldError> errors;
  CheckList(input.person_ids, "person_ids", "", errors);
  CheckList(input.services, "services", "layanan_kasus", errors);
  if (input.message.empty()) {
    errors.push_back({"message", "required", "Tell the receiver why and what is needed."});
  } else if (detail::CodePointCount(input.message) > kMaxMessageChars) {
    errors.push_back({"message", "too_long", "At most " + std::to_string(kMaxMessageChars) + " characters."});
  }
  if (!IsValidCode("urgensi_kasus", input.urgency)) {
    errors.push_back({"urgency", "unknown_code", "Not a code of the list urgensi_kasus."});
  }
  if (input.consent_override_reason &&
      detail::CodePointCount(*input.consent_override_reason) > kMaxOverrideReasonChars) {
    errors.push_back(
        {"consent_override_reason", "too_long", "At most " + std::to_string(kMaxOverrideReasonChars) + " characters."});
  }
  return errors;
}

// Appends the field errors of a failed lookup that answered with a validation error; other errors pass up.
template <typename T>
core::Status CollectFieldErrors(const Result<T>& result, std::vector<FieldError>& errors) {
  if (result) return core::Ok();
  if (result.error().reason() != "validation_failed") return result.error();
  errors.insert(errors.end(), result.error().fields().begin(), result.error().fields().end());
  return core::Ok();
}

// Every referred person must be a victim (KORBAN party) of the case.
core::Status CheckVictims(UnitOfWork& uow, const std::string& case_id, const std::vector<std::string>& person_ids,
                          std::vector<FieldError>& errors) {
  SINERGI_TRY(std::vector<CaseParty> parties, uow.cases().ListParties(case_id));
  for (std::size_t i = 0; i < person_ids.size(); ++i) {
    const bool victim = std::any_of(parties.begin(), parties.end(), [&](const CaseParty& p) {
      return p.person_id == person_ids[i] && p.role == "KORBAN";
    });
    if (!victim) {
      errors.push_back(
          {"person_ids[" + std::to_string(i) + "]", "not_a_victim", "Not a victim (KORBAN) of this case."});
    }
  }
  return core::Ok();
}

std::string ReceivedMessage(const Referral& r, const std::string& from_agency_code) {
  std::string services;
  for (const std::string& s : r.data.services) services += (services.empty() ? "" : ", ") + s;
  return "New referral from " + from_agency_code + " (" + std::to_string(r.data.person_ids.size()) +
         " victim(s); services: " + services + "; urgency " + r.data.urgency + ")" +
         (r.data.consent_override_reason ? "; sent without consent by a supervisor's override." : ".");
}

// Validates and stores a new referral from the actor's agency in an open write unit; used by Create and Forward.
// The case is the caller's to check (visible to the sender, or shared with the forwarding agency).
Result<Referral> InsertReferral(UnitOfWork& uow, const core::Clock& clock, core::IdGenerator& ids, const Actor& actor,
                                core::Timestamp now, const std::string& case_id, ReferralInput input,
                                std::optional<std::string> forwarded_from) {
  if (actor.agency_id.empty()) {
    return Error(core::ErrorCode::kForbidden, "forbidden", "Only a user of an agency may refer.");
  }
  std::vector<FieldError> errors = ValidateInput(input);
  Result<Agency> to = detail::ReceivingAgency(uow, input.to_agency_id, actor.agency_id, "to_agency_id");
  SINERGI_TRY_STATUS(CollectFieldErrors(to, errors));
  if (!input.person_ids.empty()) SINERGI_TRY_STATUS(CheckVictims(uow, case_id, input.person_ids, errors));
  if (!errors.empty()) return Error::Validation(std::move(errors));
  SINERGI_TRY(std::vector<std::string> consent_ids,
              detail::CheckConsents(uow, actor, input.person_ids, to->type, input.consent_override_reason));

  Referral r;
  r.id = ids.NewId();
  r.version = 1;
  r.case_id = case_id;
  r.from_agency_id = actor.agency_id;
  r.data = std::move(input);
  r.status = ReferralStatus::kPending;
  r.consent_ids = std::move(consent_ids);
  r.forwarded_from_referral_id = std::move(forwarded_from);
  r.created_at = now;
  r.created_by = actor.id;
  SINERGI_TRY_STATUS(uow.referrals().Insert(r));
  SINERGI_TRY_STATUS(detail::RecordReferralCreation(uow, clock, ids, actor, now, r));
  core::Result<Agency> from = uow.identity().GetAgency(actor.agency_id);
  const std::string from_code = from ? from->code : actor.agency_id;
  SINERGI_TRY_STATUS(detail::NotifyAgency(uow, ids, now, actor, r, r.data.to_agency_id, kReceivingRoles,
                                          "REFERRAL_RECEIVED", ReceivedMessage(r, from_code)));
  return r;
}

}  // namespace

Result<Referral> ReferralService::Create(const Actor& actor, const std::string& case_id, ReferralInput input) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kCaseWrite));
  Normalise(input);
  const core::Timestamp now = clock_.Now();
  SINERGI_TRY(auto uow, db_.Begin(TxMode::kWrite));
  // The sender refers from its own scope: a case seen only through a referral cannot be referred on (that is
  // Forward).
  SINERGI_TRY(Case c, detail::GetVisibleCase(*uow, actor, case_id, /*for_write=*/true));
  SINERGI_TRY_STATUS(detail::RequireOpen(c));
  SINERGI_TRY(Referral r, InsertReferral(*uow, clock_, ids_, actor, now, case_id, std::move(input), std::nullopt));
  SINERGI_TRY_STATUS(uow->Commit());
  detail::MaskReferral(actor, r);
  return r;
}

Result<Referral> ReferralService::Forward(const Actor& actor, const std::string& id, const std::string& to_agency_id,
                                          const std::string& message,
                                          std::optional<std::string> consent_override_reason,
                                          std::int64_t expected_version) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kCaseWrite));
  const core::Timestamp now = clock_.Now();
  SINERGI_TRY(auto uow, db_.Begin(TxMode::kWrite));
  SINERGI_TRY(Referral current, detail::GetVisibleReferral(*uow, actor, id));
  if (actor.agency_id != current.data.to_agency_id) {
    return Error(core::ErrorCode::kForbidden, "referral.not_receiver",
                 "Only the receiving agency may forward a referral.");
  }
  if (current.version != expected_version) return Error::StaleVersion();
  if (current.status != ReferralStatus::kPending && current.status != ReferralStatus::kAccepted) {
    return Error::Conflict("referral.not_open", "Only a pending or accepted referral can be forwarded.");
  }
  SINERGI_TRY(Case c, uow->cases().Get(current.case_id));
  SINERGI_TRY_STATUS(detail::RequireOpen(c));

  ReferralInput input = current.data;
  input.to_agency_id = to_agency_id;
  input.message = message;
  input.consent_override_reason = std::move(consent_override_reason);
  Normalise(input);
  SINERGI_TRY(Referral next,
              InsertReferral(*uow, clock_, ids_, actor, now, current.case_id, std::move(input), current.id));

  Referral forwarded = current;
  forwarded.version = current.version + 1;
  forwarded.status = ReferralStatus::kForwarded;
  forwarded.forwarded_at = now;
  forwarded.forwarded_by = actor.id;
  forwarded.forwarded_to_referral_id = next.id;
  if (!forwarded.responded_at) {  // forwarding unanswered counts as the answer
    forwarded.responded_at = now;
    forwarded.responded_by = actor.id;
  }
  SINERGI_TRY_STATUS(uow->referrals().Update(forwarded, expected_version));
  SINERGI_TRY_STATUS(
      detail::RecordReferralChange(*uow, clock_, ids_, actor, now, current, forwarded, "transition", "forward"));
  SINERGI_TRY_STATUS(detail::NotifyAgency(*uow, ids_, now, actor, forwarded, forwarded.from_agency_id,
                                          {"CASE_WORKER", "SUPERVISOR"}, "REFERRAL_ANSWERED",
                                          "Your referral was forwarded to another agency (DITERUSKAN)."));
  SINERGI_TRY_STATUS(uow->Commit());
  detail::MaskReferral(actor, next);
  return next;
}

}  // namespace sinergi::domain
