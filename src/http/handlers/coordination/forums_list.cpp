// GET /api/v1/forums?region_code= -> {items: [forum]} by name; with region_code, that province's forums and the
// national ones. Every signed-in user.
#include "http/dto_coordination.hpp"
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"
#include "http/json_write.hpp"

namespace sinergi::http {

Response ForumsList(Request& req, ApiDeps& deps) {
  core::Result<std::vector<domain::Forum>> forums =
      deps.coordination->ListForums(req.actor, QueryText(req, "region_code"));
  if (!forums) return ErrorResponse(forums.error(), req);
  return JsonResponse(200, ItemsToJson(*forums, ForumToJson));
}

}  // namespace sinergi::http
