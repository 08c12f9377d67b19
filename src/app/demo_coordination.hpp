#pragma once
// Demo coordination forums, meetings and commitments (issue #5), modelled on the news reports in the seeds: the
// Central Java rakor on preventing violence against women (as held by Dinsos P3A Bali with BP3MI Bali), the
// BP3MI-DP3A collaboration on TPPO prevention and reintegration (as in Central Sulawesi), the West Kalimantan TPPO
// coordination meeting in Bengkayang, and a national rakor on placement and protection services (as BP2MI's in
// Bogor). The demo has no agencies in Bali or Central Sulawesi, so those meetings are held by the Central Java demo
// agencies. Commitments cover every status: done on time, in progress, overdue, due within a week (on the demo case
// worker's task list) and dropped.
#include "app/demo_identity.hpp"
#include "core/result.hpp"
#include "domain/coordination_service.hpp"

namespace sinergi::app {

struct DemoCoordinationSummary {
  int forums = 0;
  int meetings = 0;
  int commitments = 0;
};

// Loads the demo forums through the coordination service as a system actor. Errors: any service error.
core::Result<DemoCoordinationSummary> LoadDemoCoordination(domain::CoordinationService& coordination,
                                                           const DemoAgencies& agencies);

}  // namespace sinergi::app
