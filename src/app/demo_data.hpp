#pragma once
// A small, realistic demo registry: persons from several provinces with NIKs consistent with region, sex and
// birth date (one deliberately inconsistent to show the warning), a family, journeys in every phase, including a
// refused under-age departure, and cases (app/demo_cases.hpp). Loaded through the domain services, so history is
// real.
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
  int victims = 0;  // counted apart from cases
};

// Errors: kConflict "demo.not_empty" if the registry already holds persons; any service error otherwise
// (then the demo data is partially loaded only up to the failing record, which is reported).
// `case_work` (optional) adds services and notes to the demo cases.
core::Result<DemoSummary> LoadDemoData(domain::RegistryService& registry, domain::JourneyService& journeys,
                                       domain::CaseService& cases, domain::CaseWorkService* case_work = nullptr);

}  // namespace sinergi::app
