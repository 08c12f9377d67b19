// GET /api/v1/reference/codelists -> {items: [{name, description}]}.
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"
#include "http/json_write.hpp"

namespace sinergi::http {

Response ReferenceCodelists(Request& /*req*/, ApiDeps& /*deps*/) {
  return JsonResponse(200, ItemsToJson(domain::AllCodelists(), CodelistSummaryToJson));
}

}  // namespace sinergi::http
