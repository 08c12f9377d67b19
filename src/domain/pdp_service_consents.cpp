// PdpService: consent records (UU 27/2022 Ps 20-25; HTCDS con_Consent; GBVIMS per-recipient consent).
#include <utility>

#include "domain/audit_log.hpp"
#include "domain/detail/access_support.hpp"
#include "domain/detail/text.hpp"
#include "domain/pdp_service.hpp"
#include "domain/policy.hpp"

namespace sinergi::domain {
namespace {

using core::Error;
using core::Result;

Error ConsentNotFound(const std::string& id) {
  return Error::NotFound("consent.not_found", "Consent " + id + " does not exist for this person.");
}

void Normalise(ConsentInput& input) {
  input.purpose = detail::Trim(input.purpose);
  input.lawful_basis = detail::Trim(input.lawful_basis);
  input.given_by = detail::Trim(input.given_by);
  for (std::string& code : input.recipient_types) code = detail::Trim(code);
  detail::TrimOptional(input.note);
  detail::TrimOptional(input.guardian_person_id);
}

}  // namespace

Result<std::vector<Consent>> PdpService::ListConsents(const Actor& actor, const std::string& person_id) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kRegistryRead));
  SINERGI_TRY_STATUS(detail::ReadAdmittedPerson(db_, clock_, ids_, actor, person_id));
  std::vector<Consent> consents;
  {
    SINERGI_TRY(auto uow, db_.Begin(ports::TxMode::kRead));
    SINERGI_TRY(consents, uow->pdp().ListConsents(person_id));
  }
  AuditEvent event{"read", "person", person_id, {}, {}, "consents"};
  for (const Consent& c : consents) event.record_ids.push_back(c.id);
  SINERGI_TRY_STATUS(RecordAudit(db_, clock_, ids_, actor, std::move(event)));
  return consents;
}

Result<Consent> PdpService::RecordConsent(const Actor& actor, const std::string& person_id, ConsentInput input) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kRegistryWrite));
  SINERGI_TRY(Person person, detail::ReadAdmittedPerson(db_, clock_, ids_, actor, person_id));
  Normalise(input);
  const core::Timestamp now = clock_.Now();
  std::vector<core::FieldError> errors = ValidateConsent(input, person.data.birth_date, core::DateOf(now));
  if (input.guardian_person_id) {
    if (*input.guardian_person_id == person_id) {
      errors.push_back({"guardian_person_id", "self_link", "A person cannot be their own guardian."});
    } else if (auto guardian = detail::ReadAdmittedPerson(db_, clock_, ids_, actor, *input.guardian_person_id);
               !guardian) {
      if (guardian.error().code() != core::ErrorCode::kNotFound) return guardian.error();
      errors.push_back({"guardian_person_id", "not_found", "No person has this id."});
    }
  }
  if (!errors.empty()) return Error::Validation(std::move(errors));

  Consent consent;
  consent.id = ids_.NewId();
  consent.person_id = person_id;
  consent.data = std::move(input);
  consent.recorded_at = now;
  consent.recorded_by = actor.id;
  SINERGI_TRY(auto uow, db_.Begin(ports::TxMode::kWrite));
  SINERGI_TRY_STATUS(uow->pdp().InsertConsent(consent));
  SINERGI_TRY_STATUS(AppendAudit(*uow, clock_, ids_, actor,
                                 {"create",
                                  "person",
                                  person_id,
                                  {consent.id},
                                  {"purpose", "recipient_types", "lawful_basis", "given_by", "checklist"},
                                  "consent"}));
  SINERGI_TRY_STATUS(uow->Commit());
  return consent;
}

Result<Consent> PdpService::WithdrawConsent(const Actor& actor, const std::string& person_id,
                                            const std::string& consent_id, const std::string& reason) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kRegistryWrite));
  SINERGI_TRY_STATUS(detail::ReadAdmittedPerson(db_, clock_, ids_, actor, person_id));
  std::string why = detail::Trim(reason);
  if (why.empty()) return Error::Validation({{"reason", "required", "Say why the consent is withdrawn."}});
  if (why.size() > kMaxNoteLength) return Error::Validation({{"reason", "too_long", "At most 2000 characters."}});

  SINERGI_TRY(auto uow, db_.Begin(ports::TxMode::kWrite));
  auto found = uow->pdp().GetConsent(consent_id);
  if (!found && found.error().code() == core::ErrorCode::kNotFound) return ConsentNotFound(consent_id);
  SINERGI_TRY(Consent consent, std::move(found));
  // The route names the person; another person's consent is "not found" here.
  if (consent.person_id != person_id) return ConsentNotFound(consent_id);
  if (consent.withdrawn()) {
    return Error::Conflict("consent.withdrawn", "Consent " + consent_id + " was already withdrawn.");
  }
  consent.withdrawn_at = clock_.Now();
  consent.withdrawn_by = actor.id;
  consent.withdrawal_reason = std::move(why);
  SINERGI_TRY_STATUS(uow->pdp().UpdateConsentWithdrawal(consent));
  SINERGI_TRY_STATUS(AppendAudit(*uow, clock_, ids_, actor,
                                 {"update",
                                  "person",
                                  person_id,
                                  {consent.id},
                                  {"withdrawn_at", "withdrawn_by", "withdrawal_reason"},
                                  "consent withdrawn"}));
  SINERGI_TRY_STATUS(uow->Commit());
  return consent;
}

}  // namespace sinergi::domain
