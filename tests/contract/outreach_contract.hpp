#pragma once
// The outreach storage tests (outreach_contract.cpp): the StorageContract fixture with three agencies, instantiated
// for every backend (sqlite_contract.cpp) and for the in-memory test double of the ports (in_memory_contract.cpp),
// which the outreach service's domain tests use.
#include <string>
#include <vector>

#include "tests/contract/storage_contract.hpp"

namespace sinergi::contract {

class OutreachContract : public StorageContract {
 protected:
  void SetUp() override {
    StorageContract::SetUp();
    if (HasFatalFailure()) return;
    auto uow = Write();
    ASSERT_NE(uow, nullptr);
    for (const char* id : {"org", "partner", "other"}) {
      domain::Agency a;
      a.id = id;
      a.code = std::string("O-") + id;
      a.name = id;
      a.type = "LSM";
      a.created_at = a.updated_at = Ms(1'700'000'000'000);
      ASSERT_OK(uow->identity().InsertAgency(a));
    }
    ASSERT_OK(uow->Commit());
  }

  domain::OutreachEvent Event(const std::string& region, core::Date held_on) {
    domain::OutreachEvent e;
    e.id = NextId();
    e.data.title = "Sosialisasi migrasi aman";
    e.data.organiser_agency_id = "org";
    e.data.partner_agency_ids = {"partner"};
    e.data.held_on = held_on;
    e.data.region_code = region;
    e.data.topics = {"MIGRASI_AMAN_PROSEDURAL", "PENCEGAHAN_TPPO"};
    e.data.target_groups = {"CALON_PMI"};
    e.data.channel = "TATAP_MUKA";
    e.created_at = e.updated_at = Ms(1'700'000'000'000);
    e.created_by = e.updated_by = "tester";
    return e;
  }
};

}  // namespace sinergi::contract
