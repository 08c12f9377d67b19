// OutreachService (outreach_service.hpp): follow-up requests, their conversion into cases, and the coverage view.
#include <utility>

#include "domain/audit_log.hpp"
#include "domain/detail/service_support.hpp"
#include "domain/detail/text.hpp"
#include "domain/outreach_rules.hpp"
#include "domain/outreach_service.hpp"
#include "domain/policy.hpp"

namespace sinergi::domain {
namespace {

using core::Error;
using core::FieldError;
using core::Result;
using ports::TxMode;

constexpr const char* kFollowUpEntity = "outreach_follow_up";

// What a follow-up's history keeps: the category and whether a name or contact was given (the values are in the
// sealed row; history is sealed too, but it need not repeat them).
std::vector<FieldChange> FollowUpCreation(const OutreachFollowUp& f) {
  return {{"event_id", std::nullopt, detail::JsonString(f.event_id)},
          {"needs_category", std::nullopt, detail::JsonString(f.needs_category)},
          {"name", std::nullopt, detail::JsonBool(f.name.has_value())},
          {"contact", std::nullopt, detail::JsonBool(f.contact.has_value())},
          {"request", std::nullopt, detail::JsonBool(!f.request.empty())}};
}

bool IsProvinceCode(const std::string& code) {
  return code.size() == 2 && code[0] >= '0' && code[0] <= '9' && code[1] >= '0' && code[1] <= '9';
}

}  // namespace

Result<OutreachFollowUp> OutreachService::AddFollowUp(const Actor& actor, const std::string& event_id,
                                                      OutreachFollowUp follow_up) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kCoordinationWrite));
  SINERGI_TRY(auto uow, db_.Begin(TxMode::kWrite));
  SINERGI_TRY(OutreachEvent event, uow->outreach().GetEvent(event_id));
  SINERGI_TRY_STATUS(AuthorizeOutreachEdit(actor, OutreachAgencies(event.data)));
  NormaliseFollowUp(follow_up);
  std::vector<FieldError> errors = ValidateFollowUp(follow_up);
  if (!errors.empty()) return Error::Validation(std::move(errors));
  SINERGI_TRY(auto existing, uow->outreach().ListFollowUps(event.id, static_cast<int>(kMaxFollowUpsPerEvent)));
  if (existing.size() >= kMaxFollowUpsPerEvent) {
    return Error::Conflict("outreach_follow_up.too_many", "This event has as many follow-ups as it may hold.");
  }
  const core::Timestamp now = clock_.Now();
  follow_up.id = ids_.NewId();
  follow_up.event_id = event.id;
  follow_up.case_id.reset();
  follow_up.created_at = now;
  follow_up.created_by = actor.id;
  follow_up.masked = false;
  SINERGI_TRY_STATUS(uow->outreach().InsertFollowUp(follow_up));
  SINERGI_TRY_STATUS(detail::RecordChange(
      *uow, clock_, ids_, actor,
      detail::NewChangeRecord(ids_, now, actor, kFollowUpEntity, follow_up.id, "create", FollowUpCreation(follow_up))));
  SINERGI_TRY_STATUS(uow->Commit());
  return follow_up;
}

Result<OutreachService::Conversion> OutreachService::ConvertFollowUp(const Actor& actor, const std::string& event_id,
                                                                     const std::string& follow_up_id) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kCaseWrite));
  OutreachEvent event;
  OutreachFollowUp follow_up;
  {
    SINERGI_TRY(auto uow, db_.Begin(TxMode::kRead));
    SINERGI_TRY(event, uow->outreach().GetEvent(event_id));
    SINERGI_TRY(follow_up, uow->outreach().GetFollowUp(event.id, follow_up_id));
  }
  if (!CanSeeMeetingRepresentatives(actor, OutreachAgencies(event.data))) {
    return Error(core::ErrorCode::kForbidden, "outreach.follow_ups_hidden",
                 "Only the event's agencies turn its follow-up requests into cases.");
  }
  if (follow_up.case_id) {
    return Error::Conflict("outreach.already_converted",
                           "This follow-up request already became case " + *follow_up.case_id + ".");
  }
  CaseData data;
  data.intake_channel = "PENJANGKAUAN";
  data.reported_on = event.data.held_on;
  data.occurrence_country = "ID";
  data.occurrence_region_code = event.data.region_code;
  data.case_types = {follow_up.needs_category};
  data.reporter_name = follow_up.name;
  data.reporter_contact = follow_up.contact;
  data.summary = follow_up.request;
  SINERGI_TRY(Case created, cases_.CreateCase(actor, std::move(data)));

  // A second unit: the case is CaseService's own write. If two conversions race, the second finds case_id set
  // here and fails with already_converted; its case stays in INTAKE for a supervisor to close as DUPLIKAT.
  SINERGI_TRY(auto uow, db_.Begin(TxMode::kWrite));
  core::Status stored = uow->outreach().SetFollowUpCase(follow_up.id, created.id);
  if (!stored) {
    if (stored.error().reason() == "outreach_follow_up.already_converted") {
      return Error::Conflict("outreach.already_converted", "This follow-up request was turned into a case meanwhile.");
    }
    return stored.error();
  }
  const core::Timestamp now = clock_.Now();
  SINERGI_TRY_STATUS(
      detail::RecordChange(*uow, clock_, ids_, actor,
                           detail::NewChangeRecord(ids_, now, actor, kFollowUpEntity, follow_up.id, "update",
                                                   {{"case_id", std::nullopt, detail::JsonString(created.id)}})));
  SINERGI_TRY_STATUS(uow->Commit());
  follow_up.case_id = created.id;
  return Conversion{std::move(follow_up), std::move(created)};
}

Result<OutreachCoverage> OutreachService::Coverage(const Actor& actor, const std::string& province_code,
                                                   std::optional<core::Date> from, std::optional<core::Date> to) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kReferenceRead));
  const std::string province = detail::Trim(province_code);
  if (province.empty()) return Error::Validation({{"province", "required", "A two-digit province code."}});
  OutreachCoverage coverage;
  coverage.province_code = province;
  coverage.to = to.value_or(core::DateOf(clock_.Now()));
  coverage.from = from.value_or(TwelveMonthsBefore(coverage.to));
  if (coverage.to < coverage.from) {
    return Error::Validation({{"to", "before_from", "The period ends on or after it starts."}});
  }
  coverage.departures_from = TwelveMonthsBefore(coverage.to);

  SINERGI_TRY(auto uow, db_.Begin(TxMode::kRead));
  Result<Region> region = uow->reference().GetRegion(province);
  if (!region && region.error().code() != core::ErrorCode::kNotFound) return region.error();
  if (!IsProvinceCode(province) || !region || region->level != 1) {
    return Error::Validation({{"province", "unknown_code", "No province has this code."}});
  }
  SINERGI_TRY(auto regencies, uow->reference().ListRegions(province, {kMaxOutreachRows, std::nullopt}));
  SINERGI_TRY(auto outreach, uow->outreach().OutreachByRegency(province, coverage.from, coverage.to));
  SINERGI_TRY(auto departures, uow->outreach().DeparturesByRegency(province, coverage.departures_from, coverage.to));
  for (const Region& r : regencies.items) {
    RegencyCoverage row;
    row.regency_code = r.code;
    row.name = r.name;
    if (auto it = outreach.find(r.code); it != outreach.end()) {
      row.events = it->second.events;
      row.participants = it->second.participants;
    }
    if (auto it = departures.find(r.code); it != departures.end()) row.departures = it->second;
    coverage.regencies.push_back(std::move(row));
  }
  coverage.high_departure_threshold = FlagCoverage(coverage.regencies);
  return coverage;
}

}  // namespace sinergi::domain
