// Change history: newest first, keyset pages, change values kept as JSON text (absent != null).
#include "tests/contract/storage_contract.hpp"

namespace sinergi::contract {
namespace {

using core::ErrorCode;
using domain::ChangeRecord;
using domain::FieldChange;

ChangeRecord Record(std::string id, std::string entity_id, std::int64_t at) {
  ChangeRecord r;
  r.id = std::move(id);
  r.entity_type = "person";
  r.entity_id = std::move(entity_id);
  r.action = "update";
  r.at = Ms(at);
  r.actor = "officer";
  return r;
}

TEST_P(StorageContract, HistoryNewestFirstWithPages) {
  std::vector<std::string> ids;
  {
    auto uow = Write();
    for (int i = 0; i < 12; ++i) {
      ChangeRecord r = Record(NextId(), "P1", 1000 + i);
      ids.push_back(r.id);
      ASSERT_OK(uow->history().Append(r));
    }
    ASSERT_OK(uow->history().Append(Record(NextId(), "P2", 5000)));  // another entity
    ChangeRecord journey = Record(NextId(), "P1", 6000);
    journey.entity_type = "journey";  // same id, other type
    ASSERT_OK(uow->history().Append(journey));
    ASSERT_OK(uow->Commit());
  }
  std::vector<std::string> expected(ids.rbegin(), ids.rend());
  std::vector<std::string> seen;
  domain::ports::PageRequest page{.limit = 5, .after = std::nullopt};
  auto uow = Read();
  for (int guard = 0; guard < 5; ++guard) {
    auto res = uow->history().List("person", "P1", page);
    ASSERT_OK(res);
    for (const ChangeRecord& r : res->items) seen.push_back(r.id);
    if (!res->next_after) break;
    page.after = res->next_after;
  }
  EXPECT_EQ(seen, expected);
}

TEST_P(StorageContract, HistoryKeepsChangesAndReason) {
  ChangeRecord r = Record(NextId(), "P1", 1234);
  r.action = "delete";
  r.reason = "duplikat";
  r.changes = {
      FieldChange{"data.full_name", "\"Siti \\\"Ica\\\"\"", "\"Siti Nurhaliza\""},
      FieldChange{"data.nik", std::nullopt, "\"3301010101900001\""},
      FieldChange{"data.phone", "null", std::nullopt},
      FieldChange{"data.skills", "[\"masak\", 1, true, {\"a\": [null]}]", "[]"},
  };
  {
    auto uow = Write();
    ASSERT_OK(uow->history().Append(r));
    ASSERT_OK(uow->Commit());
  }
  auto uow = Read();
  auto res = uow->history().List("person", "P1", {.limit = 10, .after = std::nullopt});
  ASSERT_OK(res);
  ASSERT_EQ(res->items.size(), 1u);
  const ChangeRecord& got = res->items[0];
  EXPECT_EQ(got.id, r.id);
  EXPECT_EQ(got.entity_type, "person");
  EXPECT_EQ(got.action, "delete");
  EXPECT_EQ(got.at, Ms(1234));
  EXPECT_EQ(got.actor, "officer");
  EXPECT_EQ(got.reason, "duplikat");
  EXPECT_EQ(got.changes, r.changes);
  EXPECT_FALSE(res->next_after.has_value());
}

TEST_P(StorageContract, HistoryRejectsChangeValuesThatAreNotJson) {
  ChangeRecord r = Record(NextId(), "P1", 1);
  r.changes = {FieldChange{"data.full_name", "not json", std::nullopt}};
  auto uow = Write();
  EXPECT_ERROR(uow->history().Append(r), ErrorCode::kInvalid, "history.invalid_change_value");
}

}  // namespace
}  // namespace sinergi::contract
