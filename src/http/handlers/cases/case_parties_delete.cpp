// DELETE /api/v1/cases/{id}/parties/{party_id} -> 204. A screened victim cannot be removed (409
// case_party.screened).
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"

namespace sinergi::http {

Response CasePartiesDelete(Request& req, ApiDeps& deps) {
  core::Status removed = deps.cases->RemoveParty(req.actor, req.Param("id"), req.Param("party_id"));
  if (!removed) return ErrorResponse(removed.error(), req);
  Response res;
  res.status = 204;
  res.content_type.clear();
  return res;
}

}  // namespace sinergi::http
