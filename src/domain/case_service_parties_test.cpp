// CaseService parties and TPPO screenings: victims counted apart, a victim's identity protected, the screening's
// age taken from the registry, and the officer's determination.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "domain/case_service.hpp"
#include "domain/case_service_test_fixture.hpp"

namespace sinergi::domain::case_test {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;
using ::testing::SizeIs;

class CasePartiesTest : public CaseServiceFixture {
 protected:
  static TppoScreeningInput ChildInput() {
    TppoScreeningInput in;
    in.acts = {"PEREKRUTAN"};
    in.purposes = {"PEMANFAATAN_SEKSUAL"};
    return in;
  }
};

TEST_F(CasePartiesTest, VictimsAreCountedApartFromTheCase) {
  Case c = CreateCase(worker_a_);
  for (const char* name : {"Siti", "Dewi", "Rina"}) {
    ASSERT_TRUE(Add(worker_a_, c, CreatePerson(worker_a_, name), "KORBAN").ok());
  }
  auto perpetrator = Add(worker_a_, c, CreatePerson(worker_a_, "Pak Joko"), "TERDUGA_PELAKU", "majikan");
  ASSERT_TRUE(perpetrator.ok()) << perpetrator.error().message();
  EXPECT_EQ(perpetrator->relationship_to_victim, "MAJIKAN");

  auto detail = svc_.GetCase(worker_a_, c.id);
  ASSERT_TRUE(detail.ok());
  EXPECT_EQ(detail->case_record.victim_count, 3);
  EXPECT_THAT(detail->parties, SizeIs(4));
  auto list = svc_.ListCases(worker_a_, {}, {});
  ASSERT_TRUE(list.ok());
  ASSERT_THAT(list->items, SizeIs(1));  // one case, three victims
  EXPECT_EQ(list->items[0].victim_count, 3);
}

TEST_F(CasePartiesTest, AddingAVictimProtectsThePersonWithItsOwnHistory) {
  Case c = CreateCase(worker_a_);
  Person p = CreatePerson(worker_a_, "Siti Aminah");
  ASSERT_FALSE(p.data.protected_identity);
  auto party = Add(worker_a_, c, p, "korban");
  ASSERT_TRUE(party.ok()) << party.error().message();
  EXPECT_EQ(party->role, "KORBAN");
  EXPECT_EQ(party->case_id, c.id);
  EXPECT_EQ(party->added_by, "worker-a");

  Person after = *registry_.GetPerson(worker_a_, p.id);
  EXPECT_TRUE(after.data.protected_identity);
  EXPECT_EQ(after.version, p.version + 1);
  std::vector<ChangeRecord> person_history = HistoryOf("person", p.id);
  ASSERT_THAT(person_history, SizeIs(2));
  EXPECT_EQ(person_history[1].action, "update");
  EXPECT_THAT(person_history[1].changes, ElementsAre(FieldChange{"protected_identity", "false", "true"}));
  EXPECT_EQ(person_history[1].reason, "case " + c.id);
  std::vector<ChangeRecord> case_history = HistoryOf("case", c.id);
  ASSERT_THAT(case_history, SizeIs(2));
  EXPECT_EQ(case_history[1].action, "link");
  EXPECT_EQ(case_history[1].changes.at(0).field, "parties");

  // A second role for the same person (the victim also reported it) does not write the person again.
  ASSERT_TRUE(Add(worker_a_, c, after, "PELAPOR").ok());
  EXPECT_EQ(registry_.GetPerson(worker_a_, p.id)->version, after.version);
}

TEST_F(CasePartiesTest, PartiesAreValidated) {
  Case c = CreateCase(worker_a_);
  Person p = CreatePerson(worker_a_, "Siti Aminah");

  auto victim_relation = Add(worker_a_, c, p, "KORBAN", "ORANG_TUA");
  ASSERT_FALSE(victim_relation.ok());
  EXPECT_EQ(FirstField(victim_relation.error()), "relationship_to_victim");
  EXPECT_EQ(FirstCode(victim_relation.error()), "not_allowed");

  auto unknown_relation = Add(worker_a_, c, p, "PEREKRUT", "SEPUPU");
  ASSERT_FALSE(unknown_relation.ok());
  EXPECT_EQ(FirstCode(unknown_relation.error()), "unknown_code");

  auto unknown_role = Add(worker_a_, c, p, "PENONTON");
  ASSERT_FALSE(unknown_role.ok());
  EXPECT_EQ(FirstField(unknown_role.error()), "role");

  CaseParty noted;
  noted.person_id = p.id;
  noted.role = "SAKSI";
  noted.note = std::string(2001, 'n');
  auto long_note = svc_.AddParty(worker_a_, c.id, noted);
  ASSERT_FALSE(long_note.ok());
  EXPECT_EQ(FirstField(long_note.error()), "note");
  EXPECT_EQ(FirstCode(long_note.error()), "too_long");

  // A person the actor may not see is answered like a missing one.
  Person elsewhere = CreatePerson(worker_b_, "Made Wirawan");
  auto hidden = Add(worker_a_, c, elsewhere, "SAKSI");
  ASSERT_FALSE(hidden.ok());
  EXPECT_EQ(hidden.error().reason(), "person.not_found");
  EXPECT_EQ(FirstField(hidden.error()), "person_id");

  ASSERT_TRUE(Add(worker_a_, c, p, "SAKSI").ok());
  auto twice = Add(worker_a_, c, p, "SAKSI");
  ASSERT_FALSE(twice.ok());
  EXPECT_EQ(twice.error().reason(), "case_party.exists");
}

TEST_F(CasePartiesTest, ThePersonOfAPartyOutsideTheReadersScopeIsNotShown) {
  Case c = CreateCase(worker_a_);
  Person local = CreatePerson(worker_a_, "Siti Aminah");
  Person elsewhere = CreatePerson(worker_b_, "Made Wirawan");
  ASSERT_TRUE(Add(worker_a_, c, local, "KORBAN").ok());
  // A national case worker may link a person of another agency.
  ASSERT_TRUE(Add(national_, c, elsewhere, "TERDUGA_PELAKU").ok());

  auto detail = svc_.GetCase(worker_a_, c.id);
  ASSERT_TRUE(detail.ok());
  ASSERT_THAT(detail->parties, SizeIs(2));
  ASSERT_TRUE(detail->parties[0].person);
  EXPECT_EQ(detail->parties[0].person->id, local.id);
  EXPECT_EQ(detail->parties[1].party.person_id, elsewhere.id);  // someone holds the role...
  EXPECT_FALSE(detail->parties[1].person);                      // ...but who is not shown
  EXPECT_THAT(Audit().back().record_ids, ElementsAre(local.id));
}

TEST_F(CasePartiesTest, RemovingAPartyKeepsScreenedVictims) {
  Case c = CreateCase(worker_a_);
  Person victim = CreatePerson(worker_a_, "Siti Aminah");
  auto victim_party = Add(worker_a_, c, victim, "KORBAN");
  auto witness_party = Add(worker_a_, c, CreatePerson(worker_a_, "Ani"), "SAKSI");
  ASSERT_TRUE(victim_party.ok() && witness_party.ok());
  ASSERT_TRUE(svc_.ScreenVictim(worker_a_, c.id, victim.id, ChildInput()).ok());

  auto screened = svc_.RemoveParty(worker_a_, c.id, victim_party->id);
  ASSERT_FALSE(screened.ok());
  EXPECT_EQ(screened.error().reason(), "case_party.screened");
  auto missing = svc_.RemoveParty(worker_a_, c.id, "no-such-party");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().reason(), "case_party.not_found");

  ASSERT_TRUE(svc_.RemoveParty(worker_a_, c.id, witness_party->id).ok());
  EXPECT_THAT(svc_.GetCase(worker_a_, c.id)->parties, SizeIs(1));
  EXPECT_EQ(HistoryOf("case", c.id).back().action, "unlink");
}

TEST_F(CasePartiesTest, ScreeningTakesTheVictimsAgeFromTheRegistry) {
  Case c = CreateCase(worker_a_);  // reported on 2025-05-30
  Person child = CreatePerson(worker_a_, "Putri", core::Date{2010, 5, 31});
  ASSERT_TRUE(Add(worker_a_, c, child, "KORBAN").ok());

  auto s = svc_.ScreenVictim(worker_a_, c.id, child.id, ChildInput());
  ASSERT_TRUE(s.ok()) << s.error().message();
  EXPECT_EQ(s->input.victim_age, 14);  // her 15th birthday was the day after the report
  EXPECT_EQ(s->result.result, "PRESUMED_TPPO_CHILD");
  EXPECT_EQ(s->person_id, child.id);
  EXPECT_EQ(s->screened_by, "worker-a");
  EXPECT_FALSE(s->determination);

  // An age given by the officer wins over the registry.
  TppoScreeningInput adult = ChildInput();
  adult.victim_age = 30;
  auto given = svc_.ScreenVictim(worker_a_, c.id, child.id, adult);
  ASSERT_TRUE(given.ok());
  EXPECT_EQ(given->result.result, "EXPLOITATION_WITHOUT_MEANS");

  auto detail = svc_.GetCase(worker_a_, c.id);
  ASSERT_TRUE(detail.ok());
  ASSERT_THAT(detail->screenings, SizeIs(2));
  EXPECT_EQ(detail->screenings[0].id, s->id);  // newest last
  EXPECT_EQ(HistoryOf("case", c.id).back().changes.at(0).field, "screenings");

  // Without a birth date the age stays unknown (treated as an adult by the rule).
  Person unknown_age = CreatePerson(worker_a_, "Dewi", std::nullopt);
  ASSERT_TRUE(Add(worker_a_, c, unknown_age, "KORBAN").ok());
  auto unknown = svc_.ScreenVictim(worker_a_, c.id, unknown_age.id, ChildInput());
  ASSERT_TRUE(unknown.ok());
  EXPECT_FALSE(unknown->input.victim_age);
}

TEST_F(CasePartiesTest, OnlyVictimsOfTheCaseAreScreened) {
  Case c = CreateCase(worker_a_);
  Person perpetrator = CreatePerson(worker_a_, "Pak Joko");
  ASSERT_TRUE(Add(worker_a_, c, perpetrator, "TERDUGA_PELAKU").ok());
  auto s = svc_.ScreenVictim(worker_a_, c.id, perpetrator.id, ChildInput());
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().reason(), "validation_failed");
  EXPECT_EQ(FirstField(s.error()), "person_id");
  EXPECT_EQ(FirstCode(s.error()), "not_a_victim");

  Person victim = CreatePerson(worker_a_, "Siti Aminah");
  ASSERT_TRUE(Add(worker_a_, c, victim, "KORBAN").ok());
  TppoScreeningInput bad = ChildInput();
  bad.acts = {"MENCULIK"};
  auto unknown = svc_.ScreenVictim(worker_a_, c.id, victim.id, bad);
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(unknown.error().reason(), kUnknownCodeReason);  // ScreenTppo's error, unchanged
  EXPECT_EQ(FirstField(unknown.error()), "acts[0]");
}

TEST_F(CasePartiesTest, TheOfficerRecordsTheDetermination) {
  Case c = CreateCase(worker_a_);
  Person victim = CreatePerson(worker_a_, "Siti Aminah");
  ASSERT_TRUE(Add(worker_a_, c, victim, "KORBAN").ok());
  CaseScreening s = *svc_.ScreenVictim(worker_a_, c.id, victim.id, ChildInput());

  auto unknown = svc_.Determine(supervisor_a_, c.id, s.id, "MUNGKIN", "catatan");
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(FirstField(unknown.error()), "determination");
  auto no_note = svc_.Determine(supervisor_a_, c.id, s.id, "KORBAN_TPPO", "  ");
  ASSERT_FALSE(no_note.ok());
  EXPECT_EQ(FirstField(no_note.error()), "note");
  EXPECT_EQ(FirstCode(no_note.error()), "required");

  clock_.Set(kNow + std::chrono::hours{2});
  auto d = svc_.Determine(supervisor_a_, c.id, s.id, "korban_tppo", "Keterangan korban dan dokumen cocok.");
  ASSERT_TRUE(d.ok()) << d.error().message();
  EXPECT_EQ(d->determination, "KORBAN_TPPO");
  EXPECT_EQ(d->determination_note, "Keterangan korban dan dokumen cocok.");
  EXPECT_EQ(d->determined_by, "supervisor-a");
  EXPECT_EQ(d->determined_at, kNow + std::chrono::hours{2});
  EXPECT_EQ(d->result.result, s.result.result);  // the rule's result at the time stays as it was
  EXPECT_EQ(svc_.GetCase(worker_a_, c.id)->screenings.at(0).determination, "KORBAN_TPPO");
  const ChangeRecord last = HistoryOf("case", c.id).back();
  EXPECT_EQ(last.changes.at(0).field, "screenings." + s.id + ".determination");

  // A screening addressed through another case is not found there.
  Case other = CreateCase(worker_a_);
  auto wrong_case = svc_.Determine(supervisor_a_, other.id, s.id, "KORBAN_TPPO", "catatan");
  ASSERT_FALSE(wrong_case.ok());
  EXPECT_EQ(wrong_case.error().reason(), "case_screening.not_found");
}

}  // namespace
}  // namespace sinergi::domain::case_test
