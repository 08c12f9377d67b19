// POST /api/v1/journeys/{id}/follow-ups {date, kind, note} -> 201 follow-up (journeys in returned/reintegrating).
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"
#include "http/json_write.hpp"

namespace sinergi::http {
namespace {

struct FollowUpInput {
  std::optional<core::Date> date;
  std::string kind;
  std::string note;
};

FollowUpInput ReadFollowUpInput(JsonReader& reader) {
  FollowUpInput in;
  in.date = reader.ReqDate("date");
  in.kind = reader.ReqString("kind");
  in.note = reader.OptString("note").value_or("");
  return in;
}

}  // namespace

Response FollowUpsCreate(Request& req, ApiDeps& deps) {
  core::Result<FollowUpInput> in = ReadBody<FollowUpInput>(req, ReadFollowUpInput);
  if (!in) return ErrorResponse(in.error(), req);
  // ReadBody refuses a missing or malformed date, so it is set here.
  core::Result<domain::FollowUp> follow_up =
      deps.journeys.AddFollowUp(req.actor, req.Param("id"), in->date.value_or(core::Date{}), in->kind, in->note);
  if (!follow_up) return ErrorResponse(follow_up.error(), req);
  return JsonResponse(201, FollowUpToJson(*follow_up));
}

}  // namespace sinergi::http
