// The demo `serve --demo` loads (app/demo_data.hpp), on a fresh SQLite database file with the real reference data:
// it must load completely, own every case by the agency that handles it, count victims apart from cases, and give
// the demo case worker something on the task list; a second load is refused without touching anything.
#include "app/demo_data.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <set>

#include "app/data_keys.hpp"
#include "app/demo_identity.hpp"
#include "app/runtime.hpp"
#include "core/key_ring.hpp"
#include "domain/task.hpp"

namespace sinergi::app {
namespace {

namespace fs = std::filesystem;
using ::testing::Contains;
using ::testing::Each;
using ::testing::IsEmpty;
using ::testing::Not;

const domain::Actor kSystem{"system:test", "Test", "test", "", {}, "", "", "", ""};

class DemoDataTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("sinergi_demo_" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    // Notes, outcomes and messages are sealed at rest: as for serve, a data key is required.
    auto key = core::KeyRing::NewKeyLine("");
    ASSERT_TRUE(key.ok());
    const std::string key_file = (dir_ / "data.key").string();
    ASSERT_TRUE(WriteNewKeyFile(key_file, *key).ok());
    cli::CommonFlags common;
    common.data_key_file = key_file;
    common.db = "sqlite:" + (dir_ / "demo.db").string();
    common.reference_dir = std::string(SINERGI_SOURCE_DIR) + "/reference/node_modules";
    common.log_level = "warn";
    auto booted = Boot(common, nullptr);
    ASSERT_TRUE(booted.ok()) << booted.error().message();
    rt_ = std::move(*booted);
  }
  void TearDown() override {
    rt_.reset();
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }

  // The signed-in user `username` as the HTTP layer would make it.
  domain::Actor ActorOf(const std::string& username) {
    auto uow = rt_->db->Begin(domain::ports::TxMode::kRead);
    EXPECT_TRUE(uow.ok());
    auto user = (*uow)->identity().GetUserByUsername(username);
    EXPECT_TRUE(user.ok()) << username;
    auto agency = (*uow)->identity().GetAgency(user->agency_id);
    EXPECT_TRUE(agency.ok());
    return domain::Actor{user->id,        user->display_name, "test",
                         user->agency_id, user->roles,        "127.0.0.1",
                         "session",       user->scope,        agency->region_code.value_or("")};
  }

  fs::path dir_;
  std::unique_ptr<Runtime> rt_;
};

TEST_F(DemoDataTest, LoadsCasesOwnedByTheirAgenciesWithTasksForTheDemoCaseWorker) {
  auto accounts = LoadDemoIdentity(*rt_->identity, *rt_->db);
  ASSERT_TRUE(accounts.ok()) << accounts.error().message();
  EXPECT_TRUE(*accounts);
  auto demo = LoadDemo(*rt_);
  ASSERT_TRUE(demo.ok()) << demo.error().message();
  EXPECT_EQ(demo->cases, 5);
  EXPECT_EQ(demo->victims, 7);  // counted apart from cases: 3 + 1 + 1 + 0 + 2

  auto agencies = EnsureDemoAgencies(*rt_->identity, *rt_->db);  // all exist now: nothing new is created
  ASSERT_TRUE(agencies.ok());
  std::set<std::string> agency_ids;
  for (const auto& [code, agency] : agencies->by_code) agency_ids.insert(agency.id);
  auto cases = rt_->cases->ListCases(kSystem, {}, {100, std::nullopt});
  ASSERT_TRUE(cases.ok()) << cases.error().message();
  ASSERT_EQ(cases->items.size(), 5u);
  std::set<std::string> owners;
  for (const domain::Case& c : cases->items) {
    EXPECT_TRUE(agency_ids.contains(c.owner_agency_id)) << c.id << " owned by '" << c.owner_agency_id << "'";
    owners.insert(c.owner_agency_id);
  }
  EXPECT_GE(owners.size(), 4u);  // several agencies in several provinces and abroad

  // The demo case worker of BP3MI Jawa Tengah sees the 24-hour police timer of the two Brebes victims.
  auto tasks = rt_->tasks->ListTasks(ActorOf("petugas"));
  ASSERT_TRUE(tasks.ok()) << tasks.error().message();
  std::vector<std::string> kinds;
  for (const domain::Task& t : *tasks) kinds.emplace_back(domain::ToString(t.kind));
  EXPECT_EQ(std::count(kinds.begin(), kinds.end(), "POLICE_REPORT_24H"), 2);
  // ...and the reintegration commitment of the Central Java forum, due within a week (app/demo_coordination.cpp).
  EXPECT_EQ(std::count(kinds.begin(), kinds.end(), "COMMITMENT_DUE"), 1);

  // The coordination forums: Bali, Central Sulawesi, West Kalimantan (the seed regions), Central Java (the demo
  // user's) and a national one convened by the ministry, whose records show every kind of outcome.
  EXPECT_EQ(demo->forums, 5);
  EXPECT_EQ(demo->commitments, 14);
  auto forums = rt_->coordination->ListForums(kSystem, std::nullopt);
  ASSERT_TRUE(forums.ok()) << forums.error().message();
  ASSERT_EQ(forums->size(), 5u);
  domain::CommitmentCounts total;
  for (const domain::Forum& f : *forums) {
    auto record = rt_->coordination->GetForumRecord(kSystem, f.id);
    ASSERT_TRUE(record.ok()) << record.error().message();
    total.made += record->total.made;
    total.done_on_time += record->total.done_on_time;
    total.done_late += record->total.done_late;
    total.overdue += record->total.overdue;
    total.open += record->total.open;
    total.dropped += record->total.dropped;
  }
  EXPECT_EQ(total, (domain::CommitmentCounts{14, 2, 2, 3, 5, 2}));
  std::set<std::string> regions;  // the forums of Bali (51), Central Sulawesi (72), West Kalimantan (61), ...
  for (const domain::Forum& f : *forums) regions.insert(f.data.region_code.value_or("national"));
  EXPECT_EQ(regions, (std::set<std::string>{"33", "51", "61", "72", "national"}));
  // The national forum is convened by the ministry, an agency without a region.
  const domain::Agency& pusat = agencies->by_code.find("KP2MI-PUSAT")->second;
  EXPECT_FALSE(pusat.region_code.has_value());
  const auto national = std::find_if(forums->begin(), forums->end(),
                                     [](const domain::Forum& f) { return !f.data.region_code.has_value(); });
  ASSERT_NE(national, forums->end());
  EXPECT_EQ(national->data.convening_agency_id, pusat.id);

  // The outreach events (app/demo_outreach.cpp): the two in West Kalimantan count towards the task force's
  // socialisation commitment, on top of the 2 reported by hand; one carries a request for help.
  EXPECT_EQ(demo->outreach_events, 4);
  auto events = rt_->outreach->ListEvents(kSystem, {}, {100, std::nullopt});
  ASSERT_TRUE(events.ok()) << events.error().message();
  ASSERT_EQ(events->items.size(), 4u);
  std::vector<std::string> linked;
  for (const domain::OutreachEvent& e : events->items) {
    if (e.data.commitment_id) linked.push_back(*e.data.commitment_id);
  }
  ASSERT_EQ(linked.size(), 2u);
  EXPECT_EQ(linked[0], linked[1]);
  auto sosialisasi = rt_->coordination->GetCommitment(kSystem, linked[0]);
  ASSERT_TRUE(sosialisasi.ok());
  EXPECT_EQ(sosialisasi->data.target, 5);
  EXPECT_EQ(sosialisasi->data.progress, 4);
  auto kalbar = rt_->outreach->Coverage(kSystem, "61", std::nullopt, std::nullopt);
  ASSERT_TRUE(kalbar.ok()) << kalbar.error().message();
  std::int64_t kalbar_events = 0;
  for (const domain::RegencyCoverage& r : kalbar->regencies) kalbar_events += r.events;
  EXPECT_EQ(kalbar_events, 2);

  // The training programmes (app/demo_training.cpp): the OPP and a certified course of the demo user's agency; the
  // course's completion verified the competence certificate on Ayu's journey to Japan.
  EXPECT_EQ(demo->training_programmes, 2);
  auto programmes = rt_->training->ListProgrammes(kSystem, {});
  ASSERT_TRUE(programmes.ok()) << programmes.error().message();
  ASSERT_EQ(programmes->size(), 2u);
  std::set<std::string> kinds_offered;
  for (const domain::Programme& p : *programmes) {
    kinds_offered.insert(p.data.kind);
    EXPECT_EQ(p.data.provider_agency_id, agencies->by_code.find("BP3MI-JATENG")->second.id);
  }
  EXPECT_EQ(kinds_offered, (std::set<std::string>{"OPP", "PELATIHAN_VOKASI"}));
  domain::ports::JourneyFilter training_filter;
  training_filter.status = domain::JourneyStatus::kInTraining;
  auto in_training = rt_->journeys->ListJourneys(kSystem, training_filter, {10, std::nullopt});
  ASSERT_TRUE(in_training.ok());
  ASSERT_EQ(in_training->items.size(), 1u);
  const auto& documents = in_training->items[0].data.documents;
  const auto certificate = std::find_if(documents.begin(), documents.end(), [](const domain::JourneyDocument& d) {
    return d.code == "SERTIFIKAT_KOMPETENSI";
  });
  ASSERT_NE(certificate, documents.end());
  EXPECT_EQ(certificate->status, "verified");
  EXPECT_EQ(certificate->number, "KMP/BLK-CLP/HK/0117");
  auto trainings = rt_->training->PersonTrainings(ActorOf("petugas"), in_training->items[0].person_id);
  ASSERT_TRUE(trainings.ok()) << trainings.error().message();
  EXPECT_EQ(trainings->size(), 2u);  // the course (completed) and the OPP (enrolled)

  // The referrals: one accepted by the UPTD PPA of West Kalimantan, one waiting at BP3MI NTB.
  auto referrals = rt_->referrals->List(kSystem, {}, {100, std::nullopt});
  ASSERT_TRUE(referrals.ok()) << referrals.error().message();
  std::vector<domain::ReferralStatus> statuses;
  for (const domain::Referral& r : referrals->items) statuses.push_back(r.status);
  EXPECT_THAT(statuses,
              ::testing::UnorderedElementsAre(domain::ReferralStatus::kAccepted, domain::ReferralStatus::kPending));

  // Loaded once: a second load is refused and creates nothing.
  auto again = LoadDemo(*rt_);
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().reason(), "demo.not_empty");
  auto after = rt_->cases->ListCases(kSystem, {}, {100, std::nullopt});
  ASSERT_TRUE(after.ok());
  EXPECT_EQ(after->items.size(), 5u);
}

}  // namespace
}  // namespace sinergi::app
