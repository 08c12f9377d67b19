// OutreachService over the in-memory test double: who may record events, the commitment progress an event carries
// (created, moved, cancelled), the committing-agency rule, masked follow-ups, the one-click case and the coverage.
#include "domain/outreach_service.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "domain/case_service_test_fixture.hpp"
#include "domain/coordination_service.hpp"

namespace sinergi::domain {
namespace {

using case_test::CaseServiceFixture;
using core::ErrorCode;

class OutreachServiceTest : public CaseServiceFixture {
 protected:
  void SetUp() override {
    CaseServiceFixture::SetUp();
    ForumData f;
    f.name = "Gugus Tugas TPPO Jawa Tengah";
    f.convening_agency_id = "agency-a";
    f.member_agency_ids = {"agency-a", "agency-b"};
    auto forum = coord_.CreateForum(worker_a_, f);
    SINERGI_CHECK(forum.ok());
    MeetingData m;
    m.title = "Rakor I";
    m.held_on = {2025, 5, 1};
    auto meeting = coord_.CreateMeeting(worker_a_, forum->id, m);
    SINERGI_CHECK(meeting.ok());
    CommitmentData c;
    c.agency_ids = {"agency-a"};
    c.description = "Sosialisasi migrasi aman";
    c.due_on = {2025, 12, 31};
    c.indicator = "sosialisasi di 2 kabupaten";
    c.target = 2;
    auto commitment = coord_.CreateCommitment(worker_a_, meeting->id, c);
    SINERGI_CHECK(commitment.ok());
    commitment_ = *commitment;
    c.agency_ids = {"agency-b"};
    auto other = coord_.CreateCommitment(worker_a_, meeting->id, c);
    SINERGI_CHECK(other.ok());
    other_commitment_ = *other;
  }

  static OutreachEventData Event() {
    OutreachEventData d;
    d.title = "Sosialisasi migrasi aman di Salatiga";
    d.held_on = {2025, 5, 20};
    d.region_code = "33.73.04.1001";  // a village of a known district
    d.topics = {"MIGRASI_AMAN_PROSEDURAL"};
    d.target_groups = {"CALON_PMI", "KELUARGA_PMI"};
    d.channel = "TATAP_MUKA";
    d.participants.counts[0][1] = 20;
    d.participants.counts[1][1] = 25;
    return d;
  }

  std::int64_t Progress(const std::string& id) { return coord_.GetCommitment(system_, id)->data.progress; }

  CoordinationService coord_{db_, clock_, ids_};
  OutreachService outreach_{db_, clock_, ids_, svc_};
  Commitment commitment_;
  Commitment other_commitment_;
};

TEST_F(OutreachServiceTest, TheOrganiserRecordsAndOthersAreRefused) {
  auto made = outreach_.CreateEvent(worker_a_, Event());
  ASSERT_TRUE(made.ok()) << made.error().message();
  EXPECT_EQ(made->data.organiser_agency_id, "agency-a");  // the actor's agency by default
  EXPECT_EQ(outreach_.CreateEvent(viewer_a_, Event()).error().reason(), "forbidden");
  OutreachEventData foreign = Event();
  foreign.organiser_agency_id = "agency-a";
  EXPECT_EQ(outreach_.CreateEvent(worker_b_, foreign).error().reason(), "outreach.not_organiser");
  OutreachEventData edit = made->data;
  edit.notes = "Dihadiri kepala desa";
  EXPECT_EQ(outreach_.UpdateEvent(worker_b_, made->id, edit, 1).error().reason(), "outreach.not_organiser");
  EXPECT_EQ(outreach_.UpdateEvent(worker_a_, made->id, edit, 9).error().code(), ErrorCode::kPreconditionFailed);
  auto updated = outreach_.UpdateEvent(worker_a_, made->id, edit, 1);
  ASSERT_TRUE(updated.ok());
  EXPECT_EQ(updated->version, 2);
  auto same = outreach_.UpdateEvent(worker_a_, made->id, edit, 2);
  ASSERT_TRUE(same.ok());
  EXPECT_EQ(same->version, 2);
  EXPECT_EQ(Audit().back().detail, "no changes");

  OutreachEventData bad = Event();
  bad.region_code = "33.99";
  EXPECT_EQ(outreach_.CreateEvent(worker_a_, bad).error().fields().at(0).field, "region_code");
}

TEST_F(OutreachServiceTest, LinkedEventsCountTowardsTheCommitment) {
  OutreachEventData linked = Event();
  linked.commitment_id = commitment_.id;
  auto first = outreach_.CreateEvent(worker_a_, linked);
  ASSERT_TRUE(first.ok()) << first.error().message();
  EXPECT_EQ(Progress(commitment_.id), 1);
  auto second = outreach_.CreateEvent(worker_a_, linked);
  ASSERT_TRUE(second.ok());
  EXPECT_EQ(Progress(commitment_.id), 2);
  auto c = coord_.GetCommitment(system_, commitment_.id);
  EXPECT_EQ(c->version, 3);
  EXPECT_EQ(c->data.status, CommitmentStatus::kOpen);  // never moved automatically
  auto history = HistoryOf("coordination_commitment", commitment_.id);
  ASSERT_FALSE(history.empty());
  EXPECT_EQ(history.back().reason, "outreach event " + second->id + " counted");

  // Cancelling takes it away; so does moving it to another commitment it may not count towards.
  OutreachEventData cancel = second->data;
  cancel.cancelled = true;
  ASSERT_TRUE(outreach_.UpdateEvent(worker_a_, second->id, cancel, 1).ok());
  EXPECT_EQ(Progress(commitment_.id), 1);
  OutreachEventData move = first->data;
  move.commitment_id = other_commitment_.id;
  auto refused = outreach_.UpdateEvent(worker_a_, first->id, move, 1);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().fields().at(0).code, "agency_not_committing");
  move.partner_agency_ids = {"agency-b"};  // with agency-b as partner it counts
  ASSERT_TRUE(outreach_.UpdateEvent(worker_a_, first->id, move, 1).ok());
  EXPECT_EQ(Progress(commitment_.id), 0);
  EXPECT_EQ(Progress(other_commitment_.id), 1);

  auto listed = outreach_.EventsOfCommitment(viewer_a_, other_commitment_.id);
  ASSERT_TRUE(listed.ok());
  ASSERT_EQ(listed->size(), 1u);
  EXPECT_EQ(listed->front().id, first->id);

  OutreachEventData unknown = Event();
  unknown.commitment_id = "no-such";
  EXPECT_EQ(outreach_.CreateEvent(worker_a_, unknown).error().fields().at(0).code, "unknown_code");
}

TEST_F(OutreachServiceTest, FollowUpsAreMaskedAndBecomeACaseOnce) {
  auto event = outreach_.CreateEvent(worker_a_, Event());
  ASSERT_TRUE(event.ok());
  OutreachFollowUp f;
  f.name = "Ibu Sari";
  f.contact = "0812 0000 1111";
  f.request = "Anak saya dijanjikan kerja di Malaysia tanpa dokumen";
  f.needs_category = "tppo";
  EXPECT_EQ(outreach_.AddFollowUp(worker_b_, event->id, f).error().reason(), "outreach.not_organiser");
  auto added = outreach_.AddFollowUp(worker_a_, event->id, f);
  ASSERT_TRUE(added.ok()) << added.error().message();

  auto outsider = outreach_.GetEvent(worker_b_, event->id);
  ASSERT_TRUE(outsider.ok());
  EXPECT_TRUE(outsider->follow_ups_masked);
  EXPECT_FALSE(outsider->follow_ups.at(0).name.has_value());
  EXPECT_TRUE(outsider->follow_ups.at(0).request.empty());
  auto national = outreach_.GetEvent(national_, event->id);
  EXPECT_EQ(national->follow_ups.at(0).name, "Ibu Sari");
  EXPECT_EQ(Audit().back().action, "read");

  EXPECT_EQ(outreach_.ConvertFollowUp(worker_b_, event->id, added->id).error().reason(), "outreach.follow_ups_hidden");
  EXPECT_EQ(outreach_.ConvertFollowUp(viewer_a_, event->id, added->id).error().reason(), "forbidden");
  auto converted = outreach_.ConvertFollowUp(worker_a_, event->id, added->id);
  ASSERT_TRUE(converted.ok()) << converted.error().message();
  EXPECT_EQ(converted->created.data.intake_channel, "PENJANGKAUAN");
  EXPECT_EQ(converted->created.data.reported_on, (core::Date{2025, 5, 20}));
  EXPECT_EQ(converted->created.data.occurrence_region_code, "33.73.04.1001");
  EXPECT_EQ(converted->created.data.case_types, std::vector<std::string>{"TPPO"});
  EXPECT_EQ(converted->created.owner_agency_id, "agency-a");
  EXPECT_EQ(converted->follow_up.case_id, converted->created.id);
  auto again = outreach_.ConvertFollowUp(worker_a_, event->id, added->id);
  EXPECT_EQ(again.error().reason(), "outreach.already_converted");
  EXPECT_EQ(again.error().code(), ErrorCode::kConflict);
  EXPECT_EQ(outreach_.GetEvent(worker_a_, event->id)->follow_ups.at(0).case_id, converted->created.id);
}

TEST_F(OutreachServiceTest, CoverageFlagsHighDepartureRegenciesWithoutOutreach) {
  db_.MutateForTest([](test_doubles::InMemoryState& s) {
    s.regions["33.72"] = Region{"33.72", 2, "33", "Kota Surakarta"};
    s.regions["33.01"] = Region{"33.01", 2, "33", "Kabupaten Cilacap"};
    s.regions["33.02"] = Region{"33.02", 2, "33", "Kabupaten Banyumas"};
    for (int i = 0; i < 3; ++i) {
      Person p;
      p.id = "p" + std::to_string(i);
      p.data.full_name = "Pekerja " + std::to_string(i);
      p.data.address_region_code = "33.01.02.2001";
      s.persons[p.id] = {p, {}};
      Journey j;
      j.id = "j" + std::to_string(i);
      j.person_id = p.id;
      j.departure_date = core::Date{2025, 1, 10};
      s.journeys[j.id] = j;
    }
  });
  ASSERT_TRUE(outreach_.CreateEvent(worker_a_, Event()).ok());
  EXPECT_EQ(outreach_.Coverage(viewer_a_, "99", std::nullopt, std::nullopt).error().fields().at(0).code,
            "unknown_code");
  auto coverage = outreach_.Coverage(viewer_a_, "33", core::Date{2025, 1, 1}, std::nullopt);
  ASSERT_TRUE(coverage.ok()) << coverage.error().message();
  EXPECT_EQ(coverage->to, (core::Date{2025, 6, 1}));  // today
  ASSERT_EQ(coverage->regencies.size(), 4u);
  const auto row = [&](const std::string& code) {
    return *std::find_if(coverage->regencies.begin(), coverage->regencies.end(),
                         [&](const RegencyCoverage& r) { return r.regency_code == code; });
  };
  EXPECT_EQ(row("33.73").events, 1);
  EXPECT_EQ(row("33.73").participants, 45);
  EXPECT_EQ(row("33.01").departures, 3);
  EXPECT_TRUE(row("33.01").high_departure);
  EXPECT_TRUE(row("33.01").no_outreach_high_departure);
  EXPECT_FALSE(row("33.73").high_departure);
  EXPECT_EQ(coverage->high_departure_threshold, 3);
}

}  // namespace
}  // namespace sinergi::domain
