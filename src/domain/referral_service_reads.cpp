// ReferralService: reading one referral, the inbox/outbox list, the referrals of a case and the response times.
// Every read is audited right after it ("read"/"list" of entity "referral").
#include <algorithm>
#include <cmath>
#include <map>
#include <utility>

#include "core/assert.hpp"
#include "domain/audit_log.hpp"
#include "domain/detail/case_access.hpp"
#include "domain/detail/referral_support.hpp"
#include "domain/detail/service_support.hpp"
#include "domain/policy.hpp"
#include "domain/referral_service.hpp"

namespace sinergi::domain {
namespace {

using core::Result;
using ports::TxMode;

constexpr int kScanPage = 200;
constexpr int kMaxScanPages = 500;  // 100,000 referrals per response-time report

// Every referral matching the filter, newest first (the port's order).
Result<std::vector<Referral>> ListAll(ports::UnitOfWork& uow, const ports::ReferralFilter& filter) {
  std::vector<Referral> all;
  ports::PageRequest page{.limit = kScanPage, .after = std::nullopt};
  for (int i = 0; i < kMaxScanPages; ++i) {
    SINERGI_TRY(auto found, uow.referrals().List(filter, page));
    for (Referral& r : found.items) all.push_back(std::move(r));
    if (!found.next_after) break;
    page.after = found.next_after;
  }
  return all;
}

double Hours(core::Timestamp from, core::Timestamp to) {
  return std::chrono::duration<double, std::ratio<3600>>(to - from).count();
}

// Nearest-rank percentile of sorted values (p in (0, 1]); the median averages the middle pair.
std::optional<double> Percentile(std::vector<double> values, double p) {
  if (values.empty()) return std::nullopt;
  std::sort(values.begin(), values.end());
  const std::size_t n = values.size();
  if (p == 0.5) return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
  const auto rank = static_cast<std::size_t>(std::ceil(p * static_cast<double>(n)));
  return values[std::max<std::size_t>(rank, 1) - 1];
}

std::vector<std::string> IdsOf(const std::vector<Referral>& referrals) {
  std::vector<std::string> ids;
  for (const Referral& r : referrals) ids.push_back(r.id);
  return ids;
}

}  // namespace

Result<Referral> ReferralService::Get(const Actor& actor, const std::string& id) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kCaseRead));
  Referral r;
  {
    SINERGI_TRY(auto uow, db_.Begin(TxMode::kRead));
    SINERGI_TRY(r, detail::GetVisibleReferral(*uow, actor, id));
  }
  detail::MaskReferral(actor, r);
  SINERGI_TRY_STATUS(RecordAudit(db_, clock_, ids_, actor, {"read", "referral", id, {}, {}, "case " + r.case_id}));
  return r;
}

Result<ports::Page<Referral>> ReferralService::List(const Actor& actor, ports::ReferralFilter filter,
                                                    const ports::PageRequest& page) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kCaseRead));
  if (filter.created_from && filter.created_to && *filter.created_to < *filter.created_from) {
    return core::Error::Validation({{"to", "before_from", "The end lies before the start."}});
  }
  AuditEvent event{"list", "referral", {}, {}, {}, {}};
  event.detail = detail::FilterDetail({{"to_agency_id", filter.to_agency_id.has_value()},
                                       {"from_agency_id", filter.from_agency_id.has_value()},
                                       {"case_id", filter.case_id.has_value()},
                                       {"status", filter.status.has_value()}});
  filter.involving_agency_ids = detail::InvolvingAgencies(actor);
  ports::Page<Referral> found;
  {
    SINERGI_TRY(auto uow, db_.Begin(TxMode::kRead));
    SINERGI_TRY(found, uow->referrals().List(filter, page));
  }
  for (Referral& r : found.items) {
    if (!detail::SeesReferral(actor, r))
      SINERGI_BUG("a restricted referral list returned a referral the actor may not see");
    detail::MaskReferral(actor, r);
  }
  std::erase_if(found.items, [&](const Referral& r) { return !detail::SeesReferral(actor, r); });
  event.record_ids = IdsOf(found.items);
  SINERGI_TRY_STATUS(RecordAudit(db_, clock_, ids_, actor, std::move(event)));
  return found;
}

Result<std::vector<Referral>> ReferralService::ListForCase(const Actor& actor, const std::string& case_id) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kCaseRead));
  std::vector<Referral> referrals;
  {
    SINERGI_TRY(auto uow, db_.Begin(TxMode::kRead));
    SINERGI_TRY_STATUS(detail::GetVisibleCase(*uow, actor, case_id));
    ports::ReferralFilter filter;
    filter.case_id = case_id;
    filter.involving_agency_ids = detail::InvolvingAgencies(actor);
    SINERGI_TRY(referrals, ListAll(*uow, filter));
  }
  std::reverse(referrals.begin(), referrals.end());  // oldest first: the case's referral chain in order
  for (Referral& r : referrals) detail::MaskReferral(actor, r);
  AuditEvent event{"list", "referral", case_id, IdsOf(referrals), {}, "case"};
  SINERGI_TRY_STATUS(RecordAudit(db_, clock_, ids_, actor, std::move(event)));
  return referrals;
}

Result<std::vector<ReferralResponseTimes>> ReferralService::ResponseTimes(const Actor& actor, core::Timestamp from,
                                                                          core::Timestamp to) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kCaseRead));
  if (to < from) return core::Error::Validation({{"to", "before_from", "The end lies before the start."}});
  ports::ReferralFilter filter;
  filter.created_from = from;
  filter.created_to = to;
  filter.involving_agency_ids = detail::InvolvingAgencies(actor);
  std::vector<Referral> referrals;
  {
    SINERGI_TRY(auto uow, db_.Begin(TxMode::kRead));
    SINERGI_TRY(referrals, ListAll(*uow, filter));
  }
  struct Samples {
    ReferralResponseTimes times;
    std::vector<double> answer_hours;
    std::vector<double> complete_hours;
  };
  std::map<std::string, Samples> by_agency;  // ordered by agency id
  for (const Referral& r : referrals) {
    Samples& s = by_agency[r.data.to_agency_id];
    s.times.agency_id = r.data.to_agency_id;
    ++s.times.referrals;
    if (r.status == ReferralStatus::kPending) ++s.times.pending;
    if (r.responded_at) {
      ++s.times.answered;
      s.answer_hours.push_back(Hours(r.created_at, *r.responded_at));
    }
    if (r.completed_at) {
      ++s.times.completed;
      s.complete_hours.push_back(Hours(r.created_at, *r.completed_at));
    }
  }
  std::vector<ReferralResponseTimes> out;
  for (auto& [agency, s] : by_agency) {
    s.times.median_hours_to_answer = Percentile(s.answer_hours, 0.5);
    s.times.p90_hours_to_answer = Percentile(s.answer_hours, 0.9);
    s.times.median_hours_to_complete = Percentile(s.complete_hours, 0.5);
    s.times.p90_hours_to_complete = Percentile(s.complete_hours, 0.9);
    out.push_back(std::move(s.times));
  }
  // Aggregates only (no record leaves), but who looked at whose performance is still on the trail.
  SINERGI_TRY_STATUS(
      RecordAudit(db_, clock_, ids_, actor,
                  {"list",
                   "referral",
                   {},
                   {},
                   {},
                   "response_times " + core::FormatTimestamp(from) + " .. " + core::FormatTimestamp(to)}));
  return out;
}

}  // namespace sinergi::domain
