// GET /api/v1/reference/regions/{code} -> one region (404 region.not_found).
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"
#include "http/json_write.hpp"

namespace sinergi::http {

Response ReferenceRegionGet(Request& req, ApiDeps& deps) {
  auto uow = deps.db.Begin(domain::ports::TxMode::kRead);
  if (!uow) return ErrorResponse(uow.error(), req);
  core::Result<domain::Region> region = (*uow)->reference().GetRegion(req.Param("code"));
  if (!region) return ErrorResponse(region.error(), req);
  return JsonResponse(200, RegionToJson(*region));
}

}  // namespace sinergi::http
