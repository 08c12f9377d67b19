#pragma once
// Use cases of migration journeys. Thread-safe; each call is one unit of work.
#include <cstdint>
#include <string>
#include <vector>

#include "core/clock.hpp"
#include "core/id_generator.hpp"
#include "core/result.hpp"
#include "domain/actor.hpp"
#include "domain/journey.hpp"
#include "domain/ports/database.hpp"

namespace sinergi::domain {

// Every method takes the acting user first and asks the policy first (reads: Permission::kRegistryRead;
// writes: kRegistryWrite), and is audited like RegistryService (see there): writes in their own unit of work
// (a journey write that also moves the person's pmi_status audits that person update too), reads right after
// the read ("read" of the journey for the journey, its transitions and follow-ups; "list" with the returned ids).
// Errors of every method, in addition to those listed: kUnauthenticated "auth.required", kForbidden "forbidden",
// kUnavailable/kInternal from storage (also when a read's audit entry cannot be stored).
class JourneyService {
 public:
  JourneyService(ports::Database& db, const core::Clock& clock, core::IdGenerator& ids)
      : db_(db), clock_(clock), ids_(ids) {}

  // Starts in status registered; sets the person's pmi_status to CALON. Errors: kNotFound "person.not_found"
  // (field person_id), kInvalid "validation_failed" (nothing is stored if any document item is invalid).
  core::Result<Journey> CreateJourney(const Actor& actor, const std::string& person_id, JourneyData data);
  core::Result<Journey> GetJourney(const Actor& actor, const std::string& id);
  // The journey with its transitions and follow-ups, audited as ONE read (what the journey view shows).
  struct JourneyDetail {
    Journey journey;
    std::vector<JourneyTransition> transitions;
    std::vector<FollowUp> follow_ups;
  };
  core::Result<JourneyDetail> GetJourneyDetail(const Actor& actor, const std::string& id);
  // Errors: kPreconditionFailed "version_mismatch", kInvalid, kConflict "journey.closed" (closed journeys are read-only).
  core::Result<Journey> UpdateJourney(const Actor& actor, const std::string& id, JourneyData data,
                                      std::int64_t expected_version);
  core::Result<ports::Page<Journey>> ListJourneys(const Actor& actor, const ports::JourneyFilter& filter,
                                                  const ports::PageRequest& page);

  // Moves the journey (see journey_rules.hpp), stores the transition with who/when/why, updates the person's
  // pmi_status, and records history. A refused under-age departure still stores the flag (and its history and
  // audit entry, action "flag") and then returns the error.
  core::Result<Journey> Transition(const Actor& actor, const std::string& id, const TransitionRequest& request,
                                   std::int64_t expected_version);
  core::Result<std::vector<JourneyTransition>> Transitions(const Actor& actor, const std::string& journey_id);

  // Only for journeys in returned/reintegrating. Errors: kConflict "journey.not_returned", kInvalid.
  core::Result<FollowUp> AddFollowUp(const Actor& actor, const std::string& journey_id, const core::Date& date,
                                     const std::string& kind, const std::string& note);
  core::Result<std::vector<FollowUp>> FollowUps(const Actor& actor, const std::string& journey_id);

 private:
  ports::Database& db_;
  const core::Clock& clock_;
  core::IdGenerator& ids_;
};

}  // namespace sinergi::domain
