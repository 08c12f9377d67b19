// ReferralService over the in-memory test double: the consent rule and its supervisor override, the answers and
// their states, the access an accepted referral grants (and declining, revoking, forwarding end), the overdue
// escalation and the response times.
#include "domain/referral_service.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "domain/case_service_test_fixture.hpp"
#include "domain/case_work_service.hpp"

namespace sinergi::domain {
namespace {

using case_test::CaseServiceFixture;
using case_test::kNow;
using case_test::MakeActor;
using core::ErrorCode;

class ReferralServiceTest : public CaseServiceFixture {
 protected:
  void SetUp() override {
    CaseServiceFixture::SetUp();
    db_.MutateForTest([](test_doubles::InMemoryState& s) {
      s.agencies["agency-a"].type = "BP3MI";
      s.agencies["agency-b"].type = "UPTD_PPA";
      s.agencies["agency-n"].type = "DINAS_SOSIAL";
    });
    case_ = CreateCase(worker_a_);
    victim_ = CreatePerson(worker_a_, "Korban Rujukan");
    other_victim_ = CreatePerson(worker_a_, "Korban Lain");
    perpetrator_ = CreatePerson(worker_a_, "Pelaku Rujukan");
    SINERGI_CHECK(Add(worker_a_, case_, victim_, "KORBAN").ok());
    SINERGI_CHECK(Add(worker_a_, case_, other_victim_, "KORBAN").ok());
    SINERGI_CHECK(Add(worker_a_, case_, perpetrator_, "TERDUGA_PELAKU", "MAJIKAN").ok());
  }

  void GiveConsent(const Person& p, std::vector<std::string> recipient_types, bool withdrawn = false) {
    db_.MutateForTest([&](test_doubles::InMemoryState& s) {
      Consent c;
      c.id = "consent-" + p.id + "-" + std::to_string(s.consents.size());
      c.person_id = p.id;
      c.data.purpose = "RUJUKAN_LAYANAN";
      c.data.recipient_types = recipient_types;
      c.data.lawful_basis = "PERSETUJUAN";
      c.data.given_by = "SUBJEK";
      c.recorded_at = kNow;
      if (withdrawn) c.withdrawn_at = kNow;
      s.consents[c.id] = c;
    });
  }

  ReferralInput Input(const std::string& to = "agency-b") const {
    ReferralInput in;
    in.to_agency_id = to;
    in.person_ids = {victim_.id};
    in.services = {"psikososial", "PENAMPUNGAN"};
    in.message = "  Korban butuh rumah aman dan pendampingan psikologis.  ";
    return in;
  }

  Referral Send(const Actor& actor = MakeActor("worker-a", "agency-a", "33", "AGENCY", "CASE_WORKER")) {
    auto r = referrals_.Create(actor, case_.id, Input());
    SINERGI_CHECK(r.ok());
    return *r;
  }

  std::vector<Notification> NotificationsOf(const std::string& agency, const std::string& kind) const {
    std::vector<Notification> out;
    for (const auto& [id, n] : db_.SnapshotForTest().notifications) {
      if (n.agency_id == agency && n.kind == kind) out.push_back(n);
    }
    return out;
  }

  ReferralService referrals_{db_, clock_, ids_, ReferralOptions{72}};
  Case case_;
  Person victim_;
  Person other_victim_;
  Person perpetrator_;
  const Actor supervisor_b_ = MakeActor("supervisor-b", "agency-b", "51", "AGENCY", "SUPERVISOR");
  const Actor viewer_b_ = MakeActor("viewer-b", "agency-b", "51", "AGENCY", "VIEWER");
  const Actor worker_n_ = MakeActor("worker-n", "agency-n", "", "AGENCY", "CASE_WORKER");
};

TEST_F(ReferralServiceTest, RefusesWithoutAConsentForTheReceiversAgencyType) {
  GiveConsent(victim_, {"POLRI"});           // another recipient type
  GiveConsent(victim_, {"UPTD_PPA"}, true);  // withdrawn
  auto refused = referrals_.Create(worker_a_, case_.id, Input());
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().reason(), "validation_failed");
  EXPECT_EQ(FirstField(refused.error()), "person_ids[0]");
  EXPECT_EQ(FirstCode(refused.error()), "consent_missing");

  GiveConsent(victim_, {"BP3MI", "UPTD_PPA"});
  auto sent = referrals_.Create(worker_a_, case_.id, Input());
  ASSERT_TRUE(sent.ok()) << sent.error().message();
  EXPECT_EQ(sent->status, ReferralStatus::kPending);
  EXPECT_EQ(sent->from_agency_id, "agency-a");
  EXPECT_EQ(sent->data.services, (std::vector<std::string>{"PSIKOSOSIAL", "PENAMPUNGAN"}));
  EXPECT_EQ(sent->data.message, "Korban butuh rumah aman dan pendampingan psikologis.");
  ASSERT_EQ(sent->consent_ids.size(), 1U);
  EXPECT_FALSE(sent->data.consent_override_reason.has_value());

  auto received = NotificationsOf("agency-b", "REFERRAL_RECEIVED");
  ASSERT_EQ(received.size(), 2U);  // case workers and supervisors
  EXPECT_EQ(received[0].referral_id, sent->id);
  EXPECT_EQ(received[0].case_id, case_.id);
  EXPECT_EQ(received[0].message.find("Korban"), std::string::npos);  // no personal data in the message
}

TEST_F(ReferralServiceTest, ValidatesTheInput) {
  ReferralInput in = Input("agency-a");
  in.person_ids = {perpetrator_.id, perpetrator_.id};
  in.services = {"NOPE"};
  in.message = " ";
  auto refused = referrals_.Create(worker_a_, case_.id, in);
  ASSERT_FALSE(refused.ok());
  std::vector<std::string> fields;
  for (const auto& f : refused.error().fields()) fields.push_back(f.field + ":" + f.code);
  for (const char* expected : {"person_ids[1]:duplicate", "services[0]:unknown_code", "message:required",
                               "to_agency_id:same_agency", "person_ids[0]:not_a_victim"}) {
    EXPECT_NE(std::find(fields.begin(), fields.end(), expected), fields.end()) << expected;
  }
  EXPECT_EQ(referrals_.Create(worker_b_, case_.id, Input("agency-n")).error().reason(), "case.not_found");
  EXPECT_EQ(referrals_.Create(viewer_a_, case_.id, Input()).error().code(), ErrorCode::kForbidden);
}

TEST_F(ReferralServiceTest, OnlyASupervisorMayOverrideTheMissingConsent) {
  ReferralInput in = Input();
  in.consent_override_reason = "Nyawa korban terancam; persetujuan tidak dapat diminta.";
  EXPECT_EQ(referrals_.Create(worker_a_, case_.id, in).error().reason(), "referral.override_not_allowed");
  auto sent = referrals_.Create(supervisor_a_, case_.id, in);
  ASSERT_TRUE(sent.ok()) << sent.error().message();
  EXPECT_TRUE(sent->consent_ids.empty());
  EXPECT_EQ(sent->data.consent_override_reason, in.consent_override_reason);
}

TEST_F(ReferralServiceTest, AcceptingSharesTheCaseAndOnlyTheReferredVictims) {
  GiveConsent(victim_, {"UPTD_PPA"});
  Referral r = Send();

  // Before the answer the receiver sees the referral, not the case nor the victims.
  EXPECT_EQ(svc_.GetCase(worker_b_, case_.id).error().reason(), "case.not_found");
  EXPECT_EQ(registry_.GetPerson(worker_b_, victim_.id).error().reason(), "person.not_found");
  auto inbox = referrals_.Get(worker_b_, r.id);
  ASSERT_TRUE(inbox.ok());
  EXPECT_TRUE(inbox->data.person_ids.empty());
  EXPECT_EQ(inbox->masked_fields, std::vector<std::string>{"person_ids"});
  EXPECT_FALSE(inbox->data.message.empty());
  EXPECT_EQ(referrals_.Get(worker_n_, r.id).error().reason(), "referral.not_found");
  EXPECT_EQ(referrals_.Accept(worker_a_, r.id, 1).error().reason(), "referral.not_receiver");
  EXPECT_EQ(referrals_.Accept(worker_b_, r.id, 7).error().reason(), "version_mismatch");

  auto accepted = referrals_.Accept(worker_b_, r.id, 1);
  ASSERT_TRUE(accepted.ok()) << accepted.error().message();
  EXPECT_EQ(accepted->status, ReferralStatus::kAccepted);
  EXPECT_EQ(accepted->version, 2);
  EXPECT_EQ(accepted->responded_by, "worker-b");
  EXPECT_EQ(accepted->data.person_ids, std::vector<std::string>{victim_.id});
  EXPECT_EQ(NotificationsOf("agency-a", "REFERRAL_ANSWERED").size(), 2U);

  auto detail = svc_.GetCase(worker_b_, case_.id);
  ASSERT_TRUE(detail.ok()) << detail.error().message();
  EXPECT_TRUE(detail->case_record.masked_fields.empty());
  ASSERT_EQ(detail->parties.size(), 1U);  // the referred victim; not the other victim, not the perpetrator
  EXPECT_EQ(detail->parties[0].party.person_id, victim_.id);
  ASSERT_TRUE(detail->parties[0].person.has_value());
  EXPECT_TRUE(detail->parties[0].person->masked_fields.empty());  // unmasked: what was shared, in full
  auto person = registry_.GetPerson(worker_b_, victim_.id);
  ASSERT_TRUE(person.ok());
  EXPECT_TRUE(person->masked_fields.empty());
  EXPECT_EQ(registry_.GetPerson(worker_b_, perpetrator_.id).error().reason(), "person.not_found");
  auto listed = svc_.ListCases(worker_b_, {}, {});
  ASSERT_TRUE(listed.ok());
  ASSERT_EQ(listed->items.size(), 1U);
  EXPECT_EQ(listed->items[0].id, case_.id);

  // Read-only for the receiver; the owner still sees every party.
  Case current = Reload(case_);
  EXPECT_EQ(svc_.UpdateCase(worker_b_, case_.id, current.data, current.version).error().reason(),
            "case.referral_read_only");
  EXPECT_EQ(svc_.GetCase(worker_a_, case_.id)->parties.size(), 3U);
  // Services and notes too: what the receiver did goes into the referral's outcome.
  CaseWorkService work{db_, clock_, ids_};
  ServiceDeliveryData service;
  service.service = "PSIKOSOSIAL";
  service.requested_on = core::DateOf(kNow);
  EXPECT_EQ(work.RecordService(worker_b_, case_.id, service).error().reason(), "case.referral_read_only");
  EXPECT_EQ(work.AddNote(worker_b_, case_.id, "Catatan penerima").error().reason(), "case.referral_read_only");
  EXPECT_TRUE(work.ListServices(worker_b_, case_.id).ok());

  // Completing keeps the access (what the receiver did stays readable).
  EXPECT_EQ(referrals_.Complete(worker_b_, r.id, " ", 2).error().reason(), "validation_failed");
  auto done = referrals_.Complete(worker_b_, r.id, "Korban ditampung 14 hari; konseling 4 sesi.", 2);
  ASSERT_TRUE(done.ok());
  EXPECT_EQ(done->status, ReferralStatus::kCompleted);
  EXPECT_TRUE(svc_.GetCase(worker_b_, case_.id).ok());
  EXPECT_EQ(referrals_.Complete(worker_b_, r.id, "lagi", 3).error().reason(), "referral.not_accepted");
  // A viewer of the receiving agency sees the referral without the free texts.
  auto viewed = referrals_.Get(viewer_b_, r.id);
  ASSERT_TRUE(viewed.ok());
  EXPECT_TRUE(viewed->data.message.empty());
  EXPECT_FALSE(viewed->outcome.has_value());
}

TEST_F(ReferralServiceTest, DecliningRevokingAndForwardingLeaveTheReceiverWithoutAccess) {
  GiveConsent(victim_, {"UPTD_PPA", "DINAS_SOSIAL"});
  Referral declined = Send();
  EXPECT_EQ(referrals_.Decline(worker_b_, declined.id, "", 1).error().reason(), "validation_failed");
  auto d = referrals_.Decline(worker_b_, declined.id, "Kuota rumah aman penuh.", 1);
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->status, ReferralStatus::kDeclined);
  EXPECT_EQ(referrals_.Accept(worker_b_, declined.id, 2).error().reason(), "referral.not_pending");
  EXPECT_EQ(svc_.GetCase(worker_b_, case_.id).error().reason(), "case.not_found");
  EXPECT_EQ(registry_.GetPerson(worker_b_, victim_.id).error().reason(), "person.not_found");

  Referral revoked = Send();
  ASSERT_TRUE(referrals_.Accept(worker_b_, revoked.id, 1).ok());
  ASSERT_TRUE(svc_.GetCase(worker_b_, case_.id).ok());
  EXPECT_EQ(referrals_.Revoke(worker_b_, revoked.id, "x", 2).error().reason(), "referral.not_sender");
  auto rv = referrals_.Revoke(worker_a_, revoked.id, "Korban memilih layanan lain.", 2);
  ASSERT_TRUE(rv.ok());
  EXPECT_EQ(rv->status, ReferralStatus::kRevoked);
  EXPECT_EQ(svc_.GetCase(worker_b_, case_.id).error().reason(), "case.not_found");
  EXPECT_EQ(registry_.GetPerson(worker_b_, victim_.id).error().reason(), "person.not_found");
  EXPECT_EQ(referrals_.Revoke(worker_a_, revoked.id, "lagi", 3).error().reason(), "referral.not_open");

  Referral forwarded = Send();
  ASSERT_TRUE(referrals_.Accept(worker_b_, forwarded.id, 1).ok());
  auto next = referrals_.Forward(worker_b_, forwarded.id, "agency-n", "Perlu rehabilitasi sosial di tingkat provinsi.",
                                 std::nullopt, 2);
  ASSERT_TRUE(next.ok()) << next.error().message();
  EXPECT_EQ(next->from_agency_id, "agency-b");
  EXPECT_EQ(next->data.to_agency_id, "agency-n");
  EXPECT_EQ(next->forwarded_from_referral_id, forwarded.id);
  EXPECT_EQ(next->data.person_ids, std::vector<std::string>{victim_.id});
  auto old = referrals_.Get(worker_a_, forwarded.id);
  ASSERT_TRUE(old.ok());
  EXPECT_EQ(old->status, ReferralStatus::kForwarded);
  EXPECT_EQ(old->forwarded_to_referral_id, next->id);
  EXPECT_EQ(svc_.GetCase(worker_b_, case_.id).error().reason(), "case.not_found");
  EXPECT_EQ(svc_.GetCase(worker_n_, case_.id).error().reason(), "case.not_found");  // until it accepts
  ASSERT_TRUE(referrals_.Accept(worker_n_, next->id, 1).ok());
  EXPECT_TRUE(svc_.GetCase(worker_n_, case_.id).ok());

  // The sender's case view lists the chain, oldest first.
  auto of_case = referrals_.ListForCase(worker_a_, case_.id);
  ASSERT_TRUE(of_case.ok());
  ASSERT_EQ(of_case->size(), 3U);  // the forwarded step is from agency-b to agency-n: not agency-a's
  EXPECT_EQ((*of_case)[0].id, declined.id);
}

TEST_F(ReferralServiceTest, InboxAndOutboxAreTheActorsAgencyOnly) {
  GiveConsent(victim_, {"UPTD_PPA"});
  Referral r = Send();
  ports::ReferralFilter inbox;
  inbox.to_agency_id = "agency-b";
  auto page = referrals_.List(worker_b_, inbox, {});
  ASSERT_TRUE(page.ok());
  ASSERT_EQ(page->items.size(), 1U);
  EXPECT_EQ(page->items[0].id, r.id);
  EXPECT_TRUE(referrals_.List(worker_n_, inbox, {})->items.empty());
  EXPECT_EQ(referrals_.List(national_, inbox, {})->items.size(), 1U);
}

TEST_F(ReferralServiceTest, EscalatesAPendingReferralOnceAfterTheLimit) {
  GiveConsent(victim_, {"UPTD_PPA"});
  Referral r = Send();
  EXPECT_EQ(*referrals_.EscalateOverdue(system_), 0);
  clock_.Set(kNow + std::chrono::hours(73));
  EXPECT_EQ(*referrals_.EscalateOverdue(system_), 1);
  EXPECT_EQ(*referrals_.EscalateOverdue(system_), 0);
  auto overdue = NotificationsOf("agency-b", "REFERRAL_OVERDUE");
  ASSERT_EQ(overdue.size(), 1U);
  EXPECT_EQ(overdue[0].recipient_role, "SUPERVISOR");
  auto stored = referrals_.Get(system_, r.id);
  ASSERT_TRUE(stored.ok());
  EXPECT_TRUE(stored->escalated_at.has_value());
  EXPECT_EQ(stored->version, 1);  // the receiver's ETag still holds
  EXPECT_TRUE(referrals_.Accept(supervisor_b_, r.id, 1).ok());
}

TEST_F(ReferralServiceTest, ResponseTimesPerReceivingAgency) {
  GiveConsent(victim_, {"UPTD_PPA"});
  Referral a = Send();
  Referral b = Send();
  Send();
  clock_.Set(kNow + std::chrono::hours(2));
  ASSERT_TRUE(referrals_.Accept(worker_b_, a.id, 1).ok());
  clock_.Set(kNow + std::chrono::hours(6));
  ASSERT_TRUE(referrals_.Decline(worker_b_, b.id, "Di luar wilayah layanan.", 1).ok());
  clock_.Set(kNow + std::chrono::hours(26));
  ASSERT_TRUE(referrals_.Complete(worker_b_, a.id, "Selesai.", 2).ok());
  auto times = referrals_.ResponseTimes(worker_a_, kNow - std::chrono::hours(1), kNow + std::chrono::hours(1));
  ASSERT_TRUE(times.ok());
  ASSERT_EQ(times->size(), 1U);
  const ReferralResponseTimes& t = (*times)[0];
  EXPECT_EQ(t.agency_id, "agency-b");
  EXPECT_EQ(t.referrals, 3);
  EXPECT_EQ(t.answered, 2);
  EXPECT_EQ(t.completed, 1);
  EXPECT_EQ(t.pending, 1);
  EXPECT_DOUBLE_EQ(*t.median_hours_to_answer, 4.0);
  EXPECT_DOUBLE_EQ(*t.p90_hours_to_answer, 6.0);
  EXPECT_DOUBLE_EQ(*t.median_hours_to_complete, 26.0);
  EXPECT_TRUE(referrals_.ResponseTimes(worker_n_, kNow - std::chrono::hours(1), kNow)->empty());
}

}  // namespace
}  // namespace sinergi::domain
