// The audit trail: append assigns seq and links the hash chain inside the caller's unit of work; lists filter
// and page newest first; Scan walks in seq order; concurrent appenders never fork the chain.
#include <atomic>
#include <thread>

#include "domain/audit_log.hpp"
#include "tests/contract/storage_contract.hpp"

namespace sinergi::contract {
namespace {

using core::ErrorCode;
using domain::AuditEntry;
using domain::ports::AuditFilter;
using domain::ports::PageRequest;

AuditEntry Entry(std::string id, std::string actor, std::string action, std::string entity_id, std::int64_t at_ms) {
  AuditEntry e;
  e.id = std::move(id);
  e.at = Ms(at_ms);
  e.actor_id = std::move(actor);
  e.agency_id = "agency-1";
  e.ip = "192.0.2.1";
  e.action = std::move(action);
  e.entity_type = "person";
  e.entity_id = std::move(entity_id);
  return e;
}

// Filters are built field by field: designated initializers that skip fields trip -Wmissing-field-initializers.
AuditFilter Filter(std::optional<std::string> actor, std::optional<std::string> entity_type = std::nullopt,
                   std::optional<std::string> entity_id = std::nullopt,
                   std::optional<std::string> action = std::nullopt) {
  AuditFilter f;
  f.actor_id = std::move(actor);
  f.entity_type = std::move(entity_type);
  f.entity_id = std::move(entity_id);
  f.action = std::move(action);
  return f;
}

std::vector<std::int64_t> Seqs(const std::vector<AuditEntry>& entries) {
  std::vector<std::int64_t> seqs;
  for (const AuditEntry& e : entries) seqs.push_back(e.seq);
  return seqs;
}

TEST_P(StorageContract, AuditAppendAssignsSeqAndLinksTheChain) {
  std::vector<AuditEntry> appended;
  for (int i = 0; i < 3; ++i) {
    auto uow = Write();
    ASSERT_NE(uow, nullptr);
    AuditEntry e = Entry(NextId(), "user-1", "update", "p1", 1'000 + i);
    e.seq = 99;              // ignored: storage assigns it
    e.prev_hash = "forged";  // ignored
    e.fields = {"full_name", "nik"};
    e.detail = "détail \"quoted\"\n";
    auto stored = uow->audit().Append(e);
    ASSERT_OK(stored);
    ASSERT_OK(uow->Commit());
    appended.push_back(*stored);
  }
  EXPECT_EQ(Seqs(appended), (std::vector<std::int64_t>{1, 2, 3}));
  EXPECT_EQ(appended[0].prev_hash, domain::kAuditGenesisHash);
  EXPECT_EQ(appended[1].prev_hash, appended[0].hash);
  EXPECT_EQ(appended[2].prev_hash, appended[1].hash);
  for (const AuditEntry& e : appended) EXPECT_EQ(e.hash, domain::ComputeAuditHash(e));

  // What Scan reads back is exactly what was hashed.
  auto uow = Read();
  std::vector<AuditEntry> scanned;
  ASSERT_OK(uow->audit().Scan([&](const AuditEntry& e) {
    scanned.push_back(e);
    return true;
  }));
  ASSERT_EQ(scanned.size(), 3U);
  for (std::size_t i = 0; i < scanned.size(); ++i) {
    const AuditEntry& a = appended[i];
    const AuditEntry& s = scanned[i];
    EXPECT_EQ(s.seq, a.seq);
    EXPECT_EQ(s.id, a.id);
    EXPECT_EQ(s.at, a.at);
    EXPECT_EQ(s.actor_id, a.actor_id);
    EXPECT_EQ(s.agency_id, a.agency_id);
    EXPECT_EQ(s.ip, a.ip);
    EXPECT_EQ(s.action, a.action);
    EXPECT_EQ(s.entity_type, a.entity_type);
    EXPECT_EQ(s.entity_id, a.entity_id);
    EXPECT_EQ(s.record_ids, a.record_ids);
    EXPECT_EQ(s.fields, a.fields);
    EXPECT_EQ(s.detail, a.detail);
    EXPECT_EQ(s.prev_hash, a.prev_hash);
    EXPECT_EQ(s.hash, a.hash);
    EXPECT_EQ(domain::ComputeAuditHash(s), s.hash);
  }
}

TEST_P(StorageContract, AuditAppendsInOneUnitChainAndRollBackTogether) {
  {
    auto uow = Write();
    ASSERT_OK(uow->audit().Append(Entry(NextId(), "user-1", "read", "p1", 1)));
    // dropped without Commit
  }
  {
    auto uow = Write();
    auto first = uow->audit().Append(Entry(NextId(), "user-1", "read", "p1", 2));
    auto second = uow->audit().Append(Entry(NextId(), "user-1", "read", "p2", 3));
    ASSERT_OK(first);
    ASSERT_OK(second);
    EXPECT_EQ(first->seq, 1);  // the rolled-back entry left no gap
    EXPECT_EQ(second->seq, 2);
    EXPECT_EQ(second->prev_hash, first->hash);
    ASSERT_OK(uow->Commit());
  }
  auto verification = domain::VerifyAuditChain(*db_);
  ASSERT_OK(verification);
  EXPECT_TRUE(verification->ok) << verification->problem;
  EXPECT_EQ(verification->entries, 2);
}

TEST_P(StorageContract, AuditRecordIdsRoundTrip) {
  AuditEntry e = Entry(NextId(), "user-1", "list", "", 5);
  e.record_ids = {"p1", "p2", "p\"3"};
  {
    auto uow = Write();
    ASSERT_OK(uow->audit().Append(e));
    ASSERT_OK(uow->Commit());
  }
  auto uow = Read();
  auto page = uow->audit().List({}, {});
  ASSERT_OK(page);
  ASSERT_EQ(page->items.size(), 1U);
  EXPECT_EQ(page->items[0].record_ids, e.record_ids);
  EXPECT_TRUE(page->items[0].fields.empty());
}

TEST_P(StorageContract, AuditAppendNeedsAnIdActorAndAction) {
  auto uow = Write();
  AuditEntry e = Entry("", "user-1", "read", "p1", 1);
  EXPECT_ERROR(uow->audit().Append(e), ErrorCode::kInvalid, "audit.incomplete");
  e = Entry(NextId(), "user-1", "", "p1", 1);
  EXPECT_ERROR(uow->audit().Append(e), ErrorCode::kInvalid, "audit.incomplete");
}

TEST_P(StorageContract, AuditListFiltersNewestFirstAndPages) {
  {
    auto uow = Write();
    // seq: 1 u1 read p1 @100, 2 u2 read p1 @200, 3 u1 update p2 @300, 4 u1 read p2 @400, 5 u2 list - @500
    ASSERT_OK(uow->audit().Append(Entry(NextId(), "u1", "read", "p1", 100)));
    ASSERT_OK(uow->audit().Append(Entry(NextId(), "u2", "read", "p1", 200)));
    ASSERT_OK(uow->audit().Append(Entry(NextId(), "u1", "update", "p2", 300)));
    ASSERT_OK(uow->audit().Append(Entry(NextId(), "u1", "read", "p2", 400)));
    AuditEntry list = Entry(NextId(), "u2", "list", "", 500);
    list.entity_type = "";
    ASSERT_OK(uow->audit().Append(list));
    ASSERT_OK(uow->Commit());
  }
  auto uow = Read();
  auto seqs_of = [&](const AuditFilter& filter) {
    auto page = uow->audit().List(filter, {.limit = 50, .after = std::nullopt});
    EXPECT_TRUE(page.ok());
    return page.ok() ? Seqs(page->items) : std::vector<std::int64_t>{};
  };
  using V = std::vector<std::int64_t>;
  EXPECT_EQ(seqs_of({}), (V{5, 4, 3, 2, 1}));
  EXPECT_EQ(seqs_of(Filter("u1")), (V{4, 3, 1}));
  EXPECT_EQ(seqs_of(Filter(std::nullopt, "person", "p1")), (V{2, 1}));
  EXPECT_EQ(seqs_of(Filter(std::nullopt, "person")), (V{4, 3, 2, 1}));
  EXPECT_EQ(seqs_of(Filter(std::nullopt, std::nullopt, std::nullopt, "read")), (V{4, 2, 1}));
  EXPECT_EQ(seqs_of(Filter("u1", std::nullopt, std::nullopt, "read")), (V{4, 1}));
  AuditFilter window;
  window.from = Ms(200);  // inclusive
  window.to = Ms(400);    // exclusive
  EXPECT_EQ(seqs_of(window), (V{3, 2}));
  EXPECT_EQ(seqs_of(Filter("nobody")), V{});

  // Keyset pages of 2, newest first, with a filter that skips rows.
  const AuditFilter u1 = Filter("u1");
  auto first = uow->audit().List({}, {.limit = 2, .after = std::nullopt});
  ASSERT_OK(first);
  EXPECT_EQ(Seqs(first->items), (V{5, 4}));
  ASSERT_TRUE(first->next_after.has_value());
  EXPECT_EQ(*first->next_after, "4");
  auto second = uow->audit().List({}, {.limit = 2, .after = first->next_after});
  ASSERT_OK(second);
  EXPECT_EQ(Seqs(second->items), (V{3, 2}));
  auto third = uow->audit().List({}, {.limit = 2, .after = second->next_after});
  ASSERT_OK(third);
  EXPECT_EQ(Seqs(third->items), (V{1}));
  EXPECT_FALSE(third->next_after.has_value());

  auto u1_first = uow->audit().List(u1, {.limit = 2, .after = std::nullopt});
  ASSERT_OK(u1_first);
  EXPECT_EQ(Seqs(u1_first->items), (V{4, 3}));
  auto u1_second = uow->audit().List(u1, {.limit = 2, .after = u1_first->next_after});
  ASSERT_OK(u1_second);
  EXPECT_EQ(Seqs(u1_second->items), (V{1}));
  EXPECT_FALSE(u1_second->next_after.has_value());
}

TEST_P(StorageContract, AuditListRejectsAForeignCursor) {
  auto uow = Read();
  for (const char* cursor : {"abc", "-1", "0", "4x", ""}) {
    auto page = uow->audit().List({}, {.limit = 10, .after = std::string(cursor)});
    ASSERT_FALSE(page.ok()) << cursor;
    EXPECT_EQ(page.error().code(), ErrorCode::kInvalid);
    ASSERT_EQ(page.error().fields().size(), 1U);
    EXPECT_EQ(page.error().fields()[0].field, "cursor");
  }
}

TEST_P(StorageContract, AuditScanStopsWhenTheVisitorSaysSo) {
  {
    auto uow = Write();
    for (int i = 0; i < 5; ++i) ASSERT_OK(uow->audit().Append(Entry(NextId(), "u1", "read", "p1", i)));
    ASSERT_OK(uow->Commit());
  }
  auto uow = Read();
  std::vector<std::int64_t> seen;
  ASSERT_OK(uow->audit().Scan([&](const AuditEntry& e) {
    seen.push_back(e.seq);
    return seen.size() < 2;
  }));
  EXPECT_EQ(seen, (std::vector<std::int64_t>{1, 2}));
}

TEST_P(StorageContract, AuditAppendIsRefusedInAReadUnit) {
  auto uow = Read();
  EXPECT_FALSE(uow->audit().Append(Entry(NextId(), "u1", "read", "p1", 1)).ok());
}

// Appends from many threads at once: the writer lock taken at Begin(kWrite) serialises them, so the chain is
// gap-free and every link holds.
TEST_P(StorageContract, AuditConcurrentAppendersKeepOneChain) {
  if (!GetParam().concurrent_writers) GTEST_SKIP() << "backend does not run concurrent writers";
  constexpr int kThreads = 6;
  constexpr int kPerThread = 15;
  std::atomic<int> failures{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([this, t, &failures] {
      for (int i = 0; i < kPerThread; ++i) {
        auto uow = db_->Begin(TxMode::kWrite);
        if (!uow.ok()) {
          ++failures;
          continue;
        }
        // Built by appending: g++ 12 at -O3 gives a false -Wrestrict on "literal" + std::to_string(...).
        std::string id = "01AUDIT";
        id.append(std::to_string(t)).append("_").append(std::to_string(1000 + i));
        std::string user = "u";
        user.append(std::to_string(t));
        AuditEntry e = Entry(id, user, "read", "p1", i);
        if (!(*uow)->audit().Append(e).ok() || !(*uow)->Commit().ok()) ++failures;
      }
    });
  }
  for (auto& th : threads) th.join();
  EXPECT_EQ(failures.load(), 0);
  auto verification = domain::VerifyAuditChain(*db_);
  ASSERT_OK(verification);
  EXPECT_TRUE(verification->ok) << verification->problem;
  EXPECT_EQ(verification->entries, kThreads * kPerThread);
}

}  // namespace
}  // namespace sinergi::contract
