// Record-level access to cases (detail/case_access.hpp): a case outside the actor's scope is "not found", lists
// hold only cases in scope and never carry sensitive fields, and a case's sensitive fields (and its screenings)
// are masked for those outside the owning agency's case roles.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "domain/case_service.hpp"
#include "domain/case_service_test_fixture.hpp"

namespace sinergi::domain::case_test {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;
using ::testing::UnorderedElementsAre;

class CaseAccessTest : public CaseServiceFixture {
 protected:
  static std::vector<std::string> Ids(const ports::Page<Case>& page) {
    std::vector<std::string> ids;
    for (const Case& c : page.items) ids.push_back(c.id);
    return ids;
  }
  // Screens a victim of the case so that the view has a screening to show or withhold.
  void AddScreenedVictim(const Case& c) {
    Person victim = CreatePerson(worker_a_, "Siti Aminah");
    ASSERT_TRUE(Add(worker_a_, c, victim, "KORBAN").ok());
    TppoScreeningInput in;
    in.acts = {"PEREKRUTAN"};
    in.means = {"PENIPUAN"};
    in.purposes = {"KERJA_PAKSA"};
    ASSERT_TRUE(svc_.ScreenVictim(worker_a_, c.id, victim.id, in).ok());
  }
};

TEST_F(CaseAccessTest, AnotherAgencysCaseWorkerIsToldTheCaseDoesNotExist) {
  Case c = CreateCase(worker_a_);
  auto read = svc_.GetCase(worker_b_, c.id);
  ASSERT_FALSE(read.ok());
  EXPECT_EQ(read.error().reason(), "case.not_found");
  auto update = svc_.UpdateCase(worker_b_, c.id, c.data, c.version);
  ASSERT_FALSE(update.ok());
  EXPECT_EQ(update.error().reason(), "case.not_found");
  auto move = Move(worker_b_, c, CaseStatus::kIdentification);
  ASSERT_FALSE(move.ok());
  EXPECT_EQ(move.error().reason(), "case.not_found");
  Person p = CreatePerson(worker_b_, "Made Wirawan");
  auto party = Add(worker_b_, c, p, "SAKSI");
  ASSERT_FALSE(party.ok());
  EXPECT_EQ(party.error().reason(), "case.not_found");
  // Exactly the answer for a case that does not exist.
  auto missing = svc_.GetCase(worker_b_, "no-such-case");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().code(), core::ErrorCode::kNotFound);
  EXPECT_EQ(missing.error().message(), read.error().message());
}

TEST_F(CaseAccessTest, RegionScopeSeesCasesThatHappenedInItsRegionMasked) {
  CaseData in_bali = Data();
  in_bali.occurrence_country = "ID";
  in_bali.occurrence_region_code = "51.71";
  Case bali = CreateCase(worker_a_, in_bali);
  Case abroad = CreateCase(worker_a_);

  auto seen = svc_.GetCase(police_b_, bali.id);
  ASSERT_TRUE(seen.ok()) << seen.error().message();
  // Not of the owning agency: the sensitive fields stay masked.
  EXPECT_EQ(seen->case_record.data.summary, "");
  EXPECT_FALSE(seen->case_record.data.reporter_name);
  EXPECT_THAT(seen->case_record.masked_fields, UnorderedElementsAre("summary", "reporter_name", "reporter_contact"));
  EXPECT_EQ(seen->case_record.data.case_types, in_bali.case_types);

  auto hidden = svc_.GetCase(police_b_, abroad.id);
  ASSERT_FALSE(hidden.ok());
  EXPECT_EQ(hidden.error().reason(), "case.not_found");

  auto list = svc_.ListCases(police_b_, {}, {});
  ASSERT_TRUE(list.ok());
  EXPECT_THAT(Ids(*list), ElementsAre(bali.id));
}

TEST_F(CaseAccessTest, AViewerOfTheOwningAgencySeesTheCaseButNotItsSensitiveFieldsOrScreenings) {
  Case c = CreateCase(worker_a_);
  AddScreenedVictim(c);

  auto own = svc_.GetCase(worker_a_, c.id);
  ASSERT_TRUE(own.ok());
  EXPECT_THAT(own->screenings, ::testing::SizeIs(1));
  EXPECT_THAT(own->case_record.masked_fields, IsEmpty());

  auto viewed = svc_.GetCase(viewer_a_, c.id);
  ASSERT_TRUE(viewed.ok());
  EXPECT_EQ(viewed->case_record.data.summary, "");
  EXPECT_FALSE(viewed->case_record.data.reporter_name);
  EXPECT_FALSE(viewed->case_record.data.reporter_contact);
  EXPECT_THAT(viewed->case_record.masked_fields, UnorderedElementsAre("summary", "reporter_name", "reporter_contact"));
  EXPECT_THAT(viewed->screenings, IsEmpty());
  EXPECT_THAT(viewed->parties, ::testing::SizeIs(1));
  // The person is protected (a victim): shown, with the person's own sensitive fields masked.
  ASSERT_TRUE(viewed->parties[0].person);
  EXPECT_FALSE(viewed->parties[0].person->masked_fields.empty());

  // A viewer may not write.
  auto write = svc_.UpdateCase(viewer_a_, c.id, c.data, c.version);
  ASSERT_FALSE(write.ok());
  EXPECT_EQ(write.error().code(), core::ErrorCode::kForbidden);
}

TEST_F(CaseAccessTest, ADataAnalystMayNotReadCases) {
  Case c = CreateCase(worker_a_);
  auto read = svc_.GetCase(analyst_a_, c.id);
  ASSERT_FALSE(read.ok());
  EXPECT_EQ(read.error().code(), core::ErrorCode::kForbidden);
  auto list = svc_.ListCases(analyst_a_, {}, {});
  ASSERT_FALSE(list.ok());
  EXPECT_EQ(list.error().code(), core::ErrorCode::kForbidden);
  auto create = svc_.CreateCase(analyst_a_, Data());
  ASSERT_FALSE(create.ok());
  EXPECT_EQ(create.error().code(), core::ErrorCode::kForbidden);
  Actor nobody;
  auto anonymous = svc_.GetCase(nobody, c.id);
  ASSERT_FALSE(anonymous.ok());
  EXPECT_EQ(anonymous.error().code(), core::ErrorCode::kUnauthenticated);
}

TEST_F(CaseAccessTest, ListsHoldOnlyCasesInScopeAndNeverSensitiveFields) {
  Case a1 = CreateCase(worker_a_);
  Case a2 = CreateCase(supervisor_a_);
  Case b1 = CreateCase(worker_b_);

  auto mine = svc_.ListCases(worker_a_, {}, {});
  ASSERT_TRUE(mine.ok()) << mine.error().message();
  EXPECT_THAT(Ids(*mine), ElementsAre(a1.id, a2.id));
  for (const Case& c : mine->items) {
    EXPECT_EQ(c.data.summary, "");
    EXPECT_FALSE(c.data.reporter_name);
    EXPECT_THAT(c.masked_fields, UnorderedElementsAre("summary", "reporter_name", "reporter_contact"));
  }

  auto all = svc_.ListCases(national_, {}, {});
  ASSERT_TRUE(all.ok());
  EXPECT_THAT(Ids(*all), ElementsAre(a1.id, a2.id, b1.id));
  EXPECT_EQ(all->items[0].data.summary, "");  // even for those who could read it in the case view

  auto theirs = svc_.ListCases(worker_b_, {}, {});
  ASSERT_TRUE(theirs.ok());
  EXPECT_THAT(Ids(*theirs), ElementsAre(b1.id));

  ports::CaseFilter by_agency;
  by_agency.owner_agency_id = "agency-b";
  auto none = svc_.ListCases(worker_a_, by_agency, {});
  ASSERT_TRUE(none.ok());
  EXPECT_THAT(none->items, IsEmpty());
}

TEST_F(CaseAccessTest, AnUpdateByAnActorWhoSawTheCaseMaskedKeepsTheHiddenFields) {
  CaseData in_bali = Data();
  in_bali.occurrence_country = "ID";
  in_bali.occurrence_region_code = "51.71";
  Case c = CreateCase(worker_a_, in_bali);
  Case masked = svc_.GetCase(police_b_, c.id)->case_record;
  masked.data.urgency = "TINGGI";
  auto u = svc_.UpdateCase(police_b_, c.id, masked.data, masked.version);
  ASSERT_TRUE(u.ok()) << u.error().message();
  EXPECT_EQ(u->data.summary, "");  // the answer is masked like a read
  Case stored = Reload(c);
  EXPECT_EQ(stored.data.urgency, "TINGGI");
  EXPECT_EQ(stored.data.summary, in_bali.summary);
  EXPECT_EQ(stored.data.reporter_name, in_bali.reporter_name);
  EXPECT_EQ(stored.data.reporter_contact, in_bali.reporter_contact);
}

TEST_F(CaseAccessTest, ScreeningsNeedTheSensitiveFieldsOfTheCase) {
  CaseData in_bali = Data();
  in_bali.occurrence_country = "ID";
  in_bali.occurrence_region_code = "51.71";
  Case c = CreateCase(worker_a_, in_bali);
  Person victim = CreatePerson(worker_a_, "Siti Aminah");
  ASSERT_TRUE(Add(worker_a_, c, victim, "KORBAN").ok());
  TppoScreeningInput in;
  in.acts = {"PEREKRUTAN"};
  in.purposes = {"KERJA_PAKSA"};
  auto screened = svc_.ScreenVictim(police_b_, c.id, victim.id, in);
  ASSERT_FALSE(screened.ok());
  EXPECT_EQ(screened.error().code(), core::ErrorCode::kForbidden);
}

}  // namespace
}  // namespace sinergi::domain::case_test
