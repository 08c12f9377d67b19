// CaseWorkService: the services delivered to a case. Notes: case_work_service_notes.cpp; the rules:
// case_work_rules.hpp; the access rules: detail/case_access.hpp.
#include "domain/case_work_service.hpp"

#include <algorithm>
#include <utility>

#include "domain/audit_log.hpp"
#include "domain/case_work_rules.hpp"
#include "domain/codelists.hpp"
#include "domain/detail/case_access.hpp"
#include "domain/detail/service_support.hpp"
#include "domain/detail/text.hpp"
#include "domain/policy.hpp"

namespace sinergi::domain {
namespace {

using core::Error;
using core::Result;
using ports::TxMode;
using ports::UnitOfWork;

Error ServiceNotFound(const std::string& case_id) {
  return Error::NotFound("case_service.not_found", "Case " + case_id + " has no service with this id.");
}

// The JSON text history keeps for a service: everything but the outcome (free text stays in the service, sealed).
std::string ServiceJson(const CaseServiceDelivery& s) {
  const ServiceDeliveryData& d = s.data;
  std::string json = "{\"id\":" + detail::JsonString(s.id) + ",\"service\":" + detail::JsonString(d.service) +
                     ",\"status\":" + detail::JsonString(d.status) +
                     ",\"requested_on\":" + detail::JsonDate(d.requested_on);
  auto add = [&json](const char* name, const std::optional<std::string>& value) {
    if (value) json += std::string(",\"") + name + "\":" + *value;
  };
  add("person_id", detail::JsonOptional(d.person_id));
  add("provider_agency_id", detail::JsonOptional(d.provider_agency_id));
  add("started_on", detail::JsonOptional(d.started_on));
  add("completed_on", detail::JsonOptional(d.completed_on));
  add("reference", detail::JsonOptional(d.reference));
  if (d.outcome) json += ",\"outcome_recorded\":true";
  return json + "}";
}

// The per-field diff of an update, named "services.<id>.<field>"; the outcome by name only (no values).
std::vector<FieldChange> DiffService(const CaseServiceDelivery& before, const CaseServiceDelivery& after) {
  const std::string prefix = "services." + before.id + ".";
  std::vector<FieldChange> changes;
  auto text = [&](const char* name, const std::optional<std::string>& a, const std::optional<std::string>& b) {
    if (a != b) changes.push_back({prefix + name, detail::JsonOptional(a), detail::JsonOptional(b)});
  };
  auto date = [&](const char* name, const std::optional<core::Date>& a, const std::optional<core::Date>& b) {
    if (a != b) changes.push_back({prefix + name, detail::JsonOptional(a), detail::JsonOptional(b)});
  };
  if (before.data.status != after.data.status) {
    changes.push_back(
        {prefix + "status", detail::JsonString(before.data.status), detail::JsonString(after.data.status)});
  }
  date("started_on", before.data.started_on, after.data.started_on);
  date("completed_on", before.data.completed_on, after.data.completed_on);
  text("reference", before.data.reference, after.data.reference);
  if (before.data.outcome != after.data.outcome) changes.push_back({prefix + "outcome", std::nullopt, std::nullopt});
  return changes;
}

// Fills what a read derives (due_on) and masks the outcome when the actor may not see the case's sensitive fields.
void Present(CaseServiceDelivery& s, bool sees_sensitive) {
  s.due_on = ServiceDueOn(s.data);
  s.masked_fields.clear();
  if (!sees_sensitive) {
    s.data.outcome.reset();
    s.masked_fields.push_back("outcome");
  }
}

core::Status CheckPerson(UnitOfWork& uow, const std::string& case_id, const std::optional<std::string>& person_id) {
  if (!person_id) return core::Ok();
  SINERGI_TRY(std::vector<CaseParty> parties, uow.cases().ListParties(case_id));
  const bool victim = std::any_of(parties.begin(), parties.end(),
                                  [&](const CaseParty& p) { return p.person_id == *person_id && p.role == "KORBAN"; });
  if (victim) return core::Ok();
  return Error::Validation({{"person_id", "not_a_victim", "The person is not a victim (KORBAN) of this case."}});
}

core::Status CheckProvider(UnitOfWork& uow, const std::optional<std::string>& agency_id) {
  if (!agency_id) return core::Ok();
  Result<Agency> agency = uow.identity().GetAgency(*agency_id);
  if (agency) return core::Ok();
  if (agency.error().code() != core::ErrorCode::kNotFound) return agency.error();
  return Error::Validation({{"provider_agency_id", "not_found", "No agency has this id."}});
}

// UU 21/2007 Ps 51(2): on a TPPO case, social rehabilitation waits for a police report.
core::Status CheckPoliceReport(UnitOfWork& uow, const Case& c, const ServiceDeliveryData& data) {
  if (!NeedsPoliceReport(c.data.case_types, data.service)) return core::Ok();
  SINERGI_TRY(std::vector<CaseServiceDelivery> services, uow.case_work().ListServices(c.id));
  const bool reported = std::any_of(services.begin(), services.end(),
                                    [](const CaseServiceDelivery& s) { return IsPoliceReport(s.data); });
  if (reported) return core::Ok();
  return PoliceReportRequired();
}

// The case (visible, else case.not_found) and whether the actor sees its sensitive fields. `for_write`: a case seen
// only through a referral is read-only (case.referral_read_only), as for every case write.
struct CaseAccess {
  Case c;
  bool sensitive = false;
};
Result<CaseAccess> OpenCase(UnitOfWork& uow, const Actor& actor, const std::string& case_id, bool for_write) {
  CaseAccess access;
  SINERGI_TRY(access.c, detail::GetVisibleCase(uow, actor, case_id, for_write));
  detail::CaseGate gate(uow, actor);
  SINERGI_TRY(access.sensitive, gate.SeesSensitive(access.c));
  return access;
}

Result<CaseServiceDelivery> ServiceOfCase(UnitOfWork& uow, const std::string& case_id, const std::string& id) {
  Result<CaseServiceDelivery> s = uow.case_work().GetService(id);
  if (!s) return s.error().code() == core::ErrorCode::kNotFound ? ServiceNotFound(case_id) : s.error();
  if (s->case_id != case_id) return ServiceNotFound(case_id);  // addressed through another case
  return s;
}

}  // namespace

Result<CaseServiceDelivery> CaseWorkService::RecordService(const Actor& actor, const std::string& case_id,
                                                           ServiceDeliveryData data) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kCaseWrite));
  const core::Timestamp now = clock_.Now();
  const core::Date today = core::DateOf(now);
  if (!data.provider_agency_id && !actor.agency_id.empty()) data.provider_agency_id = actor.agency_id;
  NormaliseServiceData(data, today);
  std::vector<core::FieldError> errors = ValidateServiceData(data, today);
  if (!errors.empty()) return Error::Validation(std::move(errors));

  SINERGI_TRY(auto uow, db_.Begin(TxMode::kWrite));
  SINERGI_TRY(CaseAccess access, OpenCase(*uow, actor, case_id, /*for_write=*/true));
  SINERGI_TRY_STATUS(detail::RequireOpen(access.c));
  SINERGI_TRY_STATUS(CheckPerson(*uow, case_id, data.person_id));
  SINERGI_TRY_STATUS(CheckProvider(*uow, data.provider_agency_id));
  SINERGI_TRY_STATUS(CheckPoliceReport(*uow, access.c, data));

  CaseServiceDelivery s;
  s.id = ids_.NewId();
  s.case_id = case_id;
  s.version = 1;
  s.data = std::move(data);
  s.created_at = s.updated_at = now;
  s.created_by = s.updated_by = actor.id;
  SINERGI_TRY_STATUS(uow->case_work().InsertService(s));
  SINERGI_TRY_STATUS(
      detail::RecordChange(*uow, clock_, ids_, actor,
                           detail::NewChangeRecord(ids_, now, actor, "case", case_id, "update",
                                                   {FieldChange{"services", std::nullopt, ServiceJson(s)}}),
                           "service " + s.id + " (" + s.data.service + ")"));
  SINERGI_TRY_STATUS(uow->Commit());
  Present(s, access.sensitive);
  return s;
}

Result<std::vector<CaseServiceDelivery>> CaseWorkService::ListServices(const Actor& actor, const std::string& case_id) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kCaseRead));
  std::vector<CaseServiceDelivery> services;
  {
    SINERGI_TRY(auto uow, db_.Begin(TxMode::kRead));
    SINERGI_TRY(CaseAccess access, OpenCase(*uow, actor, case_id, /*for_write=*/false));
    SINERGI_TRY(services, uow->case_work().ListServices(case_id));
    for (CaseServiceDelivery& s : services) Present(s, access.sensitive);
  }
  AuditEvent event{"read", "case", case_id, {}, {}, "services"};
  for (const CaseServiceDelivery& s : services) event.record_ids.push_back(s.id);
  SINERGI_TRY_STATUS(RecordAudit(db_, clock_, ids_, actor, std::move(event)));
  return services;
}

Result<CaseServiceDelivery> CaseWorkService::GetService(const Actor& actor, const std::string& case_id,
                                                        const std::string& service_id) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kCaseRead));
  CaseServiceDelivery s;
  {
    SINERGI_TRY(auto uow, db_.Begin(TxMode::kRead));
    SINERGI_TRY(CaseAccess access, OpenCase(*uow, actor, case_id, /*for_write=*/false));
    SINERGI_TRY(s, ServiceOfCase(*uow, case_id, service_id));
    Present(s, access.sensitive);
  }
  SINERGI_TRY_STATUS(RecordAudit(db_, clock_, ids_, actor, {"read", "case", case_id, {s.id}, {}, "services"}));
  return s;
}

Result<CaseServiceDelivery> CaseWorkService::UpdateService(const Actor& actor, const std::string& case_id,
                                                           const std::string& service_id, ServiceDeliveryData data,
                                                           std::int64_t expected_version) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kCaseWrite));
  const core::Timestamp now = clock_.Now();
  const core::Date today = core::DateOf(now);
  SINERGI_TRY(auto uow, db_.Begin(TxMode::kWrite));
  SINERGI_TRY(CaseAccess access, OpenCase(*uow, actor, case_id, /*for_write=*/true));
  SINERGI_TRY_STATUS(detail::RequireOpen(access.c));
  SINERGI_TRY(CaseServiceDelivery current, ServiceOfCase(*uow, case_id, service_id));
  if (current.version != expected_version) return Error::StaleVersion();

  // Only the writable fields come from the client; the rest is fixed once recorded.
  ServiceDeliveryData next = current.data;
  next.status = std::move(data.status);
  next.started_on = data.started_on;
  next.completed_on = data.completed_on;
  next.reference = std::move(data.reference);
  detail::TrimOptional(data.outcome);
  if (data.outcome || access.sensitive) next.outcome = std::move(data.outcome);
  NormaliseServiceData(next, today);
  std::vector<core::FieldError> errors = ValidateServiceData(next, today);
  if (!ServiceStatusMoveAllowed(current.data.status, next.status) && IsValidCode("status_layanan", next.status)) {
    errors.push_back({"status", "invalid_transition",
                      "A service moves forward only (DIRENCANAKAN -> BERJALAN -> SELESAI, or DIBATALKAN); " +
                          current.data.status + " cannot become " + next.status + "."});
  }
  if (!errors.empty()) return Error::Validation(std::move(errors));

  CaseServiceDelivery updated = current;
  updated.data = std::move(next);
  std::vector<FieldChange> changes = DiffService(current, updated);
  if (changes.empty()) {
    SINERGI_TRY_STATUS(
        AppendAudit(*uow, clock_, ids_, actor, {"update", "case", case_id, {service_id}, {}, "no changes"}));
    SINERGI_TRY_STATUS(uow->Commit());
    Present(current, access.sensitive);
    return current;
  }
  updated.version = current.version + 1;
  updated.updated_at = now;
  updated.updated_by = actor.id;
  SINERGI_TRY_STATUS(uow->case_work().UpdateService(updated, expected_version));
  SINERGI_TRY_STATUS(
      detail::RecordChange(*uow, clock_, ids_, actor,
                           detail::NewChangeRecord(ids_, now, actor, "case", case_id, "update", std::move(changes)),
                           "service " + service_id + " (" + updated.data.service + ")"));
  SINERGI_TRY_STATUS(uow->Commit());
  Present(updated, access.sensitive);
  return updated;
}

}  // namespace sinergi::domain
