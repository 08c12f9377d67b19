// Family links: round trip, listing from either side, duplicates in either direction, unknown persons.
#include "tests/contract/storage_contract.hpp"

namespace sinergi::contract {
namespace {

using core::ErrorCode;
using domain::FamilyLink;

FamilyLink Link(std::string id, std::string person, std::string related, std::string relation) {
  FamilyLink l;
  l.id = std::move(id);
  l.person_id = std::move(person);
  l.related_person_id = std::move(related);
  l.relation = std::move(relation);
  l.created_at = Ms(1'700'000'000'123);
  l.created_by = "tester";
  return l;
}

TEST_P(StorageContract, FamilyLinkInsertGetListDelete) {
  auto mother = MakePerson("Ibu"), child = MakePerson("Anak"), spouse = MakePerson("Suami");
  for (const auto* p : {&mother, &child, &spouse}) {
    SavePerson(*p);
  }
  FamilyLink is_child = Link(NextId(), mother.id, child.id, "ANAK");
  FamilyLink is_spouse = Link(NextId(), spouse.id, mother.id, "PASANGAN");
  {
    auto uow = Write();
    ASSERT_OK(uow->persons().InsertLink(is_child));
    ASSERT_OK(uow->persons().InsertLink(is_spouse));
    ASSERT_OK(uow->Commit());
  }
  auto uow = Write();
  auto got = uow->persons().GetLink(is_child.id);
  ASSERT_OK(got);
  EXPECT_EQ(got->person_id, mother.id);
  EXPECT_EQ(got->related_person_id, child.id);
  EXPECT_EQ(got->relation, "ANAK");
  EXPECT_EQ(got->created_at, is_child.created_at);
  EXPECT_EQ(got->created_by, "tester");

  auto of_mother = uow->persons().ListLinks(mother.id);
  ASSERT_OK(of_mother);
  ASSERT_EQ(of_mother->size(), 2u);
  EXPECT_EQ((*of_mother)[0].id, is_child.id);
  EXPECT_EQ((*of_mother)[1].id, is_spouse.id);
  auto of_child = uow->persons().ListLinks(child.id);
  ASSERT_OK(of_child);
  ASSERT_EQ(of_child->size(), 1u);

  ASSERT_OK(uow->persons().DeleteLink(is_child.id));
  EXPECT_ERROR(uow->persons().GetLink(is_child.id), ErrorCode::kNotFound, "family_link.not_found");
  EXPECT_ERROR(uow->persons().DeleteLink(is_child.id), ErrorCode::kNotFound, "family_link.not_found");
}

TEST_P(StorageContract, FamilyLinkDuplicateConflictsInEitherDirection) {
  auto a = MakePerson("A"), b = MakePerson("B");
  SavePerson(a);
  SavePerson(b);
  {
    auto uow = Write();
    ASSERT_OK(uow->persons().InsertLink(Link(NextId(), a.id, b.id, "ANAK")));      // B is child of A
    ASSERT_OK(uow->persons().InsertLink(Link(NextId(), a.id, b.id, "PASANGAN")));  // another relation is fine
    ASSERT_OK(uow->Commit());
  }
  auto uow = Write();
  EXPECT_ERROR(uow->persons().InsertLink(Link(NextId(), a.id, b.id, "ANAK")), ErrorCode::kConflict,
               "family_link.exists");
  // Same fact seen from B: A is ORANG_TUA of B.
  EXPECT_ERROR(uow->persons().InsertLink(Link(NextId(), b.id, a.id, "ORANG_TUA")), ErrorCode::kConflict,
               "family_link.exists");
  EXPECT_ERROR(uow->persons().InsertLink(Link(NextId(), b.id, a.id, "PASANGAN")), ErrorCode::kConflict,
               "family_link.exists");
  // But "A is ANAK of B" is a different (contradictory, domain-checked) fact, not a duplicate.
  ASSERT_OK(uow->persons().InsertLink(Link(NextId(), b.id, a.id, "ANAK")));
}

TEST_P(StorageContract, FamilyLinkToUnknownPersonIsNotFound) {
  auto a = MakePerson("A");
  SavePerson(a);
  auto uow = Write();
  EXPECT_ERROR(uow->persons().InsertLink(Link(NextId(), a.id, "01NOBODY", "ANAK")), ErrorCode::kNotFound,
               "person.not_found");
  EXPECT_ERROR(uow->persons().GetLink("01NOLINK"), ErrorCode::kNotFound, "family_link.not_found");
}

}  // namespace
}  // namespace sinergi::contract
