#pragma once
// Demo cases (issue #4), loaded after the demo registry: a cross-border TPPO case in West Kalimantan with three
// victims (one a child) and their recruiter, violence against a woman in Semarang, a PMI with unpaid wages in Saudi
// Arabia reported by the embassy, and a case closed after identification. Loaded through the domain services, so
// history, screenings and the workflow are real.
#include <vector>

#include "core/result.hpp"
#include "domain/case_service.hpp"
#include "domain/case_work_service.hpp"
#include "domain/person.hpp"
#include "domain/registry_service.hpp"

namespace sinergi::app {

struct DemoCaseSummary {
  int cases = 0;
  int victims = 0;  // counted apart from cases
};

// `registry_persons` are the persons LoadDemoData created, in its order. Errors: any service error.
// `case_work`, when set, records services (a police report on the West Kalimantan case, shelter, an overdue first
// aid in Semarang) and notes.
core::Result<DemoCaseSummary> LoadDemoCases(domain::CaseService& cases, domain::RegistryService& registry,
                                            const std::vector<domain::Person>& registry_persons,
                                            domain::CaseWorkService* case_work = nullptr);

}  // namespace sinergi::app
