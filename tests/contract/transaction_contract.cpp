// Units of work: rollback on drop, isolation of uncommitted writes, read-only units, concurrent writers.
#include <atomic>
#include <thread>

#include "tests/contract/storage_contract.hpp"

namespace sinergi::contract {
namespace {

using core::ErrorCode;

const domain::ListScope kEverything = domain::ListScope::Everything();

TEST_P(StorageContract, DroppedUnitOfWorkLeavesNothing) {
  auto p = MakePerson("Budi", "3301010101900001");
  auto j = MakeJourney(p.id);
  j.data.documents = {{"KTP", "missing", {}, {}, {}, {}}};
  {
    auto uow = Write();
    ASSERT_OK(uow->persons().Insert(p, {"budi"}));
    ASSERT_OK(uow->journeys().Insert(j));
    ASSERT_OK(uow->history().Append({NextId(), "person", p.id, "create", Ms(1), "tester", {}, std::nullopt}));
    // dropped without Commit
  }
  auto uow = Read();
  EXPECT_ERROR(uow->persons().Get(p.id), ErrorCode::kNotFound, "person.not_found");
  EXPECT_ERROR(uow->journeys().Get(j.id), ErrorCode::kNotFound, "journey.not_found");
  auto names = uow->persons().FindNameCandidates("budi", 10, kEverything);
  ASSERT_OK(names);
  EXPECT_TRUE(names->empty());
  auto history = uow->history().List("person", p.id, {.limit = 10, .after = std::nullopt});
  ASSERT_OK(history);
  EXPECT_TRUE(history->items.empty());
  uow.reset();
  // The NIK is free again.
  SavePerson(MakePerson("Budi lagi", p.data.nik));
}

TEST_P(StorageContract, FailedStatementDoesNotPoisonTheUnit) {
  auto a = MakePerson("A", "3301010101900001");
  SavePerson(a);
  auto uow = Write();
  EXPECT_ERROR(uow->persons().Insert(MakePerson("B", a.data.nik), {}), ErrorCode::kConflict, "person.nik_taken");
  auto c = MakePerson("C");
  ASSERT_OK(uow->persons().Insert(c, {}));
  ASSERT_OK(uow->Commit());
  auto read = Read();
  ASSERT_OK(read->persons().Get(c.id));
}

TEST_P(StorageContract, ReadUnitSeesCommittedData) {
  auto p = MakePerson("Budi");
  SavePerson(p);
  auto uow = Read();
  ASSERT_OK(uow->persons().Get(p.id));
  ASSERT_OK(uow->Commit());  // committing a read unit just ends it
}

TEST_P(StorageContract, PingAndStats) {
  ASSERT_OK(db_->Ping());
  auto before = db_->Stats();
  EXPECT_GE(before.connections_total, 1);
  EXPECT_EQ(before.connections_in_use, 0);
  {
    auto uow = Read();
    EXPECT_EQ(db_->Stats().connections_in_use, 1);
  }
  EXPECT_EQ(db_->Stats().connections_in_use, 0);
}

TEST_P(StorageContract, ConcurrentWritersAllSucceed) {
  if (!GetParam().concurrent_writers) GTEST_SKIP() << "backend does not run concurrent writers";
  constexpr int kThreads = 8;
  constexpr int kPerThread = 25;
  std::atomic<int> failures{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([this, t, &failures] {
      for (int i = 0; i < kPerThread; ++i) {
        domain::Person p;
        p.id = "01CONC" + std::to_string(t) + "_" + std::to_string(1000 + i);
        p.data.full_name = "Thread " + std::to_string(t);
        p.created_by = p.updated_by = "tester";
        {
          // A unit holds its connection until destroyed: end it before beginning the next one.
          auto uow = db_->Begin(TxMode::kWrite);
          if (!uow.ok()) {
            ++failures;
            continue;
          }
          auto st = (*uow)->persons().Insert(p, {"thread"});
          if (!st.ok() || !(*uow)->Commit().ok()) ++failures;
        }
        // A reader in between, like a real request mix.
        auto read = db_->Begin(TxMode::kRead);
        if (!read.ok() || !(*read)->persons().Get(p.id).ok()) ++failures;
      }
    });
  }
  for (auto& th : threads) {
    th.join();
  }
  EXPECT_EQ(failures.load(), 0);
  auto uow = Read();
  auto all = uow->persons().List({}, {.limit = 200, .after = std::nullopt});
  ASSERT_OK(all);
  EXPECT_EQ(all->items.size(), static_cast<std::size_t>(kThreads * kPerThread));
}

}  // namespace
}  // namespace sinergi::contract
