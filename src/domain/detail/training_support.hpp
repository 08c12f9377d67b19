#pragma once
// Pieces shared by training_service*.cpp. Internal to src/domain.
#include <string>
#include <vector>

#include "core/result.hpp"
#include "domain/ports/database.hpp"

namespace sinergi::domain::detail {

inline constexpr const char* kProgrammeEntity = "training_programme";
inline constexpr const char* kSessionEntity = "training_session";
inline constexpr const char* kEnrolmentEntity = "training_enrolment";

// A field error (unknown_code) on `field` when `agency_id` names no enabled agency.
core::Result<std::vector<core::FieldError>> CheckTrainingAgency(ports::UnitOfWork& uow, const std::string& agency_id,
                                                                const std::string& field);
// A field error (unknown_code) on "region_code" when the region is given and unknown.
core::Result<std::vector<core::FieldError>> CheckTrainingRegion(ports::UnitOfWork& uow,
                                                                const std::optional<std::string>& region_code);

}  // namespace sinergi::domain::detail
