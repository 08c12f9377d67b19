// Shared pieces of the training service (training_support.hpp).
#include "domain/detail/training_support.hpp"

namespace sinergi::domain::detail {

core::Result<std::vector<core::FieldError>> CheckTrainingAgency(ports::UnitOfWork& uow, const std::string& agency_id,
                                                                const std::string& field) {
  core::Result<Agency> agency = uow.identity().GetAgency(agency_id);
  if (agency && !agency->disabled) return std::vector<core::FieldError>{};
  if (!agency && agency.error().code() != core::ErrorCode::kNotFound) return agency.error();
  return std::vector<core::FieldError>{{field, "unknown_code", "No enabled agency has this id."}};
}

core::Result<std::vector<core::FieldError>> CheckTrainingRegion(ports::UnitOfWork& uow,
                                                                const std::optional<std::string>& region_code) {
  if (!region_code) return std::vector<core::FieldError>{};
  core::Result<Region> region = uow.reference().GetRegion(*region_code);
  if (region) return std::vector<core::FieldError>{};
  if (region.error().code() != core::ErrorCode::kNotFound) return region.error();
  return std::vector<core::FieldError>{{"region_code", "unknown_code", "No region has this code."}};
}

}  // namespace sinergi::domain::detail
