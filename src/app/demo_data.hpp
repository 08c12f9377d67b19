#pragma once
// A small, realistic demo registry: persons from several provinces with NIKs consistent with region, sex and
// birth date (one deliberately inconsistent to show the warning), a family, journeys in every phase, including a
// refused under-age departure, and cases (app/demo_cases.hpp). Loaded through the domain services, so history is
// real.
#include "app/demo_cases.hpp"
#include "app/demo_identity.hpp"
#include "app/runtime.hpp"
#include "core/result.hpp"
#include "domain/case_service.hpp"
#include "domain/case_work_service.hpp"
#include "domain/journey_service.hpp"
#include "domain/registry_service.hpp"

namespace sinergi::app {

struct DemoSummary {
  int persons = 0;
  int journeys = 0;
  int cases = 0;
  int victims = 0;      // counted apart from cases
  int forums = 0;       // coordination forums (app/demo_coordination.hpp)
  int commitments = 0;  // commitments made at their meetings
  // Outreach events (app/demo_outreach.hpp).
  int outreach_events = 0;
  int training_programmes = 0;  // app/demo_training.hpp
};

// Loads the demo registry and cases (app/demo_cases.hpp) for the demo agencies (EnsureDemoAgencies first).
// Errors: kConflict "demo.not_empty" if the registry already holds persons; any service error otherwise
// (then the demo data is partially loaded only up to the failing record, which is reported).
core::Result<DemoSummary> LoadDemoData(domain::JourneyService& journeys, const DemoCaseServices& services,
                                       const DemoAgencies& agencies);

// The whole demo for a booted runtime: when the registry holds no person, the demo agencies (created if missing),
// then LoadDemoData with every service. Errors: kConflict "demo.not_empty" (nothing is created then), as above.
core::Result<DemoSummary> LoadDemo(Runtime& rt);

}  // namespace sinergi::app
