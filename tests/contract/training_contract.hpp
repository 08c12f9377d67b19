#pragma once
// The training storage tests (training_contract.cpp): the StorageContract fixture with a provider agency and two
// persons, instantiated for every backend (sqlite_contract.cpp) and for the in-memory test double of the ports
// (in_memory_contract.cpp), which the training service's domain tests use.
#include <string>

#include "tests/contract/storage_contract.hpp"

namespace sinergi::contract {

class TrainingContract : public StorageContract {
 protected:
  void SetUp() override {
    StorageContract::SetUp();
    if (HasFatalFailure()) return;
    siti_ = MakePerson("Siti Aminah");
    dewi_ = MakePerson("Dewi Lestari");
    SavePerson(siti_);
    SavePerson(dewi_);
    auto uow = Write();
    ASSERT_NE(uow, nullptr);
    domain::Agency a;
    a.id = "blk";
    a.code = "BLK-CLP";
    a.name = "BLK Cilacap";
    a.type = "DINAS_TENAGA_KERJA";
    a.region_code = "33.01";
    a.created_at = a.updated_at = Ms(1'700'000'000'000);
    ASSERT_OK(uow->identity().InsertAgency(a));
    ASSERT_OK(uow->Commit());
  }

  domain::Programme MakeProgramme(const std::string& name, const std::string& kind = "PELATIHAN_VOKASI") {
    domain::Programme p;
    p.id = NextId();
    p.data.name = name;
    p.data.kind = kind;
    p.data.provider_agency_id = "blk";
    p.data.skill = "Caregiver";
    p.data.issues_competence_certificate = true;
    p.data.description = "Kelas 200 jam — \"praktik\" ✓";
    p.data.region_code = "33.01";
    p.created_at = p.updated_at = Ms(1'700'000'200'000);
    p.created_by = p.updated_by = "tester";
    return p;
  }

  domain::TrainingSession MakeSession(const std::string& programme_id, core::Date starts_on) {
    domain::TrainingSession s;
    s.id = NextId();
    s.programme_id = programme_id;
    s.data.starts_on = starts_on;
    s.data.ends_on = core::Date::FromDaysSinceEpoch(starts_on.DaysSinceEpoch() + 20);
    s.data.place = "BLK Cilacap, Jl. Gatot Subroto";
    s.data.capacity = 20;
    s.created_at = s.updated_at = Ms(1'700'000'300'000);
    s.created_by = s.updated_by = "tester";
    return s;
  }

  domain::Enrolment MakeEnrolment(const domain::TrainingSession& session, const std::string& person_id,
                                  std::int64_t created_ms) {
    domain::Enrolment e;
    e.id = NextId();
    e.session_id = session.id;
    e.programme_id = session.programme_id;
    e.person_id = person_id;
    e.created_at = e.updated_at = Ms(created_ms);
    e.created_by = e.updated_by = "tester";
    return e;
  }

  domain::Person siti_;
  domain::Person dewi_;
};

}  // namespace sinergi::contract
