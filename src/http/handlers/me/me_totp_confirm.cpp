// POST /api/v1/me/totp/confirm {code} -> 204: a valid code from the authenticator app activates the pending
// secret; from then on sign-in asks for a code.
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"

namespace sinergi::http {

Response MeTotpConfirm(Request& req, ApiDeps& deps) {
  core::Result<std::string> code =
      ReadBody<std::string>(req, [](JsonReader& reader) { return reader.ReqString("code"); });
  if (!code) return ErrorResponse(code.error(), req);
  if (core::Status done = deps.auth.ConfirmTotp(req.actor, *code); !done) return ErrorResponse(done.error(), req);
  Response res;
  res.status = 204;
  res.content_type.clear();
  return res;
}

}  // namespace sinergi::http
