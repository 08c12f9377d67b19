// CaseWorkService: the restitution claims of a case's victims (UU 21/2007 Ps 48-50; restitution.hpp). Financial data
// about a victim, so as sensitive as the case's notes: reading or writing them needs the case's sensitive fields
// (detail::RequireSensitive). The rules: restitution_rules.hpp.
#include <algorithm>
#include <utility>

#include "domain/audit_log.hpp"
#include "domain/case_work_service.hpp"
#include "domain/detail/case_access.hpp"
#include "domain/detail/service_support.hpp"
#include "domain/detail/text.hpp"
#include "domain/policy.hpp"
#include "domain/restitution_rules.hpp"

namespace sinergi::domain {
namespace {

using core::Error;
using core::Result;
using ports::TxMode;
using ports::UnitOfWork;

Error RestitutionNotFound(const std::string& case_id) {
  return Error::NotFound("case_restitution.not_found", "Case " + case_id + " has no restitution claim with this id.");
}

// The case, visible to the actor (else case.not_found), whose sensitive fields the actor sees (else forbidden).
// `for_write`: a case seen only through a referral is read-only (case.referral_read_only), and a closed case too
// (case.closed).
Result<Case> OpenCase(UnitOfWork& uow, const Actor& actor, const std::string& case_id, bool for_write) {
  SINERGI_TRY(Case c, detail::GetVisibleCase(uow, actor, case_id, for_write));
  detail::CaseGate gate(uow, actor);
  SINERGI_TRY(bool sees, gate.SeesSensitive(c));
  if (!sees) {
    return Error(core::ErrorCode::kForbidden, "forbidden",
                 "The restitution of a case's victims needs access to its sensitive fields (owning agency or national "
                 "scope).");
  }
  if (for_write) SINERGI_TRY_STATUS(detail::RequireOpen(c));
  return c;
}

core::Status CheckVictim(UnitOfWork& uow, const std::string& case_id, const std::string& person_id) {
  SINERGI_TRY(std::vector<CaseParty> parties, uow.cases().ListParties(case_id));
  const bool victim = std::any_of(parties.begin(), parties.end(),
                                  [&](const CaseParty& p) { return p.person_id == person_id && p.role == "KORBAN"; });
  if (victim) return core::Ok();
  return Error::Validation({{"person_id", "not_a_victim", "The person is not a victim (KORBAN) of this case."}});
}

Result<CaseRestitution> RestitutionOfCase(UnitOfWork& uow, const std::string& case_id, const std::string& id) {
  Result<CaseRestitution> r = uow.restitutions().Get(id);
  if (!r) return r.error().code() == core::ErrorCode::kNotFound ? RestitutionNotFound(case_id) : r.error();
  if (r->case_id != case_id) return RestitutionNotFound(case_id);  // addressed through another case
  return r;
}

// The JSON text history keeps for a claim: its victim, components (codes only), court case number and dates; the
// amounts stay in the claim, sealed.
std::string RestitutionJson(const CaseRestitution& r) {
  const RestitutionData& d = r.data;
  std::vector<std::string> codes;
  for (const RestitutionComponent& c : d.components) codes.push_back(c.component);
  std::string json = "{\"id\":" + detail::JsonString(r.id) + ",\"person_id\":" + detail::JsonString(d.person_id) +
                     ",\"components\":" + detail::JsonStringArray(codes) +
                     ",\"claimed_on\":" + detail::JsonDate(d.claimed_on);
  auto add = [&json](const char* name, const std::optional<std::string>& value) {
    if (value) json += std::string(",\"") + name + "\":" + *value;
  };
  add("court_case_number", detail::JsonOptional(d.court_case_number));
  add("verdict_on", detail::JsonOptional(d.verdict_on));
  add("final_notice_on", detail::JsonOptional(d.final_notice_on));
  add("paid_on", detail::JsonOptional(d.paid_on));
  add("unpaid_reported_on", detail::JsonOptional(d.unpaid_reported_on));
  add("warning_on", detail::JsonOptional(d.warning_on));
  add("seizure_on", detail::JsonOptional(d.seizure_on));
  add("substitute_detention_on", detail::JsonOptional(d.substitute_detention_on));
  return json + ",\"amounts_recorded\":true}";
}

// The per-field diff of an update, named "restitutions.<id>.<field>"; the amounts by name only (no values).
std::vector<FieldChange> DiffRestitution(const CaseRestitution& before, const CaseRestitution& after) {
  const std::string prefix = "restitutions." + before.id + ".";
  const RestitutionData& a = before.data;
  const RestitutionData& b = after.data;
  std::vector<FieldChange> changes;
  if (a.components != b.components) changes.push_back({prefix + "components", std::nullopt, std::nullopt});
  if (a.court_case_number != b.court_case_number) {
    changes.push_back({prefix + "court_case_number", detail::JsonOptional(a.court_case_number),
                       detail::JsonOptional(b.court_case_number)});
  }
  auto date = [&](const char* name, const std::optional<core::Date>& x, const std::optional<core::Date>& y) {
    if (x != y) changes.push_back({prefix + name, detail::JsonOptional(x), detail::JsonOptional(y)});
  };
  date("claimed_on", a.claimed_on, b.claimed_on);
  date("verdict_on", a.verdict_on, b.verdict_on);
  date("final_notice_on", a.final_notice_on, b.final_notice_on);
  date("paid_on", a.paid_on, b.paid_on);
  if (a.paid_idr != b.paid_idr) changes.push_back({prefix + "paid_idr", std::nullopt, std::nullopt});
  date("unpaid_reported_on", a.unpaid_reported_on, b.unpaid_reported_on);
  date("warning_on", a.warning_on, b.warning_on);
  date("seizure_on", a.seizure_on, b.seizure_on);
  date("substitute_detention_on", a.substitute_detention_on, b.substitute_detention_on);
  return changes;
}

}  // namespace

Result<CaseRestitution> CaseWorkService::RecordRestitution(const Actor& actor, const std::string& case_id,
                                                           RestitutionData data) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kCaseWrite));
  const core::Timestamp now = clock_.Now();
  SINERGI_TRY(auto uow, db_.Begin(TxMode::kWrite));
  SINERGI_TRY_STATUS(OpenCase(*uow, actor, case_id, /*for_write=*/true));
  NormaliseRestitutionData(data);
  std::vector<core::FieldError> errors = ValidateRestitutionData(data, core::DateOf(now));
  if (!errors.empty()) return Error::Validation(std::move(errors));
  SINERGI_TRY_STATUS(CheckVictim(*uow, case_id, data.person_id));

  CaseRestitution r;
  r.id = ids_.NewId();
  r.case_id = case_id;
  r.version = 1;
  r.data = std::move(data);
  r.created_at = r.updated_at = now;
  r.created_by = r.updated_by = actor.id;
  SINERGI_TRY_STATUS(uow->restitutions().Insert(r));
  SINERGI_TRY_STATUS(
      detail::RecordChange(*uow, clock_, ids_, actor,
                           detail::NewChangeRecord(ids_, now, actor, "case", case_id, "update",
                                                   {FieldChange{"restitutions", std::nullopt, RestitutionJson(r)}}),
                           "restitution " + r.id));
  SINERGI_TRY_STATUS(uow->Commit());
  DeriveRestitution(r);
  return r;
}

Result<std::vector<CaseRestitution>> CaseWorkService::ListRestitutions(const Actor& actor, const std::string& case_id) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kCaseRead));
  std::vector<CaseRestitution> claims;
  {
    SINERGI_TRY(auto uow, db_.Begin(TxMode::kRead));
    SINERGI_TRY_STATUS(OpenCase(*uow, actor, case_id, /*for_write=*/false));
    SINERGI_TRY(claims, uow->restitutions().List(case_id));
  }
  for (CaseRestitution& r : claims) DeriveRestitution(r);
  AuditEvent event{"read", "case", case_id, {}, {}, "restitutions"};
  for (const CaseRestitution& r : claims) event.record_ids.push_back(r.id);
  SINERGI_TRY_STATUS(RecordAudit(db_, clock_, ids_, actor, std::move(event)));
  return claims;
}

Result<CaseRestitution> CaseWorkService::GetRestitution(const Actor& actor, const std::string& case_id,
                                                        const std::string& restitution_id) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kCaseRead));
  CaseRestitution r;
  {
    SINERGI_TRY(auto uow, db_.Begin(TxMode::kRead));
    SINERGI_TRY_STATUS(OpenCase(*uow, actor, case_id, /*for_write=*/false));
    SINERGI_TRY(r, RestitutionOfCase(*uow, case_id, restitution_id));
  }
  DeriveRestitution(r);
  SINERGI_TRY_STATUS(RecordAudit(db_, clock_, ids_, actor, {"read", "case", case_id, {r.id}, {}, "restitutions"}));
  return r;
}

Result<CaseRestitution> CaseWorkService::UpdateRestitution(const Actor& actor, const std::string& case_id,
                                                           const std::string& restitution_id, RestitutionData data,
                                                           std::int64_t expected_version) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kCaseWrite));
  const core::Timestamp now = clock_.Now();
  SINERGI_TRY(auto uow, db_.Begin(TxMode::kWrite));
  SINERGI_TRY_STATUS(OpenCase(*uow, actor, case_id, /*for_write=*/true));
  SINERGI_TRY(CaseRestitution current, RestitutionOfCase(*uow, case_id, restitution_id));
  if (current.version != expected_version) return Error::StaleVersion();

  data.person_id = current.data.person_id;  // fixed once recorded
  NormaliseRestitutionData(data);
  std::vector<core::FieldError> errors = ValidateRestitutionData(data, core::DateOf(now));
  if (!errors.empty()) return Error::Validation(std::move(errors));

  CaseRestitution updated = current;
  updated.data = std::move(data);
  std::vector<FieldChange> changes = DiffRestitution(current, updated);
  if (changes.empty()) {
    SINERGI_TRY_STATUS(
        AppendAudit(*uow, clock_, ids_, actor, {"update", "case", case_id, {restitution_id}, {}, "no changes"}));
    SINERGI_TRY_STATUS(uow->Commit());
    DeriveRestitution(current);
    return current;
  }
  updated.version = current.version + 1;
  updated.updated_at = now;
  updated.updated_by = actor.id;
  SINERGI_TRY_STATUS(uow->restitutions().Update(updated, expected_version));
  SINERGI_TRY_STATUS(
      detail::RecordChange(*uow, clock_, ids_, actor,
                           detail::NewChangeRecord(ids_, now, actor, "case", case_id, "update", std::move(changes)),
                           "restitution " + restitution_id));
  SINERGI_TRY_STATUS(uow->Commit());
  DeriveRestitution(updated);
  return updated;
}

}  // namespace sinergi::domain
