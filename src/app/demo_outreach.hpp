#pragma once
// Demo outreach events (sosialisasi, issue #5), modelled on the socialisation reports in the seeds: BP3MI West
// Kalimantan with the UPTD PPA in the villages of origin in Sambas and Bengkayang (counting towards the task force's
// commitment "sosialisasi di 5 kabupaten"), BP3MI NTB with students in East Lombok, and BP3MI Central Java with DP3A
// Semarang for PMI families in Cilacap. One event carries a request for help, ready to be turned into a case.
// Dates are relative to today, so the coverage view of the last 12 months shows them whenever the demo is loaded.
#include "app/demo_identity.hpp"
#include "core/result.hpp"
#include "domain/coordination_service.hpp"
#include "domain/outreach_service.hpp"

namespace sinergi::app {

struct DemoOutreachSummary {
  int events = 0;
  int follow_ups = 0;
  std::string linked_commitment_id;  // the West Kalimantan commitment the Kalbar events count towards
};

// Loads the demo events through the outreach service as a system actor, after LoadDemoCoordination (it links events
// to the West Kalimantan forum's commitment with a numeric target, found through the coordination service).
// Errors: any service error; kNotFound "demo.commitment_missing" when that commitment is not there.
core::Result<DemoOutreachSummary> LoadDemoOutreach(domain::OutreachService& outreach,
                                                   domain::CoordinationService& coordination,
                                                   const DemoAgencies& agencies);

}  // namespace sinergi::app
