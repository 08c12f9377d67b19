// GET /api/v1/me -> Me: the signed-in user, their agency, roles, scope and what the policy lets them do.
#include "core/assert.hpp"
#include "http/handlers/auth/session_support.hpp"
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"
#include "http/json_write.hpp"

namespace sinergi::http {

Response MeGet(Request& req, ApiDeps& /*deps*/) {
  SINERGI_CHECK(req.principal != nullptr);  // an authenticated route: http/auth.cpp set it
  Response res = JsonResponse(200, MeToJson(req.principal->user, req.principal->agency, PermissionNames(req.actor)));
  res.SetHeader("Cache-Control", "no-store");
  return res;
}

}  // namespace sinergi::http
