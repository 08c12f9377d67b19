#pragma once
// A small, realistic demo registry: persons from several provinces with NIKs consistent with region, sex and
// birth date (one deliberately inconsistent to show the warning), a family, and journeys in every phase,
// including a refused under-age departure. Loaded through the domain services, so history is real.
#include "core/result.hpp"
#include "domain/journey_service.hpp"
#include "domain/registry_service.hpp"

namespace sinergi::app {

struct DemoSummary {
  int persons = 0;
  int journeys = 0;
};

// Errors: kConflict "demo.not_empty" if the registry already holds persons; any service error otherwise
// (then the demo data is partially loaded only up to the failing record, which is reported).
core::Result<DemoSummary> LoadDemoData(domain::RegistryService& registry, domain::JourneyService& journeys);

}  // namespace sinergi::app
