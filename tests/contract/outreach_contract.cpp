// Outreach events (ports/outreach_repository.hpp): events round trip with their participant counts, versions,
// the list filters and its keyset order, follow-ups sealed and converted once, and the two GROUP BY counts of the
// coverage view. Runs on every backend and the in-memory fake (OutreachContract).
#include "tests/contract/outreach_contract.hpp"

namespace sinergi::contract {
namespace {

using core::Date;
using core::ErrorCode;
using domain::OutreachEvent;
using domain::OutreachFollowUp;
using domain::ports::OutreachEventFilter;

std::vector<std::string> Ids(const std::vector<OutreachEvent>& events) {
  std::vector<std::string> ids;
  for (const OutreachEvent& e : events) ids.push_back(e.id);
  return ids;
}

TEST_P(OutreachContract, EventsRoundTripWithVersions) {
  OutreachEvent e = Event("61.07.01.2001", {2026, 3, 14});
  e.data.ends_on = Date{2026, 3, 15};
  e.data.venue = "Balai Desa — \"Sungai Kunyit\" ✓";
  e.data.participants.counts = {{{1, 20, 2}, {3, 25, 0}, {0, 0, 4}}};
  e.data.materials = {"Leaflet BP3MI", "Film pendek"};
  e.data.notes = "Bersama tokoh agama";
  {
    auto uow = Write();
    EXPECT_ERROR(uow->outreach().GetEvent(e.id), ErrorCode::kNotFound, "outreach_event.not_found");
    ASSERT_OK(uow->outreach().InsertEvent(e));
    EXPECT_ERROR(uow->outreach().InsertEvent(e), ErrorCode::kConflict, "outreach_event.exists");
    OutreachEvent stranger = Event("61.07", {2026, 3, 14});
    stranger.data.organiser_agency_id = "nobody";
    EXPECT_ERROR(uow->outreach().InsertEvent(stranger), ErrorCode::kNotFound, "agency.not_found");
    ASSERT_OK(uow->Commit());
  }
  OutreachEvent next = e;
  next.version = 2;
  next.data.cancelled = true;
  next.data.partner_agency_ids = {"other"};
  {
    auto uow = Write();
    auto got = uow->outreach().GetEvent(e.id);
    ASSERT_OK(got);
    EXPECT_EQ(got->data, e.data);
    EXPECT_EQ(got->version, 1);
    EXPECT_ERROR(uow->outreach().UpdateEvent(next, 7), ErrorCode::kPreconditionFailed, "version_mismatch");
    OutreachEvent missing = next;
    missing.id = "missing";
    EXPECT_ERROR(uow->outreach().UpdateEvent(missing, 1), ErrorCode::kNotFound, "outreach_event.not_found");
    ASSERT_OK(uow->outreach().UpdateEvent(next, 1));
    ASSERT_OK(uow->Commit());
  }
  auto uow = Read();
  auto got = uow->outreach().GetEvent(e.id);
  ASSERT_OK(got);
  EXPECT_EQ(got->data, next.data);
  EXPECT_EQ(got->version, 2);
  OutreachEventFilter by_agency;
  by_agency.agency_id = "partner";
  auto none = uow->outreach().ListEvents(by_agency, {10, std::nullopt});
  ASSERT_OK(none);
  EXPECT_TRUE(none->items.empty());  // the partners were rewritten
  by_agency.agency_id = "other";
  auto one = uow->outreach().ListEvents(by_agency, {10, std::nullopt});
  ASSERT_OK(one);
  EXPECT_EQ(Ids(one->items), std::vector<std::string>{e.id});
}

TEST_P(OutreachContract, ListFiltersAndPagesNewestHeldFirst) {
  OutreachEvent a = Event("61.07.01.2001", {2026, 1, 10});
  OutreachEvent b = Event("61.07", {2026, 2, 5});
  b.data.topics = {"BPJS_JAMSOS"};
  OutreachEvent c = Event("61.71.02", {2026, 2, 5});
  c.data.organiser_agency_id = "other";
  c.data.partner_agency_ids = {};
  OutreachEvent d = Event("61.70", {2026, 3, 1});  // not under 61.07
  {
    auto uow = Write();
    for (const OutreachEvent& e : {a, b, c, d}) ASSERT_OK(uow->outreach().InsertEvent(e));
    ASSERT_OK(uow->Commit());
  }
  auto uow = Read();
  auto all = uow->outreach().ListEvents({}, {2, std::nullopt});
  ASSERT_OK(all);
  EXPECT_EQ(Ids(all->items), (std::vector<std::string>{d.id, c.id}));  // same day: id descending
  ASSERT_TRUE(all->next_after.has_value());
  auto rest = uow->outreach().ListEvents({}, {2, all->next_after});
  ASSERT_OK(rest);
  EXPECT_EQ(Ids(rest->items), (std::vector<std::string>{b.id, a.id}));
  EXPECT_FALSE(rest->next_after.has_value());

  OutreachEventFilter region;
  region.region_prefix = "61.07";
  auto in_region = uow->outreach().ListEvents(region, {10, std::nullopt});
  ASSERT_OK(in_region);
  EXPECT_EQ(Ids(in_region->items), (std::vector<std::string>{b.id, a.id}));

  OutreachEventFilter topic;
  topic.topic = "BPJS_JAMSOS";
  auto with_topic = uow->outreach().ListEvents(topic, {10, std::nullopt});
  ASSERT_OK(with_topic);
  EXPECT_EQ(Ids(with_topic->items), std::vector<std::string>{b.id});

  OutreachEventFilter period;
  period.from = Date{2026, 2, 1};
  period.to = Date{2026, 2, 28};
  period.agency_id = "org";
  auto in_period = uow->outreach().ListEvents(period, {10, std::nullopt});
  ASSERT_OK(in_period);
  EXPECT_EQ(Ids(in_period->items), std::vector<std::string>{b.id});
}

TEST_P(OutreachContract, FollowUpsAreKeptAndConvertedOnce) {
  OutreachEvent e = Event("61.07", {2026, 3, 14});
  OutreachFollowUp f;
  f.id = NextId();
  f.event_id = e.id;
  f.name = "Ibu Sari";
  f.contact = "+62 812 0000 1111";
  f.request = "Anak saya dijanjikan kerja di Malaysia tanpa dokumen";
  f.needs_category = "TPPO";
  f.created_at = Ms(1'700'000'000'500);
  f.created_by = "tester";
  {
    auto uow = Write();
    EXPECT_ERROR(uow->outreach().InsertFollowUp(f), ErrorCode::kNotFound, "outreach_event.not_found");
    ASSERT_OK(uow->outreach().InsertEvent(e));
    ASSERT_OK(uow->outreach().InsertFollowUp(f));
    OutreachFollowUp anonymous = f;
    anonymous.id = NextId();
    anonymous.name.reset();
    anonymous.contact.reset();
    ASSERT_OK(uow->outreach().InsertFollowUp(anonymous));
    ASSERT_OK(uow->Commit());
  }
  {
    auto uow = Write();
    auto list = uow->outreach().ListFollowUps(e.id, 10);
    ASSERT_OK(list);
    ASSERT_EQ(list->size(), 2u);
    EXPECT_EQ((*list)[0].name, f.name);
    EXPECT_EQ((*list)[0].contact, f.contact);
    EXPECT_EQ((*list)[0].request, f.request);
    EXPECT_FALSE((*list)[1].name.has_value());
    EXPECT_ERROR(uow->outreach().GetFollowUp("other-event", f.id), ErrorCode::kNotFound,
                 "outreach_follow_up.not_found");
    EXPECT_ERROR(uow->outreach().SetFollowUpCase("missing", "case-1"), ErrorCode::kNotFound,
                 "outreach_follow_up.not_found");
    domain::Case c;
    c.id = NextId();
    c.data.intake_channel = "PENJANGKAUAN";
    c.data.reported_on = Date{2026, 3, 14};
    c.data.case_types = {"TPPO"};
    c.created_at = c.updated_at = Ms(1'700'000'200'000);
    c.created_by = c.updated_by = "tester";
    ASSERT_OK(uow->cases().Insert(c));
    ASSERT_OK(uow->outreach().SetFollowUpCase(f.id, c.id));
    EXPECT_ERROR(uow->outreach().SetFollowUpCase(f.id, c.id), ErrorCode::kConflict,
                 "outreach_follow_up.already_converted");
    ASSERT_OK(uow->Commit());
  }
  auto uow = Read();
  auto got = uow->outreach().GetFollowUp(e.id, f.id);
  ASSERT_OK(got);
  EXPECT_TRUE(got->case_id.has_value());
  EXPECT_EQ(got->request, f.request);
}

TEST_P(OutreachContract, CoverageCountsByRegencyInOneGroupBy) {
  OutreachEvent a = Event("61.07.01.2001", {2026, 3, 14});
  a.data.participants.counts[0][1] = 30;
  OutreachEvent b = Event("61.07", {2026, 4, 1});
  b.data.participants.counts[1][1] = 12;
  OutreachEvent cancelled = Event("61.07", {2026, 4, 2});
  cancelled.data.cancelled = true;
  OutreachEvent outside = Event("61.07", {2025, 1, 1});
  OutreachEvent elsewhere = Event("52.01", {2026, 4, 1});
  domain::Person sambas = MakePerson("Siti");
  sambas.data.address_region_code = "61.01.02.2003";
  domain::Person kapuas = MakePerson("Rizky");
  kapuas.data.address_region_code = "61.06";
  domain::Person gone = MakePerson("Ayu");
  gone.data.address_region_code = "61.06";
  gone.deleted_at = Ms(1'700'000'000'000);
  {
    auto uow = Write();
    for (const OutreachEvent& e : {a, b, cancelled, outside, elsewhere}) ASSERT_OK(uow->outreach().InsertEvent(e));
    for (const domain::Person& p : {sambas, kapuas, gone}) ASSERT_OK(uow->persons().Insert(p, {}));
    auto departed = [&](const domain::Person& p, std::optional<Date> on) {
      domain::Journey j = MakeJourney(p.id);
      j.departure_date = on;
      return uow->journeys().Insert(j);
    };
    ASSERT_OK(departed(sambas, Date{2026, 1, 5}));
    ASSERT_OK(departed(sambas, Date{2025, 9, 1}));
    ASSERT_OK(departed(sambas, Date{2025, 4, 30}));  // not after 2025-04-30: outside the 12 months
    ASSERT_OK(departed(sambas, std::nullopt));       // not departed
    ASSERT_OK(departed(kapuas, Date{2026, 4, 30}));
    ASSERT_OK(departed(gone, Date{2026, 2, 1}));  // a deleted person is not counted
    ASSERT_OK(uow->Commit());
  }
  auto uow = Read();
  auto outreach = uow->outreach().OutreachByRegency("61", {2026, 1, 1}, {2026, 4, 30});
  ASSERT_OK(outreach);
  ASSERT_EQ(outreach->size(), 1u);
  EXPECT_EQ(outreach->at("61.07").events, 2);
  EXPECT_EQ(outreach->at("61.07").participants, 42);
  auto departures = uow->outreach().DeparturesByRegency("61", {2025, 4, 30}, {2026, 4, 30});
  ASSERT_OK(departures);
  EXPECT_EQ(*departures, (std::map<std::string, std::int64_t>{{"61.01", 2}, {"61.06", 1}}));
}

}  // namespace
}  // namespace sinergi::contract
