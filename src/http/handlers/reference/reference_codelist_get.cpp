// GET /api/v1/reference/codelists/{name} -> {name, description, items: [{code, label_id, label_en}]}.
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"
#include "http/json_write.hpp"

namespace sinergi::http {

Response ReferenceCodelistGet(Request& req, ApiDeps& /*deps*/) {
  const std::string& name = req.Param("name");
  const domain::Codelist* list = domain::FindCodelist(name);
  if (list == nullptr) {
    return ErrorResponse(core::Error::NotFound("codelist.not_found", "There is no code list named '" + name + "'."),
                         req);
  }
  return JsonResponse(200, CodelistToJson(*list));
}

}  // namespace sinergi::http
