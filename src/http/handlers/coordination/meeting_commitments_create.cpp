// POST /api/v1/meetings/{id}/commitments (Idempotency-Key) {agency_ids, description, due_on, indicator, target,
// progress, status} -> 201 commitment with ETag. Only the convening agency records what was committed.
#include "http/dto_coordination.hpp"
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"

namespace sinergi::http {

Response MeetingCommitmentsCreate(Request& req, ApiDeps& deps) {
  core::Result<domain::CommitmentData> data = ReadBody<domain::CommitmentData>(req, ReadCommitmentData);
  if (!data) return ErrorResponse(data.error(), req);
  core::Result<domain::Commitment> made =
      deps.coordination->CreateCommitment(req.actor, req.Param("id"), std::move(*data));
  if (!made) return ErrorResponse(made.error(), req);
  return ResourceResponse(201, CommitmentToJson(*made, deps.coordination->Today()), made->version);
}

}  // namespace sinergi::http
