// Field-level encryption at rest, backend-neutral: sealed columns round-trip through every repository that
// seals, are counted under the active key, and need no re-sealing when already sealed with it.
#include <algorithm>

#include "tests/contract/storage_contract.hpp"

namespace sinergi::contract {
namespace {

using domain::ports::SealedValueCount;

std::int64_t CountFor(const std::vector<SealedValueCount>& counts, const std::string& column, const std::string& key) {
  std::int64_t n = 0;
  for (const auto& c : counts) {
    if (c.column == column && c.key_id == key) n += c.values;
  }
  return n;
}

TEST_P(StorageContract, SealedFieldsRoundTripAndAreCountedUnderTheActiveKey) {
  domain::Person p = MakePerson("Siti Aminah");
  p.data.address_line = "Jl. Kenanga 7, RT 03/RW 01 (rumah aman)";
  p.data.phone = "+6281234567890";
  domain::ChangeRecord change;
  change.id = NextId();
  change.entity_type = "person";
  change.entity_id = p.id;
  change.action = "update";
  change.at = Ms(1'700'000'000'100);
  change.actor = "tester";
  change.changes = {{"data.address_line", "\"Jl. Lama 1\"", "\"Jl. Kenanga 7, RT 03/RW 01 (rumah aman)\""}};
  {
    auto uow = Write();
    ASSERT_OK(uow->persons().Insert(p, {}));
    ASSERT_OK(uow->history().Append(change));
    ASSERT_OK(uow->Commit());
  }
  {
    auto uow = Read();
    auto got = uow->persons().Get(p.id);
    ASSERT_OK(got);
    EXPECT_EQ(got->data.address_line, p.data.address_line);
    EXPECT_EQ(got->data.phone, p.data.phone);
    auto history = uow->history().List("person", p.id, {});
    ASSERT_OK(history);
    ASSERT_EQ(history->items.size(), 1u);
    EXPECT_EQ(history->items[0].changes, change.changes);
    auto counts = uow->data_keys().CountSealed();
    ASSERT_OK(counts);
    const std::string active = ContractKeys()->active_id();
    EXPECT_EQ(CountFor(*counts, "persons.address_line", active), 1);
    EXPECT_EQ(CountFor(*counts, "persons.phone", active), 1);
    EXPECT_EQ(CountFor(*counts, "change_history.changes", active), 1);
    EXPECT_TRUE(std::none_of(counts->begin(), counts->end(), [](const auto& c) { return c.key_id.empty(); }));
  }
  {
    auto uow = Write();
    auto resealed = uow->data_keys().ResealBatch(100);
    ASSERT_OK(resealed);
    EXPECT_EQ(*resealed, 0);  // everything already uses the active key
  }
}

TEST_P(StorageContract, AbsentSealedFieldsStayAbsent) {
  domain::Person p = MakePerson("Tanpa Alamat");
  {
    auto uow = Write();
    ASSERT_OK(uow->persons().Insert(p, {}));
    ASSERT_OK(uow->Commit());
  }
  auto uow = Read();
  auto got = uow->persons().Get(p.id);
  ASSERT_OK(got);
  EXPECT_FALSE(got->data.address_line.has_value());
  EXPECT_FALSE(got->data.phone.has_value());
  auto counts = uow->data_keys().CountSealed();
  ASSERT_OK(counts);
  EXPECT_EQ(CountFor(*counts, "persons.address_line", ContractKeys()->active_id()), 0);
}

}  // namespace
}  // namespace sinergi::contract
