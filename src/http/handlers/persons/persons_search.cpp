// GET /api/v1/persons/search?q=&limit=1..50 -> {items: [{score, matched_on, person}]}, best first.
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"
#include "http/json_write.hpp"

namespace sinergi::http {
namespace {
constexpr int kDefaultSearchLimit = 20;
constexpr int kMaxSearchLimit = 50;
}  // namespace

Response PersonsSearch(Request& req, ApiDeps& deps) {
  core::Result<int> limit = ReadLimit(req, kDefaultSearchLimit, kMaxSearchLimit);
  if (!limit) return ErrorResponse(limit.error(), req);
  const std::string q = req.Query("q").value_or("");
  core::Result<std::vector<domain::PersonMatch>> matches = deps.registry.SearchPersons(req.actor, q, *limit);
  if (!matches) {
    const core::Error& e = matches.error();
    // The only input is the query string, so a refused query is a bad query parameter (400), not a body error.
    if (e.code() == core::ErrorCode::kInvalid) {
      std::vector<core::FieldError> fields = e.fields();
      if (fields.empty()) fields.push_back({"q", "invalid_value", e.message()});
      return ErrorResponse(core::Error::Invalid(std::string(kInvalidParameter), e.message(), fields), req);
    }
    return ErrorResponse(e, req);
  }
  return JsonResponse(
      200, ItemsToJson(*matches, [&deps](const domain::PersonMatch& m) { return PersonMatchToJson(m, deps.regions); }));
}

}  // namespace sinergi::http
