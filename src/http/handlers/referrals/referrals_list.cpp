// GET /api/v1/referrals?box=inbox|outbox&status=&case_id=&limit=&cursor= -> page of referrals, newest first.
// inbox: referrals to the actor's agency; outbox: from it; without box: both. Others' referrals are never listed.
#include "http/dto_referral.hpp"
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"
#include "http/json_write.hpp"

namespace sinergi::http {
namespace {

core::Error BadParameter(const std::string& name, const std::string& message) {
  return core::Error::Invalid(std::string(kInvalidParameter), "Query parameter '" + name + "' " + message + ".",
                              {{name, "invalid_value", message}});
}

}  // namespace

Response ReferralsList(Request& req, ApiDeps& deps) {
  core::Result<domain::ports::PageRequest> page = ReadPageRequest(req);
  if (!page) return ErrorResponse(page.error(), req);
  domain::ports::ReferralFilter filter;
  filter.case_id = QueryText(req, "case_id");
  if (std::optional<std::string> box = QueryText(req, "box")) {
    if (*box == "inbox") {
      filter.to_agency_id = req.actor.agency_id;
    } else if (*box == "outbox") {
      filter.from_agency_id = req.actor.agency_id;
    } else {
      return ErrorResponse(BadParameter("box", "is not inbox or outbox"), req);
    }
  }
  if (std::optional<std::string> status = QueryText(req, "status")) {
    filter.status = domain::ParseReferralStatus(*status);
    if (!filter.status) {
      return ErrorResponse(BadParameter("status", "is not a referral status (code list status_rujukan)"), req);
    }
  }
  core::Result<domain::ports::Page<domain::Referral>> found = deps.referrals->List(req.actor, filter, *page);
  if (!found) return ErrorResponse(found.error(), req);
  return JsonResponse(200, PageToJson(*found, ReferralToJson));
}

}  // namespace sinergi::http
