// GET /api/v1/referrals/response-times?from=YYYY-MM-DD&to=YYYY-MM-DD -> {from, to, items}: per receiving agency,
// the referrals created from `from` (inclusive) to `to` (inclusive, whole days UTC) that the actor may see, with
// hours to answer and to complete (median and 90th percentile). Both dates required, `to` not before `from`.
#include "http/dto_referral.hpp"
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"
#include "http/json_write.hpp"

namespace sinergi::http {
namespace {

core::Result<core::Date> QueryDate(const Request& req, const std::string& name) {
  std::optional<std::string> text = QueryText(req, name);
  std::optional<core::Date> date = text ? core::Date::Parse(*text) : std::nullopt;
  if (!date) {
    return core::Error::Invalid(std::string(kInvalidParameter), "Query parameter '" + name + "' must be YYYY-MM-DD.",
                                {{name, text ? "invalid_format" : "required", "a date YYYY-MM-DD"}});
  }
  return *date;
}

core::Timestamp StartOf(const core::Date& d) {
  return core::Timestamp(std::chrono::sys_days(std::chrono::days(d.DaysSinceEpoch())));
}

}  // namespace

Response ReferralsResponseTimes(Request& req, ApiDeps& deps) {
  core::Result<core::Date> from = QueryDate(req, "from");
  if (!from) return ErrorResponse(from.error(), req);
  core::Result<core::Date> to = QueryDate(req, "to");
  if (!to) return ErrorResponse(to.error(), req);
  if (to->DaysSinceEpoch() < from->DaysSinceEpoch()) {
    return ErrorResponse(core::Error::Invalid(std::string(kInvalidParameter), "'to' must not lie before 'from'.",
                                              {{"to", "invalid_value", "not before from"}}),
                         req);
  }
  core::Result<std::vector<domain::ReferralResponseTimes>> times = deps.referrals->ResponseTimes(
      req.actor, StartOf(*from), StartOf(core::Date::FromDaysSinceEpoch(to->DaysSinceEpoch() + 1)));
  if (!times) return ErrorResponse(times.error(), req);
  boost::json::object out = ItemsToJson(*times, ReferralResponseTimesToJson);
  out["from"] = from->ToString();
  out["to"] = to->ToString();
  return JsonResponse(200, out);
}

}  // namespace sinergi::http
