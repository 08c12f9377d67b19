#pragma once
// The referral storage tests (referral_contract.cpp): the StorageContract fixture with three agencies, two cases of
// agency-a and two persons to refer, instantiated for every backend (sqlite_contract.cpp) and for the in-memory
// test double of the ports (in_memory_contract.cpp), which the referral service's domain tests rely on.
#include <algorithm>
#include <string>
#include <vector>

#include "tests/contract/storage_contract.hpp"

namespace sinergi::contract {

class ReferralContract : public StorageContract {
 protected:
  void SetUp() override {
    StorageContract::SetUp();
    if (HasFatalFailure()) return;
    victim_ = MakePerson("Korban Kontrak");
    other_ = MakePerson("Korban Kedua");
    SavePerson(victim_);
    SavePerson(other_);
    auto uow = Write();
    ASSERT_NE(uow, nullptr);
    for (const char* id : {"agency-a", "agency-b", "agency-c"}) {
      domain::Agency a;
      a.id = id;
      a.code = std::string("K-") + id;
      a.name = id;
      a.type = "BP3MI";
      a.created_at = a.updated_at = Ms(1'700'000'000'000);
      ASSERT_OK(uow->identity().InsertAgency(a));
    }
    for (std::string* id : {&case_a_, &case_b_}) {
      domain::Case c;
      c.id = *id = NextId();
      c.data.intake_channel = "HOTLINE";
      c.data.reported_on = core::Date{2025, 3, 10};
      c.data.case_types = {"TPPO"};
      c.owner_agency_id = "agency-a";
      c.created_at = c.updated_at = Ms(1'700'000'200'000);
      c.created_by = c.updated_by = "tester";
      ASSERT_OK(uow->cases().Insert(c));
    }
    ASSERT_OK(uow->Commit());
  }

  domain::Referral Make(const std::string& case_id, const std::string& from, const std::string& to, std::int64_t at) {
    domain::Referral r;
    r.id = NextId();
    r.case_id = case_id;
    r.from_agency_id = from;
    r.data.to_agency_id = to;
    r.data.person_ids = {other_.id, victim_.id};
    r.data.services = {"PENAMPUNGAN", "PSIKOSOSIAL"};
    r.data.message = "Mohon rumah aman — korban \"A\" terancam.\nSegera.";
    r.data.urgency = "TINGGI";
    r.consent_ids = {"consent-1", "consent-2"};
    r.created_at = Ms(at);
    r.created_by = "sender";
    return r;
  }

  static std::vector<std::string> Sorted(std::vector<std::string> ids) {
    std::sort(ids.begin(), ids.end());
    return ids;
  }

  domain::Person victim_;
  domain::Person other_;
  std::string case_a_;
  std::string case_b_;
};

}  // namespace sinergi::contract
