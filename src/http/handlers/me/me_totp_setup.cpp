// POST /api/v1/me/totp/setup -> 200 {secret, uri}: a new pending TOTP secret for the signed-in user, shown once
// (the uri is for a QR code). It takes effect only after /me/totp/confirm.
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"

namespace sinergi::http {

Response MeTotpSetup(Request& req, ApiDeps& deps) {
  core::Result<domain::TotpSetup> setup = deps.auth.BeginTotpSetup(req.actor);
  if (!setup) return ErrorResponse(setup.error(), req);
  Response res = JsonResponse(200, boost::json::object{{"secret", setup->secret}, {"uri", setup->uri}});
  res.SetHeader("Cache-Control", "no-store");
  return res;
}

}  // namespace sinergi::http
