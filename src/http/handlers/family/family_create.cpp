// POST /api/v1/persons/{id}/family {related_person_id, relation} -> 201 {link_id, relation, person}.
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"
#include "http/json_write.hpp"

namespace sinergi::http {
namespace {

struct LinkInput {
  std::string related_person_id;
  std::string relation;
};

LinkInput ReadLinkInput(JsonReader& reader) {
  LinkInput in;
  in.related_person_id = reader.ReqString("related_person_id");
  in.relation = reader.ReqString("relation");
  return in;
}

}  // namespace

Response FamilyCreate(Request& req, ApiDeps& deps) {
  core::Result<LinkInput> in = ReadBody<LinkInput>(req, ReadLinkInput);
  if (!in) return ErrorResponse(in.error(), req);
  const std::string& person_id = req.Param("id");
  core::Result<domain::FamilyLink> link =
      deps.registry.AddFamilyLink(req.actor, person_id, in->related_person_id, in->relation);
  if (!link) return ErrorResponse(link.error(), req);

  // Answer with the member as the family listing shows it, so both views agree.
  core::Result<std::vector<domain::FamilyMember>> family = deps.registry.ListFamily(req.actor, person_id);
  if (!family) return ErrorResponse(family.error(), req);
  for (const domain::FamilyMember& member : *family) {
    if (member.link.id != link->id) continue;
    Response res = JsonResponse(201, FamilyMemberToJson(member));
    res.SetHeader("Location", "/api/v1/persons/" + person_id + "/family/" + link->id);
    return res;
  }
  return ErrorResponse(core::Error::Internal("family link " + link->id + " not listed right after it was stored"), req);
}

}  // namespace sinergi::http
