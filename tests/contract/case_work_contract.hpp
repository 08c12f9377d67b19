#pragma once
// The fixture of the case work storage tests (case_work_contract.cpp): CaseContract with helpers that store a
// case, its victims and its services. Instantiated for every backend (sqlite_contract.cpp) and the in-memory fake
// (in_memory_contract.cpp).
#include <string>
#include <vector>

#include "tests/contract/storage_contract.hpp"

namespace sinergi::contract {

using core::Date;
using domain::Case;
using domain::CaseParty;
using domain::CaseServiceDelivery;
using domain::CaseStatus;
using domain::ports::CaseTaskQuery;

class CaseWorkContract : public CaseContract {
 protected:
  Case SaveCase(const std::string& owner, std::vector<std::string> types = {"TPPO"},
                CaseStatus status = CaseStatus::kIntake, const std::string& created_by = "tester") {
    Case c;
    c.id = NextId();
    c.status = status;
    c.data.intake_channel = "HOTLINE";
    c.data.reported_on = Date{2025, 3, 10};
    c.data.case_types = std::move(types);
    c.owner_agency_id = owner;
    c.created_at = c.updated_at = Ms(1'700'000'200'000);
    c.created_by = created_by;
    c.updated_by = "tester";
    auto uow = Write();
    EXPECT_TRUE(uow->cases().Insert(c).ok());
    EXPECT_TRUE(uow->Commit().ok());
    return c;
  }

  std::string SaveVictim(const Case& c, std::int64_t added_at_ms, const std::string& role = "KORBAN") {
    domain::Person p = MakePerson("Korban " + std::to_string(added_at_ms));
    SavePerson(p);
    CaseParty party;
    party.id = NextId();
    party.case_id = c.id;
    party.person_id = p.id;
    party.role = role;
    party.added_at = Ms(added_at_ms);
    party.added_by = "tester";
    auto uow = Write();
    EXPECT_TRUE(uow->cases().InsertParty(party).ok());
    EXPECT_TRUE(uow->Commit().ok());
    return p.id;
  }

  CaseServiceDelivery MakeService(const Case& c, const std::string& service, Date requested_on,
                                  std::optional<std::string> reference = std::nullopt,
                                  const std::string& status = "DIRENCANAKAN") {
    CaseServiceDelivery s;
    s.id = NextId();
    s.case_id = c.id;
    s.data.service = service;
    s.data.status = status;
    s.data.requested_on = requested_on;
    s.data.reference = std::move(reference);
    s.created_at = s.updated_at = Ms(1'700'000'300'000);
    s.created_by = s.updated_by = "tester";
    return s;
  }

  void SaveService(const CaseServiceDelivery& s) {
    auto uow = Write();
    ASSERT_OK(uow->case_work().InsertService(s));
    ASSERT_OK(uow->Commit());
  }

  static CaseTaskQuery Query(const std::string& owner, int limit = 100) {
    return CaseTaskQuery{owner, domain::ListScope::Everything(), limit};
  }
};

}  // namespace sinergi::contract
