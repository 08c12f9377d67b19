#pragma once
// The fixture of the stats storage tests (stats_contract.cpp), instantiated for every backend (sqlite_contract.cpp)
// and the in-memory test double (in_memory_contract.cpp).
#include <map>
#include <ostream>
#include <string>
#include <utility>
#include <vector>

#include "domain/ports/stats_repository.hpp"
#include "tests/contract/storage_contract.hpp"

namespace sinergi::contract {

using core::Date;
using domain::Case;
using domain::StatsDimension;
using domain::ports::StatsCountQuery;
using domain::ports::StatsGroupCount;

// Cases and victims of one group.
struct Counts {
  std::int64_t cases;
  std::int64_t victims;
  bool operator==(const Counts&) const = default;
};

inline std::ostream& operator<<(std::ostream& os, const Counts& c) {
  return os << "{cases " << c.cases << ", victims " << c.victims << "}";
}

class StatsContract : public CaseContract {
 protected:
  void SetUp() override {
    CaseContract::SetUp();
    auto uow = Write();
    ASSERT_NE(uow, nullptr);
    for (const auto& [id, region] :
         std::vector<std::pair<std::string, std::string>>{{"agency-kalbar", "61"}, {"agency-jateng", "33"}}) {
      domain::Agency a;
      a.id = id;
      a.code = id == "agency-kalbar" ? "KALBAR" : "JATENG";
      a.name = id;
      a.type = "DP3A";
      a.region_code = region;
      a.created_at = a.updated_at = Ms(1'700'000'000'000);
      ASSERT_OK(uow->identity().InsertAgency(a));
    }
    woman_ = AddPerson(*uow, "PEREMPUAN", Date{1990, 5, 1});
    girl_ = AddPerson(*uow, "PEREMPUAN", Date{2010, 6, 15});
    man_ = AddPerson(*uow, "LAKI_LAKI", Date{1980, 1, 1});
    boy_ = AddPerson(*uow, "LAKI_LAKI", Date{2012, 2, 2});
    unknown_ = AddPerson(*uow, std::nullopt, std::nullopt);
    const std::string c1 = AddCase(*uow, Date{2025, 3, 10}, "61.71.01", "ID", {"TPPO"}, "agency-kalbar");
    const std::string c2 = AddCase(*uow, Date{2025, 7, 20}, "61.72", "ID", {"TPPO", "PMI_BERMASALAH"}, "agency-kalbar");
    const std::string c3 = AddCase(*uow, Date{2025, 11, 2}, "33.74", "ID", {"KEKERASAN_ANAK"}, "agency-jateng");
    const std::string c4 = AddCase(*uow, Date{2024, 12, 31}, "61.71", "ID", {"TPPO"}, "agency-kalbar");
    AddCase(*uow, Date{2025, 5, 5}, std::nullopt, "MY", {"TPPO"}, "");  // abroad, no victim recorded yet
    AddParty(*uow, c1, woman_, "KORBAN");
    AddParty(*uow, c1, girl_, "KORBAN");
    AddParty(*uow, c2, man_, "KORBAN");
    AddParty(*uow, c2, woman_, "KORBAN");
    AddParty(*uow, c2, unknown_, "TERDUGA_PELAKU");  // not a victim: never counted
    AddParty(*uow, c3, boy_, "KORBAN");
    AddParty(*uow, c4, unknown_, "KORBAN");
    domain::CaseScreening s;
    s.id = NextId();
    s.case_id = c1;
    s.person_id = woman_;
    s.result.result = "INDIKASI_KUAT";
    s.screened_at = Ms(1'700'000'300'000);
    s.screened_by = "tester";
    ASSERT_OK(uow->cases().InsertScreening(s));
    s.determination = "KORBAN_TPPO";
    s.determination_note = "Ditetapkan.";
    s.determined_at = Ms(1'700'000'400'000);
    s.determined_by = "tester";
    ASSERT_OK(uow->cases().UpdateScreeningDetermination(s));
    ASSERT_OK(uow->Commit());
  }

  std::string AddPerson(UnitOfWork& uow, std::optional<std::string> sex, std::optional<Date> birth) {
    domain::Person p = MakePerson("Person " + std::to_string(id_counter_ + 1));
    p.data.sex = std::move(sex);
    p.data.birth_date = birth;
    EXPECT_TRUE(uow.persons().Insert(p, {}).ok());
    return p.id;
  }

  std::string AddCase(UnitOfWork& uow, Date reported_on, std::optional<std::string> region, std::string country,
                      std::vector<std::string> types, std::string owner) {
    Case c;
    c.id = NextId();
    c.data.intake_channel = "HOTLINE";
    c.data.reported_on = reported_on;
    c.data.occurrence_region_code = std::move(region);
    c.data.occurrence_country = std::move(country);
    c.data.case_types = std::move(types);
    c.owner_agency_id = std::move(owner);
    c.created_at = c.updated_at = Ms(1'700'000'200'000);
    c.created_by = c.updated_by = "tester";
    EXPECT_TRUE(uow.cases().Insert(c).ok());
    return c.id;
  }

  void AddParty(UnitOfWork& uow, const std::string& case_id, const std::string& person_id, const std::string& role) {
    domain::CaseParty p;
    p.id = NextId();
    p.case_id = case_id;
    p.person_id = person_id;
    p.role = role;
    p.added_at = Ms(1'700'000'250'000);
    p.added_by = "tester";
    EXPECT_TRUE(uow.cases().InsertParty(p).ok());
  }

  std::vector<StatsGroupCount> Count(const StatsCountQuery& query) {
    auto uow = Read();
    auto res = uow->stats().CountCases(query);
    EXPECT_TRUE(res.ok()) << (res.ok() ? "" : res.error().message());
    return res.ok() ? *res : std::vector<StatsGroupCount>{};
  }

  // The groups by their keys joined with '|'.
  std::map<std::string, Counts> Grouped(const StatsCountQuery& query) {
    std::map<std::string, Counts> out;
    for (const StatsGroupCount& g : Count(query)) {
      std::string key;
      for (std::size_t i = 0; i < g.keys.size(); ++i) key += (i > 0 ? "|" : "") + g.keys[i];
      EXPECT_FALSE(out.contains(key)) << "group " << key << " twice";
      out[key] = {g.cases, g.victims};
    }
    return out;
  }

  static StatsCountQuery Year2025(std::vector<StatsDimension> group_by) {
    StatsCountQuery q;
    q.group_by = std::move(group_by);
    q.filter.from = Date{2025, 1, 1};
    q.filter.to = Date{2025, 12, 31};
    return q;
  }

  std::string woman_, girl_, man_, boy_, unknown_;
};

}  // namespace sinergi::contract
