#pragma once
// Demo training programmes (issue #5): the Orientasi Pra Pemberangkatan and a housekeeping (perhotelan) course with
// a certificate of competence, both run by BP3MI Jawa Tengah (the demo users' agency) at BLK Kabupaten Cilacap, with
// the demo persons preparing to depart enrolled. Ayu (in pre-departure training for Japan) completes the course, so
// her journey's SERTIFIKAT_KOMPETENSI item shows verified by the certificate; Yohanes (just registered for Malaysia)
// is part way through the OPP. Session dates are set relative to today, so the demo looks the same whenever it loads.
#include "app/demo_identity.hpp"
#include "core/result.hpp"
#include "domain/journey_service.hpp"
#include "domain/training_service.hpp"

namespace sinergi::app {

struct DemoTrainingSummary {
  int programmes = 0;
  int sessions = 0;
  int enrolments = 0;
  std::string certified_journey_id;  // the journey whose competence certificate the completion verified
};

// Loads the demo programmes through the training service as a system actor, after the demo registry (it enrols the
// demo persons with an in_training and a registered journey). Errors: any service error; kInternal when those demo
// persons are missing or the completion did not verify the journey checklist.
core::Result<DemoTrainingSummary> LoadDemoTraining(domain::TrainingService& training, domain::JourneyService& journeys,
                                                   const DemoAgencies& agencies);

}  // namespace sinergi::app
