#pragma once
// Test fixture shared by case_service_test.cpp, case_service_access_test.cpp and case_service_parties_test.cpp:
// the case service over the in-memory test double, with two agencies in two provinces, reference data, and the
// actors the access rules tell apart. Test-only; included by *_test.cpp files alone.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "core/clock.hpp"
#include "domain/case_service.hpp"
#include "domain/registry_service.hpp"
#include "domain/testing/in_memory_database.hpp"

namespace sinergi::domain::case_test {

inline const core::Timestamp kNow = std::chrono::sys_days{std::chrono::year{2025} / 6 / 1} + std::chrono::hours{10};
inline constexpr core::Date kToday{2025, 6, 1};

inline Actor MakeActor(const std::string& id, const std::string& agency, const std::string& region,
                       const std::string& scope, const std::string& role) {
  Actor a;
  a.id = id;
  a.display_name = "User " + id;
  a.correlation_id = "corr-" + id;
  a.agency_id = agency;
  a.agency_region = region;
  a.scope = scope;
  a.roles = {role};
  a.ip = "192.0.2.10";
  return a;
}

class CaseServiceFixture : public ::testing::Test {
 protected:
  void SetUp() override {
    db_.MutateForTest([](test_doubles::InMemoryState& s) {
      s.countries["ID"] = Country{"ID", "IDN", "Indonesia", "Indonesia"};
      s.countries["MY"] = Country{"MY", "MYS", "Malaysia", "Malaysia"};
      for (const Region& r : std::vector<Region>{{"33", 1, std::nullopt, "Jawa Tengah"},
                                                 {"33.73", 2, "33", "Kota Salatiga"},
                                                 {"33.73.04", 3, "33.73", "Sidorejo"},
                                                 {"51", 1, std::nullopt, "Bali"},
                                                 {"51.71", 2, "51", "Kota Denpasar"}}) {
        s.regions[r.code] = r;
      }
      for (const auto& [id, region] :
           std::vector<std::pair<std::string, std::string>>{{"agency-a", "33"}, {"agency-b", "51"}, {"agency-n", ""}}) {
        Agency a;
        a.id = id;
        a.code = id;
        if (!region.empty()) a.region_code = region;
        s.agencies[a.id] = a;
      }
    });
  }

  // A valid intake: a hotline report of a trafficking case, with a reporter and a summary.
  static CaseData Data() {
    CaseData d;
    d.intake_channel = "HOTLINE";
    d.reported_on = core::Date{2025, 5, 30};
    d.occurred_on = core::Date{2025, 4, 1};
    d.occurrence_country = "MY";
    d.case_types = {"TPPO", "PMI_BERMASALAH"};
    d.violence_acts = {"EKSPLOITASI_SEKSUAL"};
    d.pmi_problems = {"PENAHANAN_DOKUMEN"};
    d.reporter_name = "Ibu Ratna";
    d.reporter_contact = "+6281100001111";
    d.summary = "Dijanjikan kerja di restoran, dipaksa melayani tamu.";
    return d;
  }

  Case CreateCase(const Actor& actor, CaseData data = Data()) {
    auto c = svc_.CreateCase(actor, std::move(data));
    SINERGI_CHECK(c.ok());
    return *c;
  }

  Person CreatePerson(const Actor& actor, const std::string& name,
                      std::optional<core::Date> birth_date = core::Date{1995, 3, 1}) {
    PersonData d;
    d.full_name = name;
    d.birth_date = birth_date;
    auto p = registry_.CreatePerson(actor, d);
    SINERGI_CHECK(p.ok());
    return *p;
  }

  core::Result<CaseParty> Add(const Actor& actor, const Case& c, const Person& p, const std::string& role,
                              std::optional<std::string> relationship = std::nullopt) {
    CaseParty party;
    party.person_id = p.id;
    party.role = role;
    party.relationship_to_victim = std::move(relationship);
    return svc_.AddParty(actor, c.id, party);
  }

  core::Result<Case> Move(const Actor& actor, const Case& c, CaseStatus to,
                          std::optional<std::string> reason = std::nullopt,
                          std::optional<std::string> closure_reason = std::nullopt) {
    CaseTransitionRequest r;
    r.to = to;
    r.reason = std::move(reason);
    r.closure_reason = std::move(closure_reason);
    return svc_.Transition(actor, c.id, r, c.version);
  }

  Case Reload(const Case& c) { return svc_.GetCase(system_, c.id)->case_record; }

  std::vector<ChangeRecord> HistoryOf(const std::string& type, const std::string& id) const {
    std::vector<ChangeRecord> out;
    for (const ChangeRecord& r : db_.SnapshotForTest().history) {
      if (r.entity_type == type && r.entity_id == id) out.push_back(r);
    }
    return out;
  }
  std::vector<AuditEntry> Audit() const { return db_.SnapshotForTest().audit; }

  static std::string FirstField(const core::Error& e) { return e.fields().empty() ? "" : e.fields()[0].field; }
  static std::string FirstCode(const core::Error& e) { return e.fields().empty() ? "" : e.fields()[0].code; }

  test_doubles::InMemoryDatabase db_;
  core::ManualClock clock_{kNow};
  test_doubles::SequentialIdGenerator ids_;
  RegionDirectory regions_{{{"33", 1, std::nullopt, "Jawa Tengah"}, {"51", 1, std::nullopt, "Bali"}}};
  RegistryService registry_{db_, clock_, ids_, regions_};
  CaseService svc_{db_, clock_, ids_};

  const Actor worker_a_ = MakeActor("worker-a", "agency-a", "33", "AGENCY", "CASE_WORKER");
  const Actor supervisor_a_ = MakeActor("supervisor-a", "agency-a", "33", "AGENCY", "SUPERVISOR");
  const Actor viewer_a_ = MakeActor("viewer-a", "agency-a", "33", "AGENCY", "VIEWER");
  const Actor analyst_a_ = MakeActor("analyst-a", "agency-a", "33", "AGENCY", "DATA_ANALYST");
  const Actor worker_b_ = MakeActor("worker-b", "agency-b", "51", "AGENCY", "CASE_WORKER");
  const Actor police_b_ = MakeActor("police-b", "agency-b", "51", "REGION", "POLICE_INVESTIGATOR");
  const Actor national_ = MakeActor("national", "agency-n", "", "NATIONAL", "CASE_WORKER");
  const Actor system_ = MakeActor("system:test", "", "", "", "");
};

}  // namespace sinergi::domain::case_test
