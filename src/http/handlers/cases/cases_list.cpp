// GET /api/v1/cases?status=&case_type=&person_id=&owner_agency_id=&region=&limit=&cursor= -> page of cases, the
// sensitive fields masked per case. Need-to-know is applied by the case service (a case outside the actor's scope
// is simply not listed).
#include "domain/case_workflow.hpp"
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"
#include "http/json_write.hpp"

namespace sinergi::http {

Response CasesList(Request& req, ApiDeps& deps) {
  core::Result<domain::ports::PageRequest> page = ReadPageRequest(req);
  if (!page) return ErrorResponse(page.error(), req);
  domain::ports::CaseFilter filter;
  filter.case_type = QueryText(req, "case_type");
  filter.person_id = QueryText(req, "person_id");
  filter.owner_agency_id = QueryText(req, "owner_agency_id");
  filter.region = QueryText(req, "region");
  if (std::optional<std::string> status = QueryText(req, "status")) {
    filter.status = domain::ParseCaseStatus(*status);
    if (!filter.status) {
      return ErrorResponse(
          core::Error::Invalid(std::string(kInvalidParameter), "Query parameter 'status' is not a case status.",
                               {{"status", "invalid_value", "is not a case status (code list status_kasus)"}}),
          req);
    }
  }
  core::Result<domain::ports::Page<domain::Case>> cases = deps.cases->ListCases(req.actor, filter, *page);
  if (!cases) return ErrorResponse(cases.error(), req);
  return JsonResponse(200, PageToJson(*cases, CaseToJson));
}

}  // namespace sinergi::http
