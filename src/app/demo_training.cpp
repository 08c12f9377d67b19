// The demo training programmes (demo_training.hpp).
#include "app/demo_training.hpp"

#include <string>
#include <utility>

namespace sinergi::app {
namespace {

const domain::Actor kDemoActor{"system:demo", "Demo data loader", "demo", "", {}, "", "", "", ""};

core::Date DaysFrom(core::Date day, long days) {
  return core::Date::FromDaysSinceEpoch(day.DaysSinceEpoch() + days);
}

// The person of the first demo journey in `status`.
core::Result<std::string> PersonWithJourney(domain::JourneyService& journeys, domain::JourneyStatus status) {
  domain::ports::JourneyFilter filter;
  filter.status = status;
  SINERGI_TRY(auto page, journeys.ListJourneys(kDemoActor, filter, {1, std::nullopt}));
  if (page.items.empty()) {
    return core::Error::Internal("demo: no journey in status " + std::string(domain::ToString(status)));
  }
  return page.items.front().person_id;
}

}  // namespace

core::Result<DemoTrainingSummary> LoadDemoTraining(domain::TrainingService& training, domain::JourneyService& journeys,
                                                   const DemoAgencies& agencies) {
  const core::Date today = training.Today();
  const std::string& jateng = agencies.Id("BP3MI-JATENG");
  SINERGI_TRY(std::string ayu, PersonWithJourney(journeys, domain::JourneyStatus::kInTraining));
  SINERGI_TRY(std::string yohanes, PersonWithJourney(journeys, domain::JourneyStatus::kRegistered));
  DemoTrainingSummary summary;

  // The pre-departure orientation every migrant worker attends (UU 18/2017 Ps 13(c); no certificate of
  // competence), this week.
  domain::ProgrammeData opp{"Orientasi Pra Pemberangkatan (OPP) BP3MI Jawa Tengah",
                            "OPP",
                            jateng,
                            std::nullopt,
                            false,
                            "Materi: hak dan kewajiban PMI, perjanjian kerja, budaya negara tujuan, pencegahan TPPO, "
                            "layanan pengaduan.",
                            "33"};
  SINERGI_TRY(domain::Programme opp_programme, training.CreateProgramme(kDemoActor, opp));
  SINERGI_TRY(
      domain::TrainingSession opp_session,
      training.CreateSession(kDemoActor, opp_programme.id,
                             {DaysFrom(today, -2), DaysFrom(today, 2), "Aula BP3MI Jawa Tengah, Semarang", "33", 40}));
  SINERGI_TRY(auto yohanes_opp, training.Enrol(kDemoActor, opp_session.id, yohanes));
  domain::EnrolmentData attending = yohanes_opp.enrolment.data;
  attending.attended_on = {DaysFrom(today, -2), DaysFrom(today, -1)};
  SINERGI_TRY_STATUS(training.UpdateEnrolment(kDemoActor, yohanes_opp.enrolment.id, attending, 1));

  // A vocational course with a certificate of competence, held at the district job training centre (BLK).
  domain::ProgrammeData hotel{"Pelatihan Housekeeping Perhotelan (BLK Kabupaten Cilacap)",
                              "PELATIHAN_VOKASI",
                              jateng,
                              "Housekeeping",
                              true,
                              "Pelatihan 240 jam pelajaran dengan uji kompetensi; sertifikat kompetensi diakui untuk "
                              "skema penempatan ke Jepang.",
                              "33"};
  SINERGI_TRY(domain::Programme hotel_programme, training.CreateProgramme(kDemoActor, hotel));
  SINERGI_TRY(domain::TrainingSession hotel_session,
              training.CreateSession(kDemoActor, hotel_programme.id,
                                     {DaysFrom(today, -60), DaysFrom(today, -20), "BLK Kabupaten Cilacap", "33", 16}));
  SINERGI_TRY(auto ayu_course, training.Enrol(kDemoActor, hotel_session.id, ayu));
  domain::EnrolmentData completed = ayu_course.enrolment.data;
  for (long d = -60; d <= -20; ++d) completed.attended_on.push_back(DaysFrom(today, d));
  completed.status = domain::EnrolmentStatus::kCompleted;
  completed.completed_on = DaysFrom(today, -20);
  completed.certificate_number = "KMP/BLK-CLP/HK/0117";
  completed.certificate_issued_on = DaysFrom(today, -15);
  SINERGI_TRY(auto done, training.UpdateEnrolment(kDemoActor, ayu_course.enrolment.id, completed, 1));
  if (!done.journey_updated) {
    return core::Error::Internal("demo: the completed course did not verify the journey's competence certificate");
  }
  SINERGI_TRY(auto ayu_opp, training.Enrol(kDemoActor, opp_session.id, ayu));
  (void)ayu_opp;

  summary.programmes = 2;
  summary.sessions = 2;
  summary.enrolments = 3;
  summary.certified_journey_id = *done.journey_updated;
  return summary;
}

}  // namespace sinergi::app
