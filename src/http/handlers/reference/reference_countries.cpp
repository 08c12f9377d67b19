// GET /api/v1/reference/countries -> {items: [{alpha2, alpha3, name_id, name_en}]}.
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"
#include "http/json_write.hpp"

namespace sinergi::http {

Response ReferenceCountries(Request& req, ApiDeps& deps) {
  auto uow = deps.db.Begin(domain::ports::TxMode::kRead);
  if (!uow) return ErrorResponse(uow.error(), req);
  core::Result<std::vector<domain::Country>> countries = (*uow)->reference().ListCountries();
  if (!countries) return ErrorResponse(countries.error(), req);
  return JsonResponse(200, ItemsToJson(*countries, CountryToJson));
}

}  // namespace sinergi::http
