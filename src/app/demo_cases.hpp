#pragma once
// Demo cases (issue #4), loaded after the demo registry, each owned by the demo agency that handles it
// (app/demo_identity.hpp): a cross-border TPPO case in West Kalimantan with three victims (one a child) and their
// recruiter, the child referred to the UPTD PPA; violence against a woman in Semarang; a PMI with unpaid wages in
// Saudi Arabia reported by the embassy and referred home with her consent; a case in Central Java closed after
// identification; and two fishing-crew victims of trafficking from Brebes whose police report is still due. Loaded
// through the domain services, so history, screenings, referrals and the workflow are real.
#include <vector>

#include "app/demo_identity.hpp"
#include "core/result.hpp"
#include "domain/case_service.hpp"
#include "domain/case_work_service.hpp"
#include "domain/pdp_service.hpp"
#include "domain/person.hpp"
#include "domain/referral_service.hpp"
#include "domain/registry_service.hpp"

namespace sinergi::app {

struct DemoCaseSummary {
  int cases = 0;
  int victims = 0;  // counted apart from cases
};

// The services the demo goes through. The optional ones (null: left out) add services and notes (`case_work`: a
// police report on the West Kalimantan case, shelter, an overdue first aid in Semarang), referrals (`referrals`) and
// the consent a referral relies on (`pdp`, with `referrals`).
struct DemoCaseServices {
  domain::CaseService& cases;
  domain::RegistryService& registry;
  domain::CaseWorkService* case_work = nullptr;
  domain::ReferralService* referrals = nullptr;
  domain::PdpService* pdp = nullptr;
};

// `registry_persons` are the persons LoadDemoData created, in its order. Errors: any service error.
core::Result<DemoCaseSummary> LoadDemoCases(const DemoCaseServices& services, const DemoAgencies& agencies,
                                            const std::vector<domain::Person>& registry_persons);

}  // namespace sinergi::app
