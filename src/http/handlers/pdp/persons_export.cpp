// GET /api/v1/persons/{id}/export -> the access export (UU 27/2022 Ps 7, 13, 32) as a JSON attachment: the person,
// family, journeys with documents, transitions and follow-ups, consents, data-subject requests and the audit
// entries about them (who processed the data). Audited as "export".
#include "http/dto_pdp.hpp"
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"

namespace sinergi::http {

Response PersonsExport(Request& req, ApiDeps& deps) {
  const std::string& person_id = req.Param("id");
  core::Result<domain::PersonExport> data = deps.pdp->Export(req.actor, person_id);
  if (!data) return ErrorResponse(data.error(), req);
  Response res = JsonResponse(200, PersonExportToJson(*data, deps.regions));
  // Ids are ULIDs (letters and digits), so the file name needs no quoting rules beyond the quotes.
  res.SetHeader("Content-Disposition", "attachment; filename=\"sinergi-person-" + person_id + ".json\"");
  res.SetHeader("Cache-Control", "no-store");
  return res;
}

}  // namespace sinergi::http
