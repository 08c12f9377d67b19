#pragma once
// The directory storage tests (directory_contract.cpp): the StorageContract fixture with agencies in a province, a
// regency, none (national), abroad and a disabled one, instantiated for every backend (sqlite_contract.cpp) and for
// the in-memory test double of the ports (in_memory_contract.cpp), which the directory service's domain tests use.
#include <optional>
#include <string>

#include "tests/contract/storage_contract.hpp"

namespace sinergi::contract {

class DirectoryContract : public StorageContract {
 protected:
  void SetUp() override {
    StorageContract::SetUp();
    if (HasFatalFailure()) return;
    auto uow = Write();
    ASSERT_NE(uow, nullptr);
    struct Row {
      const char* id;
      std::optional<std::string> region;
      std::optional<std::string> country;
      bool disabled;
    };
    for (const Row& row : {Row{"province", "61", std::nullopt, false}, Row{"regency", "61.71", std::nullopt, false},
                           Row{"national", std::nullopt, std::nullopt, false}, Row{"abroad", std::nullopt, "MY", false},
                           Row{"disabled", "61.71", std::nullopt, true}}) {
      domain::Agency a;
      a.id = row.id;
      a.code = std::string("D-") + row.id;
      a.name = row.id;
      a.type = "LSM";
      a.region_code = row.region;
      a.country = row.country;
      a.disabled = row.disabled;
      a.created_at = a.updated_at = Ms(1'700'000'000'000);
      ASSERT_OK(uow->identity().InsertAgency(a));
    }
    ASSERT_OK(uow->Commit());
  }

  static domain::DirectoryEntry Entry(const std::string& agency_id, std::int64_t version,
                                      std::vector<domain::ServiceOffering> services, bool is_public = false) {
    domain::DirectoryEntry e;
    e.agency_id = agency_id;
    e.version = version;
    e.data.services = std::move(services);
    e.data.is_public = is_public;
    e.updated_at = Ms(1'700'000'500'000 + version);
    e.updated_by = "editor";
    return e;
  }
};

}  // namespace sinergi::contract
