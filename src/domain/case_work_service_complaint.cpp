// CaseWorkService: the complaint facts of a migrant worker's complaint (domain/complaint.hpp) and the timers they
// start (complaint_rules.hpp). The facts are plain dates, not sensitive: whoever sees the case sees them.
#include <utility>

#include "domain/audit_log.hpp"
#include "domain/case_work_service.hpp"
#include "domain/complaint_rules.hpp"
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

Result<ComplaintFacts> LoadFacts(UnitOfWork& uow, const std::string& case_id) {
  SINERGI_TRY(std::optional<ComplaintFacts> stored, uow.case_work().GetComplaintFacts(case_id));
  if (stored) return *stored;
  ComplaintFacts none;
  none.case_id = case_id;
  return none;
}

// The timers of an open PMI complaint (none otherwise: a closed case is read-only, and a case that is no longer of
// type PMI_BERMASALAH is not a complaint any more).
Result<std::vector<ComplaintTimer>> TimersOf(UnitOfWork& uow, const Case& c, const ComplaintFactsData& data,
                                             core::Timestamp now) {
  if (detail::IsClosed(c.status) || !IsPmiComplaint(c.data.case_types)) return std::vector<ComplaintTimer>{};
  std::vector<core::Date> holidays;
  if (std::optional<HolidayRange> range = HolidaysNeeded(data)) {
    SINERGI_TRY(holidays, uow.reference().PublicHolidays(range->from, range->to));
  }
  return ComplaintTimers(data, c.data.reported_on, holidays, now);
}

// The per-field diff, named "complaint.<field>".
std::vector<FieldChange> DiffFacts(const ComplaintFactsData& before, const ComplaintFactsData& after) {
  std::vector<FieldChange> changes;
  if (before.documents_incomplete != after.documents_incomplete) {
    changes.push_back({"complaint.documents_incomplete", detail::JsonBool(before.documents_incomplete),
                       detail::JsonBool(after.documents_incomplete)});
  }
  auto date = [&](const char* name, const std::optional<core::Date>& a, const std::optional<core::Date>& b) {
    if (a != b) changes.push_back({std::string("complaint.") + name, detail::JsonOptional(a), detail::JsonOptional(b)});
  };
  date("info_requested_on", before.info_requested_on, after.info_requested_on);
  date("unreachable_since", before.unreachable_since, after.unreachable_since);
  date("awaiting_response_since", before.awaiting_response_since, after.awaiting_response_since);
  date("settlement_clarified_on", before.settlement_clarified_on, after.settlement_clarified_on);
  return changes;
}

Error VersionRequired() {
  return Error(core::ErrorCode::kPreconditionRequired, "precondition_required",
               "The complaint facts of this case were recorded already: send If-Match with the ETag you read.");
}

}  // namespace

Result<ComplaintView> CaseWorkService::GetComplaint(const Actor& actor, const std::string& case_id) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kCaseRead));
  ComplaintView view;
  {
    SINERGI_TRY(auto uow, db_.Begin(TxMode::kRead));
    SINERGI_TRY(Case c, detail::GetVisibleCase(*uow, actor, case_id));
    SINERGI_TRY(view.facts, LoadFacts(*uow, case_id));
    SINERGI_TRY(view.timers, TimersOf(*uow, c, view.facts.data, clock_.Now()));
  }
  SINERGI_TRY_STATUS(RecordAudit(db_, clock_, ids_, actor, {"read", "case", case_id, {}, {}, "complaint"}));
  return view;
}

Result<ComplaintView> CaseWorkService::UpdateComplaint(const Actor& actor, const std::string& case_id,
                                                       ComplaintFactsData data,
                                                       std::optional<std::int64_t> expected_version) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kCaseWrite));
  const core::Timestamp now = clock_.Now();
  SINERGI_TRY(auto uow, db_.Begin(TxMode::kWrite));
  SINERGI_TRY(Case c, detail::GetVisibleCase(*uow, actor, case_id, /*for_write=*/true));
  SINERGI_TRY_STATUS(detail::RequireOpen(c));
  if (!IsPmiComplaint(c.data.case_types)) return NotAPmiComplaint();
  SINERGI_TRY(ComplaintFacts current, LoadFacts(*uow, case_id));
  if (!expected_version && current.version > 0) return VersionRequired();
  if (expected_version && *expected_version != current.version) return Error::StaleVersion();
  std::vector<core::FieldError> errors = ValidateComplaintFacts(data, c.data.reported_on, core::DateOf(now));
  if (!errors.empty()) return Error::Validation(std::move(errors));

  std::vector<FieldChange> changes = DiffFacts(current.data, data);
  if (changes.empty()) {
    ComplaintView view{std::move(current), {}};
    SINERGI_TRY(view.timers, TimersOf(*uow, c, view.facts.data, now));
    SINERGI_TRY_STATUS(AppendAudit(*uow, clock_, ids_, actor, {"update", "case", case_id, {}, {}, "no changes"}));
    SINERGI_TRY_STATUS(uow->Commit());
    return view;
  }
  ComplaintFacts updated = current;
  updated.data = std::move(data);
  updated.version = current.version + 1;
  if (current.version == 0) {
    updated.created_at = now;
    updated.created_by = actor.id;
  }
  updated.updated_at = now;
  updated.updated_by = actor.id;
  SINERGI_TRY_STATUS(uow->case_work().SaveComplaintFacts(updated, current.version));
  SINERGI_TRY_STATUS(detail::RecordChange(
      *uow, clock_, ids_, actor,
      detail::NewChangeRecord(ids_, now, actor, "case", case_id, "update", std::move(changes)), "complaint facts"));
  ComplaintView view{std::move(updated), {}};
  SINERGI_TRY(view.timers, TimersOf(*uow, c, view.facts.data, now));
  SINERGI_TRY_STATUS(uow->Commit());
  return view;
}

}  // namespace sinergi::domain
