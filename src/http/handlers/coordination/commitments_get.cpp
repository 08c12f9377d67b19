// GET /api/v1/commitments/{id} -> 200 commitment with ETag, its status history and (with outreach) the outreach
// events linked to it. Every signed-in user.
#include "http/dto_coordination.hpp"
#include "http/dto_outreach.hpp"
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"

namespace sinergi::http {

Response CommitmentsGet(Request& req, ApiDeps& deps) {
  core::Result<domain::Commitment> c = deps.coordination->GetCommitment(req.actor, req.Param("id"));
  if (!c) return ErrorResponse(c.error(), req);
  boost::json::object body = CommitmentToJson(*c, deps.coordination->Today());
  if (deps.outreach != nullptr) {
    // The outreach events linked to it: the evidence behind progress (counts, dates and places only).
    core::Result<std::vector<domain::OutreachEvent>> events = deps.outreach->EventsOfCommitment(req.actor, c->id);
    if (!events) return ErrorResponse(events.error(), req);
    boost::json::array linked;
    for (const domain::OutreachEvent& e : *events) linked.emplace_back(OutreachEventSummaryToJson(e));
    body["outreach_events"] = std::move(linked);
  }
  return ResourceResponse(200, body, c->version);
}

}  // namespace sinergi::http
