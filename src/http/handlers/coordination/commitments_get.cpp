// GET /api/v1/commitments/{id} -> 200 commitment with ETag and its status history. Every signed-in user.
#include "http/dto_coordination.hpp"
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"

namespace sinergi::http {

Response CommitmentsGet(Request& req, ApiDeps& deps) {
  core::Result<domain::Commitment> c = deps.coordination->GetCommitment(req.actor, req.Param("id"));
  if (!c) return ErrorResponse(c.error(), req);
  return ResourceResponse(200, CommitmentToJson(*c, deps.coordination->Today()), c->version);
}

}  // namespace sinergi::http
