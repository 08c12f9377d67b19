// GET /api/v1/reference/regions?parent=33.73&limit=&cursor= -> page of regions (no parent: provinces).
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"
#include "http/json_write.hpp"

namespace sinergi::http {

Response ReferenceRegions(Request& req, ApiDeps& deps) {
  core::Result<domain::ports::PageRequest> page = ReadPageRequest(req);
  if (!page) return ErrorResponse(page.error(), req);
  auto uow = deps.db.Begin(domain::ports::TxMode::kRead);
  if (!uow) return ErrorResponse(uow.error(), req);
  core::Result<domain::ports::Page<domain::Region>> regions =
      (*uow)->reference().ListRegions(QueryText(req, "parent"), *page);
  if (!regions) return ErrorResponse(regions.error(), req);
  return JsonResponse(200, PageToJson(*regions, RegionToJson));
}

}  // namespace sinergi::http
