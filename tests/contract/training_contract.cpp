// Training programmes, sessions and enrolments (ports/training_repository.hpp): records round trip with versions,
// lists keep their orders and filters, one enrolment per person and session, attendance and certificates survive,
// and the seats taken leave dropped-out enrolments out. Runs on every backend and the in-memory fake
// (TrainingContract).
#include "tests/contract/training_contract.hpp"

namespace sinergi::contract {
namespace {

using core::ErrorCode;
using domain::Enrolment;
using domain::EnrolmentStatus;
using domain::Programme;
using domain::TrainingSession;

TEST_P(TrainingContract, ProgrammesRoundTripWithVersionsAndFilters) {
  Programme caregiver = MakeProgramme("Pelatihan Caregiver");
  Programme opp = MakeProgramme("Orientasi Pra Pemberangkatan", "OPP");
  opp.data.skill = std::nullopt;
  opp.data.issues_competence_certificate = false;
  opp.data.region_code = std::nullopt;
  {
    auto uow = Write();
    EXPECT_ERROR(uow->training().GetProgramme(caregiver.id), ErrorCode::kNotFound, "training_programme.not_found");
    ASSERT_OK(uow->training().InsertProgramme(caregiver));
    ASSERT_OK(uow->training().InsertProgramme(opp));
    EXPECT_ERROR(uow->training().InsertProgramme(caregiver), ErrorCode::kConflict, "training_programme.exists");
    Programme orphan = MakeProgramme("Tanpa penyelenggara");
    orphan.data.provider_agency_id = "nobody";
    EXPECT_ERROR(uow->training().InsertProgramme(orphan), ErrorCode::kNotFound, "agency.not_found");
    ASSERT_OK(uow->Commit());
  }
  {
    auto uow = Read();
    auto got = uow->training().GetProgramme(caregiver.id);
    ASSERT_OK(got);
    EXPECT_EQ(got->data, caregiver.data);
    EXPECT_EQ(got->version, 1);
    EXPECT_EQ(got->created_at, caregiver.created_at);
    auto all = uow->training().ListProgrammes({}, 10);
    ASSERT_OK(all);
    ASSERT_EQ(all->size(), 2U);
    EXPECT_EQ((*all)[0].id, opp.id);  // by name
    EXPECT_EQ((*all)[1].id, caregiver.id);
    auto kind = uow->training().ListProgrammes({std::nullopt, "OPP"}, 10);
    ASSERT_OK(kind);
    ASSERT_EQ(kind->size(), 1U);
    EXPECT_EQ((*kind)[0].data, opp.data);
    EXPECT_TRUE(uow->training().ListProgrammes({"other", std::nullopt}, 10)->empty());
    EXPECT_EQ(uow->training().ListProgrammes({}, 1)->size(), 1U);
  }
  Programme next = caregiver;
  next.data.name = "Pelatihan Caregiver Lansia";
  next.version = 2;
  auto uow = Write();
  EXPECT_ERROR(uow->training().UpdateProgramme(next, 5), ErrorCode::kPreconditionFailed, "version_mismatch");
  ASSERT_OK(uow->training().UpdateProgramme(next, 1));
  Programme ghost = MakeProgramme("Hantu");
  EXPECT_ERROR(uow->training().UpdateProgramme(ghost, 1), ErrorCode::kNotFound, "training_programme.not_found");
  ASSERT_OK(uow->Commit());
  auto read = Read();
  auto got = read->training().GetProgramme(caregiver.id);
  ASSERT_OK(got);
  EXPECT_EQ(got->version, 2);
  EXPECT_EQ(got->data.name, "Pelatihan Caregiver Lansia");
}

TEST_P(TrainingContract, SessionsRoundTripInDateOrder) {
  Programme programme = MakeProgramme("Pelatihan Las");
  TrainingSession later = MakeSession(programme.id, {2025, 9, 1});
  TrainingSession earlier = MakeSession(programme.id, {2025, 7, 1});
  earlier.data.capacity = std::nullopt;
  earlier.data.region_code = "33.01";
  {
    auto uow = Write();
    EXPECT_ERROR(uow->training().InsertSession(later), ErrorCode::kNotFound, "training_programme.not_found");
    ASSERT_OK(uow->training().InsertProgramme(programme));
    ASSERT_OK(uow->training().InsertSession(later));
    ASSERT_OK(uow->training().InsertSession(earlier));
    EXPECT_ERROR(uow->training().InsertSession(later), ErrorCode::kConflict, "training_session.exists");
    ASSERT_OK(uow->Commit());
  }
  {
    auto uow = Read();
    auto sessions = uow->training().ListSessions(programme.id, 10);
    ASSERT_OK(sessions);
    ASSERT_EQ(sessions->size(), 2U);
    EXPECT_EQ((*sessions)[0].data, earlier.data);
    EXPECT_EQ((*sessions)[1].data, later.data);
    EXPECT_EQ((*sessions)[1].programme_id, programme.id);
    EXPECT_ERROR(uow->training().GetSession("none"), ErrorCode::kNotFound, "training_session.not_found");
  }
  TrainingSession moved = later;
  moved.data.ends_on = {2025, 9, 30};
  moved.data.capacity = 5;
  moved.version = 2;
  auto uow = Write();
  EXPECT_ERROR(uow->training().UpdateSession(moved, 2), ErrorCode::kPreconditionFailed, "version_mismatch");
  ASSERT_OK(uow->training().UpdateSession(moved, 1));
  ASSERT_OK(uow->Commit());
  auto got = Read()->training().GetSession(later.id);
  ASSERT_OK(got);
  EXPECT_EQ(got->data, moved.data);
  EXPECT_EQ(got->version, 2);
}

TEST_P(TrainingContract, EnrolmentsAreUniquePerSessionAndKeepAttendanceAndCertificates) {
  Programme programme = MakeProgramme("Pelatihan Caregiver");
  TrainingSession june = MakeSession(programme.id, {2025, 6, 1});
  TrainingSession july = MakeSession(programme.id, {2025, 7, 1});
  Enrolment siti = MakeEnrolment(june, siti_.id, 1'700'000'400'000);
  Enrolment dewi = MakeEnrolment(june, dewi_.id, 1'700'000'500'000);
  Enrolment siti_july = MakeEnrolment(july, siti_.id, 1'700'000'600'000);
  {
    auto uow = Write();
    ASSERT_OK(uow->training().InsertProgramme(programme));
    ASSERT_OK(uow->training().InsertSession(june));
    ASSERT_OK(uow->training().InsertSession(july));
    ASSERT_OK(uow->training().InsertEnrolment(siti));
    ASSERT_OK(uow->training().InsertEnrolment(dewi));
    ASSERT_OK(uow->training().InsertEnrolment(siti_july));
    Enrolment again = MakeEnrolment(june, siti_.id, 1'700'000'700'000);
    EXPECT_ERROR(uow->training().InsertEnrolment(again), ErrorCode::kConflict, "training.already_enrolled");
    Enrolment nobody = MakeEnrolment(june, "no-such-person", 1'700'000'700'000);
    EXPECT_ERROR(uow->training().InsertEnrolment(nobody), ErrorCode::kNotFound, "person.not_found");
    Enrolment lost = MakeEnrolment(june, dewi_.id, 1'700'000'700'000);
    lost.session_id = "no-such-session";
    EXPECT_ERROR(uow->training().InsertEnrolment(lost), ErrorCode::kNotFound, "training_session.not_found");
    ASSERT_OK(uow->Commit());
  }
  Enrolment completed = siti;
  completed.data.status = EnrolmentStatus::kCompleted;
  completed.data.attended_on = {{2025, 6, 2}, {2025, 6, 3}};
  completed.data.completed_on = core::Date{2025, 6, 21};
  completed.data.certificate_number = "KMP/BLK-CLP/2025/0042";
  completed.data.certificate_issued_on = core::Date{2025, 6, 22};
  completed.data.note = "Lulus uji kompetensi";
  completed.version = 2;
  Enrolment dropped = dewi;
  dropped.data.status = EnrolmentStatus::kDroppedOut;
  dropped.version = 2;
  {
    auto uow = Write();
    auto seats = uow->training().CountSeatsTaken(june.id);
    ASSERT_OK(seats);
    EXPECT_EQ(*seats, 2);
    EXPECT_ERROR(uow->training().UpdateEnrolment(completed, 3), ErrorCode::kPreconditionFailed, "version_mismatch");
    ASSERT_OK(uow->training().UpdateEnrolment(completed, 1));
    ASSERT_OK(uow->training().UpdateEnrolment(dropped, 1));
    Enrolment ghost = MakeEnrolment(june, dewi_.id, 1);
    EXPECT_ERROR(uow->training().UpdateEnrolment(ghost, 1), ErrorCode::kNotFound, "training_enrolment.not_found");
    ASSERT_OK(uow->Commit());
  }
  auto uow = Read();
  auto got = uow->training().GetEnrolment(siti.id);
  ASSERT_OK(got);
  EXPECT_EQ(got->data, completed.data);
  EXPECT_EQ(got->version, 2);
  EXPECT_EQ(got->programme_id, programme.id);
  EXPECT_EQ(*uow->training().CountSeatsTaken(june.id), 1);  // the dropped-out seat is free
  auto in_june = uow->training().ListSessionEnrolments(june.id, 10);
  ASSERT_OK(in_june);
  ASSERT_EQ(in_june->size(), 2U);
  EXPECT_EQ((*in_june)[0].id, siti.id);  // oldest first
  EXPECT_EQ((*in_june)[1].id, dewi.id);
  auto of_siti = uow->training().ListPersonEnrolments(siti_.id, 10);
  ASSERT_OK(of_siti);
  ASSERT_EQ(of_siti->size(), 2U);
  EXPECT_EQ((*of_siti)[0].id, siti_july.id);  // newest first
  EXPECT_EQ((*of_siti)[1].id, siti.id);
  EXPECT_EQ(uow->training().ListPersonEnrolments(siti_.id, 1)->size(), 1U);
}

}  // namespace
}  // namespace sinergi::contract
