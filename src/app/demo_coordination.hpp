#pragma once
// Demo coordination forums, meetings and commitments (issue #5), modelled on the news reports in the seeds: the
// Bali rakor on preventing violence against women held by Dinsos P3A Bali with BP3MI Bali (13 October 2025), the
// BP3MI-DP3A collaboration on reintegration and TPPO prevention in Central Sulawesi (March 2025, February 2026), the
// West Kalimantan TPPO coordination meeting in Bengkayang (7 August 2025), and the national rakor on placement and
// protection services convened by the ministry (BP2MI's in Bogor, 11 October 2024); a Central Java forum shaped
// like the Bali and Central Sulawesi ones gives the demo case worker's agency its commitments. Commitments cover
// every outcome of the forum record: done on time, done late, in progress, overdue, due within a week (on the demo
// case worker's task list) and dropped; several have a numeric target outreach events count towards.
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

// The Bali and Central Sulawesi forums (demo_coordination_provinces.cpp), added to `summary`.
core::Status LoadDemoProvinceForums(domain::CoordinationService& coordination, const DemoAgencies& agencies,
                                    DemoCoordinationSummary& summary);

}  // namespace sinergi::app
