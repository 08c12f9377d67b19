#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/result.hpp"
#include "domain/journey.hpp"
#include "domain/list_scope.hpp"
#include "domain/ports/page.hpp"

namespace sinergi::domain::ports {

struct JourneyFilter {
  std::optional<std::string> person_id;
  std::optional<JourneyStatus> status;
  std::optional<std::string> destination_country;
  // Need-to-know, judged by the journey's person (deleted or not): as PersonFilter::scope.
  ListScope scope = ListScope::Everything();
};

// Journeys with their documents, transitions and follow-ups. Used inside one UnitOfWork.
class JourneyRepository {
 public:
  virtual ~JourneyRepository() = default;

  // Stores the journey and all its documents. Errors: kNotFound "person.not_found" if person_id is unknown.
  virtual core::Status Insert(const Journey& journey) = 0;
  // Errors: kNotFound "journey.not_found".
  virtual core::Result<Journey> Get(const std::string& id) = 0;
  // Replaces journey and documents. Errors: kNotFound; kPreconditionFailed "version_mismatch".
  virtual core::Status Update(const Journey& journey, std::int64_t expected_version) = 0;
  // Ordered by id.
  virtual core::Result<Page<Journey>> List(const JourneyFilter& filter, const PageRequest& page) = 0;

  virtual core::Status InsertTransition(const JourneyTransition& t) = 0;
  // Oldest first.
  virtual core::Result<std::vector<JourneyTransition>> ListTransitions(const std::string& journey_id) = 0;

  virtual core::Status InsertFollowUp(const FollowUp& f) = 0;
  // Oldest first.
  virtual core::Result<std::vector<FollowUp>> ListFollowUps(const std::string& journey_id) = 0;
};

}  // namespace sinergi::domain::ports
