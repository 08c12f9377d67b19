#include "domain/person.hpp"

namespace sinergi::domain {

std::string InverseRelation(const std::string& relation) {
  if (relation == "ANAK") return "ORANG_TUA";
  if (relation == "ORANG_TUA") return "ANAK";
  if (relation == "WALI") return "ANAK_PERWALIAN";
  if (relation == "ANAK_PERWALIAN") return "WALI";
  return relation;  // PASANGAN is symmetric
}

}  // namespace sinergi::domain
