#pragma once
// The backend-neutral storage contract suite (STYLE.md §12). Every TEST_P(StorageContract, ...) runs against
// each backend instantiated in a *_contract.cpp file of a backend (sqlite_contract.cpp; PostgreSQL later,
// when SINERGI_PG_TEST_DSN is set). A backend factory returns a fresh, migrated, empty database per test.
#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "core/key_ring.hpp"
#include "domain/ports/database.hpp"

namespace sinergi::contract {

using domain::ports::Database;
using domain::ports::TxMode;
using domain::ports::UnitOfWork;

struct StorageBackend {
  std::string name;                                 // gtest parameter name, e.g. "SqliteMemory"
  std::function<std::unique_ptr<Database>()> open;  // a fresh empty database; nullptr on failure
  bool concurrent_writers = true;                   // runs the multi-threaded writer test
};

// How gtest prints the parameter (instead of its bytes).
inline void PrintTo(const StorageBackend& backend, std::ostream* os) {
  *os << backend.name;
}

inline std::string BackendName(const ::testing::TestParamInfo<StorageBackend>& info) {
  return info.param.name;
}

// The data key ring every contract backend opens with (one fresh random key per test process, id "contract").
inline std::shared_ptr<const core::KeyRing> ContractKeys() {
  static const std::shared_ptr<const core::KeyRing> keys = [] {
    auto ring = core::KeyRing::Parse(*core::KeyRing::NewKeyLine("contract"));
    return std::make_shared<const core::KeyRing>(std::move(*ring));
  }();
  return keys;
}

inline core::Timestamp Ms(std::int64_t ms) {
  return core::Timestamp(std::chrono::milliseconds(ms));
}

class StorageContract : public ::testing::TestWithParam<StorageBackend> {
 protected:
  void SetUp() override {
    db_ = GetParam().open();
    ASSERT_NE(db_, nullptr) << "backend " << GetParam().name << " did not open";
  }

  std::unique_ptr<UnitOfWork> Begin(TxMode mode) {
    auto uow = db_->Begin(mode);
    EXPECT_TRUE(uow.ok()) << (uow.ok() ? "" : uow.error().message());
    return uow.ok() ? std::move(*uow) : nullptr;
  }
  std::unique_ptr<UnitOfWork> Write() { return Begin(TxMode::kWrite); }
  std::unique_ptr<UnitOfWork> Read() { return Begin(TxMode::kRead); }

  // Ids that sort in creation order, like ULIDs (26 chars).
  std::string NextId() {
    char buf[32];
    std::snprintf(buf, sizeof buf, "01TEST%020d", ++id_counter_);
    return buf;
  }

  domain::Person MakePerson(const std::string& full_name, std::optional<std::string> nik = std::nullopt) {
    domain::Person p;
    p.id = NextId();
    p.data.full_name = full_name;
    p.data.nik = std::move(nik);
    p.created_at = Ms(1'700'000'000'000);
    p.updated_at = p.created_at;
    p.created_by = "tester";
    p.updated_by = "tester";
    return p;
  }

  domain::Journey MakeJourney(const std::string& person_id, const std::string& country = "MY") {
    domain::Journey j;
    j.id = NextId();
    j.person_id = person_id;
    j.data.placement_scheme = "P3MI";
    j.data.p3mi_name = "PT Maju Jaya";
    j.data.destination_country = country;
    j.created_at = Ms(1'700'000'100'000);
    j.updated_at = j.created_at;
    j.created_by = "tester";
    j.updated_by = "tester";
    return j;
  }

  // Inserts and commits; fails the test on error.
  void SavePerson(const domain::Person& p, const std::vector<std::string>& keys = {}) {
    auto uow = Write();
    ASSERT_NE(uow, nullptr);
    auto st = uow->persons().Insert(p, keys);
    ASSERT_TRUE(st.ok()) << st.error().reason() << ": " << st.error().message();
    ASSERT_TRUE(uow->Commit().ok());
  }

  std::unique_ptr<Database> db_;
  int id_counter_ = 0;
};

// The case storage tests (case_contract.cpp): the StorageContract fixture, instantiated for every backend and also
// for the in-memory test double of the ports (in_memory_contract.cpp), which domain tests of the case service rely
// on to answer as a real backend would.
class CaseContract : public StorageContract {};

// Fails with the error text when a Result/Status is not ok.
#define ASSERT_OK(expr)                                                             \
  do {                                                                              \
    const auto& contract_result_ = (expr);                                          \
    ASSERT_TRUE(contract_result_.ok()) << contract_result_.error().reason() << ": " \
                                       << contract_result_.error().message();       \
  } while (false)

// Checks that a Result/Status failed with `code` and `reason`.
#define EXPECT_ERROR(expr, code_, reason_)                 \
  do {                                                     \
    const auto& contract_result_ = (expr);                 \
    ASSERT_FALSE(contract_result_.ok());                   \
    EXPECT_EQ(contract_result_.error().code(), code_);     \
    EXPECT_EQ(contract_result_.error().reason(), reason_); \
  } while (false)

}  // namespace sinergi::contract
