// GET /api/v1/reference/nik/{nik} -> the decoded NIK, 200 for any 1..32 character value (validity is in the
// body: `valid` and `problems`), so a form can show what is wrong while the user types.
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"
#include "http/json_write.hpp"

namespace sinergi::http {
namespace {
constexpr std::size_t kMaxNikParamLength = 32;
}  // namespace

Response ReferenceNik(Request& req, ApiDeps& deps) {
  const std::string& nik = req.Param("nik");
  if (nik.empty() || nik.size() > kMaxNikParamLength) {
    return ErrorResponse(core::Error::Invalid(std::string(kInvalidParameter), "The NIK must be 1 to 32 characters.",
                                              {{"nik", "invalid_value", "must be 1 to 32 characters"}}),
                         req);
  }
  return JsonResponse(200, NikDecodedToJson(domain::DecodeNik(nik, deps.regions, Today(deps))));
}

}  // namespace sinergi::http
