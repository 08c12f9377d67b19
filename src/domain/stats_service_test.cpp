// StatsService over the in-memory test double: exact figures in the actor's own scope, suppressed ones beyond it
// and for the public, who may ask, and the audited export.
#include "domain/stats_service.hpp"

#include <gtest/gtest.h>

#include "core/clock.hpp"
#include "domain/testing/in_memory_database.hpp"

namespace sinergi::domain {
namespace {

using core::Date;

const core::Timestamp kNow = std::chrono::sys_days{std::chrono::year{2026} / 1 / 15} + std::chrono::hours{9};

Actor MakeActor(const std::string& id, const std::string& agency, const std::string& region, const std::string& scope,
                const std::string& role) {
  Actor a;
  a.id = id;
  a.agency_id = agency;
  a.agency_region = region;
  a.roles = {role};
  a.scope = scope;
  return a;
}

StatsQuery Query(std::vector<StatsDimension> group_by, StatsScope scope = StatsScope::kOwn) {
  StatsQuery q;
  q.group_by = std::move(group_by);
  q.scope = scope;
  return q;
}

const StatsRow* Row(const StatsTable& t, const std::vector<std::string>& keys) {
  for (const StatsRow& row : t.rows) {
    if (row.keys == keys) return &row;
  }
  return nullptr;
}

class StatsServiceTest : public ::testing::Test {
 protected:
  void SetUp() override {
    db_.MutateForTest([](test_doubles::InMemoryState& s) {
      for (const Region& r : std::vector<Region>{{"33", 1, std::nullopt, "Jawa Tengah"},
                                                 {"33.74", 2, "33", "Kota Semarang"},
                                                 {"61", 1, std::nullopt, "Kalimantan Barat"},
                                                 {"61.71", 2, "61", "Kota Pontianak"}}) {
        s.regions[r.code] = r;
      }
      for (const auto& [id, region] :
           std::vector<std::pair<std::string, std::string>>{{"kalbar", "61"}, {"jateng", "33"}}) {
        Agency a;
        a.id = id;
        a.code = id;
        a.region_code = region;
        s.agencies[id] = a;
      }
      int n = 0;
      auto person = [&](const char* sex, Date birth) {
        Person p;
        p.id = "person-" + std::to_string(++n);
        p.data.full_name = p.id;
        p.data.sex = sex;
        p.data.birth_date = birth;
        s.persons[p.id] = {p, {}};
        return p.id;
      };
      auto add_case = [&](Date reported, const std::string& region, const std::string& owner,
                          const std::vector<std::string>& victims) {
        Case c;
        c.id = "case-" + std::to_string(++n);
        c.data.intake_channel = "HOTLINE";
        c.data.reported_on = reported;
        c.data.occurrence_country = "ID";
        c.data.occurrence_region_code = region;
        c.data.case_types = {"TPPO"};
        c.owner_agency_id = owner;
        c.created_by = "someone";
        s.cases[c.id] = c;
        for (const std::string& v : victims) {
          CaseParty party;
          party.id = "party-" + std::to_string(++n);
          party.case_id = c.id;
          party.person_id = v;
          party.role = "KORBAN";
          s.case_parties[party.id] = party;
        }
      };
      // West Kalimantan, 2025: 12 cases, each with a woman; the first also with a girl, the second with a man.
      for (int i = 0; i < 12; ++i) {
        std::vector<std::string> victims{person("PEREMPUAN", Date{1995, 1, 1})};
        if (i == 0) victims.push_back(person("PEREMPUAN", Date{2012, 3, 3}));
        if (i == 1) victims.push_back(person("LAKI_LAKI", Date{1990, 1, 1}));
        add_case(Date{2025, 1 + i, 10}, "61.71", "kalbar", victims);
      }
      add_case(Date{2024, 6, 1}, "61.71", "kalbar", {person("PEREMPUAN", Date{1999, 1, 1})});
      // Central Java, 2025: two cases with a man each.
      add_case(Date{2025, 2, 1}, "33.74", "jateng", {person("LAKI_LAKI", Date{1985, 1, 1})});
      add_case(Date{2025, 3, 1}, "33.74", "jateng", {person("LAKI_LAKI", Date{1986, 1, 1})});
    });
  }

  static StatsQuery KalbarTppo2025() {
    StatsQuery q;
    q.filter.from = Date{2025, 1, 1};
    q.filter.to = Date{2025, 12, 31};
    q.filter.case_type = "TPPO";
    q.filter.region = "61";
    return q;
  }

  test_doubles::InMemoryDatabase db_;
  core::ManualClock clock_{kNow};
  test_doubles::SequentialIdGenerator ids_;
  StatsService svc_{db_, clock_, ids_, StatsOptions{11}};

  const Actor worker_kalbar_ = MakeActor("worker-kalbar", "kalbar", "61", "AGENCY", "CASE_WORKER");
  const Actor analyst_kalbar_ = MakeActor("analyst-kalbar", "kalbar", "61", "AGENCY", "DATA_ANALYST");
  const Actor national_ = MakeActor("national", "jateng", "33", "NATIONAL", "SUPERVISOR");
  const Actor admin_ = MakeActor("admin", "kalbar", "61", "NATIONAL", "SYSTEM_ADMIN");
};

TEST_F(StatsServiceTest, AnswersTheSeedQuestionInOneCall) {
  auto t = svc_.CaseFigures(worker_kalbar_, KalbarTppo2025());
  ASSERT_TRUE(t.ok()) << t.error().message();
  EXPECT_FALSE(t->suppressed);
  EXPECT_EQ(t->scope, "AGENCY");
  EXPECT_EQ(t->totals.cases, 12);
  EXPECT_EQ(t->totals.victims, 14);
  EXPECT_EQ(t->totals.women_and_children, 13);
  EXPECT_TRUE(t->rows.empty());
}

TEST_F(StatsServiceTest, OwnScopeCountsOnlyWhatTheCaseListShowsWithEveryProvinceListed) {
  auto t = svc_.CaseFigures(worker_kalbar_, Query({StatsDimension::kProvince}));
  ASSERT_TRUE(t.ok()) << t.error().message();
  ASSERT_EQ(t->rows.size(), 2u);
  EXPECT_EQ(Row(*t, {"33"})->cases, 0);  // Central Java's cases are not the worker's
  EXPECT_EQ(Row(*t, {"61"})->cases, 13);
  EXPECT_EQ(Row(*t, {"61"})->victims, 15);
  EXPECT_EQ(t->totals.cases, 13);
}

TEST_F(StatsServiceTest, NationalFiguresBeyondTheActorsScopeAreSuppressed) {
  StatsQuery q = Query({StatsDimension::kProvince}, StatsScope::kNational);
  q.filter.from = Date{2025, 1, 1};
  auto t = svc_.CaseFigures(worker_kalbar_, q);
  ASSERT_TRUE(t.ok()) << t.error().message();
  EXPECT_TRUE(t->suppressed);
  EXPECT_EQ(t->threshold, 11);
  EXPECT_EQ(t->scope, "NATIONAL");
  EXPECT_EQ(Row(*t, {"33"})->cases, std::nullopt);  // 2 cases: small
  EXPECT_EQ(Row(*t, {"61"})->cases, std::nullopt);  // its complement: the total would give it away
  EXPECT_EQ(t->suppressed_cells, 4);
  EXPECT_EQ(t->totals.cases, 14);

  // A national-scope user sees every case in their list anyway: exact figures.
  t = svc_.CaseFigures(national_, q);
  ASSERT_TRUE(t.ok());
  EXPECT_FALSE(t->suppressed);
  EXPECT_EQ(t->scope, "NATIONAL");
  EXPECT_EQ(Row(*t, {"33"})->cases, 2);
}

TEST_F(StatsServiceTest, AnalystsReadFiguresAndAdministratorsDoNot) {
  auto t = svc_.CaseFigures(analyst_kalbar_, KalbarTppo2025());
  ASSERT_TRUE(t.ok());
  EXPECT_EQ(t->totals.cases, 12);
  auto refused = svc_.CaseFigures(admin_, KalbarTppo2025());
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code(), core::ErrorCode::kForbidden);
  auto anonymous = svc_.CaseFigures(Actor{}, KalbarTppo2025());
  ASSERT_FALSE(anonymous.ok());
  EXPECT_EQ(anonymous.error().code(), core::ErrorCode::kUnauthenticated);
}

TEST_F(StatsServiceTest, PublicFiguresAreSuppressedAndStopAtProvinces) {
  auto t = svc_.PublicCaseFigures(Query({StatsDimension::kProvince}));
  ASSERT_TRUE(t.ok()) << t.error().message();
  EXPECT_TRUE(t->suppressed);
  EXPECT_EQ(t->scope, "PUBLIC");
  EXPECT_EQ(Row(*t, {"33"})->cases, std::nullopt);
  EXPECT_GT(t->suppressed_cells, 0);
  auto regency = svc_.PublicCaseFigures(Query({StatsDimension::kRegency}));
  ASSERT_FALSE(regency.ok());
  EXPECT_EQ(regency.error().code(), core::ErrorCode::kInvalid);
  ASSERT_FALSE(regency.error().fields().empty());
  EXPECT_EQ(regency.error().fields()[0].field, "group_by");
  // Reading figures is not audited: they name no record.
  EXPECT_TRUE(db_.SnapshotForTest().audit.empty());
}

TEST_F(StatsServiceTest, EveryExportIsAuditedWithItsQuery) {
  auto t = svc_.ExportCaseFigures(worker_kalbar_, Query({StatsDimension::kProvince}), "csv");
  ASSERT_TRUE(t.ok()) << t.error().message();
  EXPECT_EQ(Row(*t, {"61"})->cases, 13);
  const auto audit = db_.SnapshotForTest().audit;
  ASSERT_EQ(audit.size(), 1u);
  EXPECT_EQ(audit[0].action, "export");
  EXPECT_EQ(audit[0].entity_type, "stats_cases");
  EXPECT_EQ(audit[0].actor_id, "worker-kalbar");
  EXPECT_EQ(audit[0].detail, "csv group_by=province scope=own");
  // A refused export leaves no entry.
  ASSERT_FALSE(svc_.ExportCaseFigures(admin_, Query({}), "xlsx").ok());
  EXPECT_EQ(db_.SnapshotForTest().audit.size(), 1u);
}

}  // namespace
}  // namespace sinergi::domain
