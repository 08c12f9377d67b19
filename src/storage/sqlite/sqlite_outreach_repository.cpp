// Outreach events and their follow-ups in SQLite (migration 0016_outreach.sql). An event's agencies are kept twice:
// as a JSON array in the row (their order) and in outreach_event_agencies (the filter by agency). The participant
// counts are a JSON array of the nine cells (sex-major) with their total in its own column, so the coverage view
// sums one integer column. A follow-up's name, contact and request are sealed.
#include "storage/sqlite/sqlite_outreach_repository.hpp"

#include <charconv>
#include <string>
#include <utility>

#include "domain/outreach_rules.hpp"
#include "storage/common/filtered_query.hpp"
#include "storage/common/json_text.hpp"
#include "storage/common/paging.hpp"

namespace sinergi::storage::sqlite {
namespace {

using domain::OutreachEvent;
using domain::OutreachFollowUp;

#define SINERGI_EVENT_COLUMNS                                                                                     \
  "id, title, organiser_agency_id, partner_agency_ids, held_on, ends_on, region_code, regency_code, venue, "      \
  "topics, target_groups, channel, participants, participant_total, materials, notes, commitment_id, cancelled, " \
  "version, created_at, updated_at, created_by, updated_by"
#define SINERGI_EVENT_SELECT "SELECT " SINERGI_EVENT_COLUMNS " FROM outreach_events"
constexpr Query kInsertEvent{"outreach.event.insert",
                             "INSERT INTO outreach_events (" SINERGI_EVENT_COLUMNS
                             ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, "
                             "?18, ?19, ?20, ?21, ?22, ?23)"};
constexpr Query kGetEvent{"outreach.event.get", SINERGI_EVENT_SELECT " WHERE id = ?1"};
constexpr Query kUpdateEvent{
    "outreach.event.update",
    "UPDATE outreach_events SET title = ?2, organiser_agency_id = ?3, partner_agency_ids = ?4, "
    "held_on = ?5, ends_on = ?6, region_code = ?7, regency_code = ?8, venue = ?9, "
    "topics = ?10, target_groups = ?11, channel = ?12, participants = ?13, "
    "participant_total = ?14, materials = ?15, notes = ?16, commitment_id = ?17, "
    "cancelled = ?18, version = ?19, updated_at = ?21, updated_by = ?23 "
    "WHERE id = ?1 AND version = ?24"};
constexpr Query kEventExists{"outreach.event.exists", "SELECT 1 FROM outreach_events WHERE id = ?1"};
constexpr Query kDeleteAgencies{"outreach.event_agency.delete",
                                "DELETE FROM outreach_event_agencies WHERE event_id = ?1"};
constexpr Query kInsertAgency{"outreach.event_agency.insert",
                              "INSERT INTO outreach_event_agencies (event_id, agency_id) VALUES (?1, ?2)"};

#define SINERGI_FOLLOW_UP_COLUMNS \
  "id, event_id, name, contact, request, needs_category, case_id, created_at, created_by"
constexpr Query kInsertFollowUp{"outreach.follow_up.insert",
                                "INSERT INTO outreach_follow_ups (" SINERGI_FOLLOW_UP_COLUMNS
                                ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"};
constexpr Query kListFollowUps{"outreach.follow_up.list", "SELECT " SINERGI_FOLLOW_UP_COLUMNS
                                                          " FROM outreach_follow_ups WHERE event_id = ?1 "
                                                          "ORDER BY id LIMIT ?2"};
constexpr Query kGetFollowUp{"outreach.follow_up.get", "SELECT " SINERGI_FOLLOW_UP_COLUMNS
                                                       " FROM outreach_follow_ups WHERE id = ?1 AND event_id = ?2"};
constexpr Query kSetFollowUpCase{"outreach.follow_up.set_case",
                                 "UPDATE outreach_follow_ups SET case_id = ?2 WHERE id = ?1 AND case_id IS NULL"};
constexpr Query kFollowUpExists{"outreach.follow_up.exists", "SELECT 1 FROM outreach_follow_ups WHERE id = ?1"};
#undef SINERGI_FOLLOW_UP_COLUMNS

// ?1 the province code, ?2 its prefix pattern ("61.%").
constexpr Query kOutreachByRegency{"outreach.coverage.events",
                                   "SELECT regency_code, count(*), sum(participant_total) FROM outreach_events "
                                   "WHERE cancelled = 0 AND held_on >= ?3 AND held_on <= ?4 AND regency_code LIKE ?2 "
                                   "GROUP BY regency_code"};
constexpr Query kDeparturesByRegency{
    "outreach.coverage.departures",
    "SELECT substr(p.address_region_code, 1, 5) AS regency, count(*) FROM journeys j JOIN persons p ON p.id = "
    "j.person_id WHERE j.departure_date > ?3 AND j.departure_date <= ?4 AND p.deleted_at IS NULL AND "
    "p.address_region_code LIKE ?2 AND length(p.address_region_code) >= 5 GROUP BY regency"};

const ConstraintReasons kEventWrite =
    ConstraintReasons()
        .PrimaryKey({"outreach_event.exists", "An outreach event with this id already exists."})
        .ForeignKey({"agency.not_found", "No agency (or commitment) has this id."});
const ConstraintReasons kFollowUpWrite =
    ConstraintReasons()
        .PrimaryKey({"outreach_follow_up.exists", "A follow-up with this id already exists."})
        .ForeignKey({"outreach_event.not_found", "No outreach event (or case) has this id."});

core::Error EventNotFound() {
  return core::Error::NotFound("outreach_event.not_found", "No outreach event has this id.");
}
core::Error FollowUpNotFound() {
  return core::Error::NotFound("outreach_follow_up.not_found", "No follow-up of this event has this id.");
}

core::Result<bool> Exists(Connection& conn, const Query& query, const std::string& id) {
  SINERGI_TRY(auto stmt, conn.Prepare(query));
  stmt->BindText(1, id);
  return stmt->Step();
}

std::string EncodeParticipants(const domain::ParticipantCounts& p) {
  std::string out = "[";
  for (std::size_t s = 0; s < p.counts.size(); ++s) {
    for (std::size_t a = 0; a < p.counts[s].size(); ++a) {
      if (s + a > 0) out += ",";
      out += std::to_string(p.counts[s][a]);
    }
  }
  return out + "]";
}

core::Result<domain::ParticipantCounts> DecodeParticipants(std::string_view json) {
  domain::ParticipantCounts p;
  const core::Error corrupt = core::Error::Internal("outreach_events.participants is not nine counts");
  if (json.size() < 2 || json.front() != '[' || json.back() != ']') return corrupt;
  std::string_view rest = json.substr(1, json.size() - 2);
  for (std::size_t cell = 0; cell < 9; ++cell) {
    const std::size_t comma = rest.find(',');
    const std::string_view item = rest.substr(0, comma);
    std::int64_t n = 0;
    auto [end, ec] = std::from_chars(item.data(), item.data() + item.size(), n);
    if (ec != std::errc() || end != item.data() + item.size()) return corrupt;
    p.counts[cell / 3][cell % 3] = n;
    if ((comma == std::string_view::npos) != (cell == 8)) return corrupt;
    if (comma != std::string_view::npos) rest = rest.substr(comma + 1);
  }
  return p;
}

void BindEvent(Statement& s, const OutreachEvent& e) {
  const domain::OutreachEventData& d = e.data;
  s.BindText(1, e.id);
  s.BindText(2, d.title);
  s.BindText(3, d.organiser_agency_id);
  s.BindText(4, EncodeStringArray(d.partner_agency_ids));
  s.BindDate(5, d.held_on);
  s.BindOptDate(6, d.ends_on);
  s.BindText(7, d.region_code);
  s.BindText(8, domain::RegencyOf(d.region_code));
  s.BindOptText(9, d.venue);
  s.BindText(10, EncodeStringArray(d.topics));
  s.BindText(11, EncodeStringArray(d.target_groups));
  s.BindText(12, d.channel);
  s.BindText(13, EncodeParticipants(d.participants));
  s.BindInt(14, domain::ParticipantTotal(d.participants));
  s.BindText(15, EncodeStringArray(d.materials));
  s.BindOptText(16, d.notes);
  s.BindOptText(17, d.commitment_id);
  s.BindBool(18, d.cancelled);
  s.BindInt(19, e.version);
  s.BindTime(20, e.created_at);
  s.BindTime(21, e.updated_at);
  s.BindText(22, e.created_by);
  s.BindText(23, e.updated_by);
}

core::Result<OutreachEvent> ReadEvent(const Statement& s) {
  OutreachEvent e;
  domain::OutreachEventData& d = e.data;
  e.id = s.Text(0);
  d.title = s.Text(1);
  d.organiser_agency_id = s.Text(2);
  SINERGI_TRY(d.partner_agency_ids, DecodeStringArray(s.Text(3)));
  d.held_on = s.Date(4);
  d.ends_on = s.OptDate(5);
  d.region_code = s.Text(6);
  d.venue = s.OptText(8);
  SINERGI_TRY(d.topics, DecodeStringArray(s.Text(9)));
  SINERGI_TRY(d.target_groups, DecodeStringArray(s.Text(10)));
  d.channel = s.Text(11);
  SINERGI_TRY(d.participants, DecodeParticipants(s.Text(12)));
  SINERGI_TRY(d.materials, DecodeStringArray(s.Text(14)));
  d.notes = s.OptText(15);
  d.commitment_id = s.OptText(16);
  d.cancelled = s.Bool(17);
  e.version = s.Int(18);
  e.created_at = s.Time(19);
  e.updated_at = s.Time(20);
  e.created_by = s.Text(21);
  e.updated_by = s.Text(22);
  return e;
}

}  // namespace

core::Status SqliteOutreachRepository::WriteAgencies(const OutreachEvent& event) {
  {
    SINERGI_TRY(auto del, conn_.Prepare(kDeleteAgencies));
    del->BindText(1, event.id);
    SINERGI_TRY_STATUS(del->Exec());
  }
  for (const std::string& agency : domain::OutreachAgencies(event.data)) {
    SINERGI_TRY(auto stmt, conn_.Prepare(kInsertAgency));
    stmt->BindText(1, event.id);
    stmt->BindText(2, agency);
    SINERGI_TRY_STATUS(stmt->Exec(kEventWrite));
  }
  return core::Ok();
}

core::Status SqliteOutreachRepository::InsertEvent(const OutreachEvent& event) {
  {
    SINERGI_TRY(auto stmt, conn_.Prepare(kInsertEvent));
    BindEvent(*stmt, event);
    SINERGI_TRY_STATUS(stmt->Exec(kEventWrite));
  }
  return WriteAgencies(event);
}

core::Result<OutreachEvent> SqliteOutreachRepository::GetEvent(const std::string& id) {
  SINERGI_TRY(auto stmt, conn_.Prepare(kGetEvent));
  stmt->BindText(1, id);
  SINERGI_TRY(bool row, stmt->Step());
  if (!row) return EventNotFound();
  return ReadEvent(*stmt);
}

core::Status SqliteOutreachRepository::UpdateEvent(const OutreachEvent& event, std::int64_t expected_version) {
  {
    SINERGI_TRY(auto stmt, conn_.Prepare(kUpdateEvent));
    BindEvent(*stmt, event);
    stmt->BindInt(24, expected_version);
    SINERGI_TRY_STATUS(stmt->Exec(kEventWrite));
    if (stmt->Changes() == 0) {
      SINERGI_TRY(bool found, Exists(conn_, kEventExists, event.id));
      if (!found) return EventNotFound();
      return core::Error::StaleVersion();
    }
  }
  return WriteAgencies(event);
}

core::Result<domain::ports::Page<OutreachEvent>> SqliteOutreachRepository::ListEvents(
    const domain::ports::OutreachEventFilter& filter, const domain::ports::PageRequest& page) {
  // One named query per combination of present filters. Parameters: ?1 from, ?2 to, ?3 region, ?4 topic, ?5 agency,
  // ?6 commitment, ?7 after held_on, ?8 after id, ?9 limit.
  std::optional<std::pair<std::string, std::string>> after;
  if (page.after) {
    const std::size_t bar = page.after->find('|');
    if (bar == std::string::npos) return core::Error::Invalid("invalid_cursor", "The cursor is not an event key.");
    after.emplace(page.after->substr(0, bar), page.after->substr(bar + 1));
  }
  FilteredQuery query("outreach.event.list", SINERGI_EVENT_SELECT);
  query.Add(filter.from.has_value(), "from", "held_on >= ?1");
  query.Add(filter.to.has_value(), "to", "held_on <= ?2");
  query.Add(filter.region_prefix.has_value(), "region", "(region_code = ?3 OR region_code LIKE ?3 || '.%')");
  query.Add(filter.topic.has_value(), "topic", "EXISTS (SELECT 1 FROM json_each(topics) WHERE value = ?4)");
  query.Add(filter.agency_id.has_value(), "agency",
            "id IN (SELECT event_id FROM outreach_event_agencies WHERE agency_id = ?5)");
  query.Add(filter.commitment_id.has_value(), "commitment", "commitment_id = ?6");
  query.Add(after.has_value(), "after", "(held_on < ?7 OR (held_on = ?7 AND id < ?8))");
  query.sql += " ORDER BY held_on DESC, id DESC LIMIT ?9";

  SINERGI_TRY(auto stmt, conn_.Prepare({query.name, query.sql}));
  if (filter.from) stmt->BindDate(1, *filter.from);
  if (filter.to) stmt->BindDate(2, *filter.to);
  if (filter.region_prefix) stmt->BindText(3, *filter.region_prefix);
  if (filter.topic) stmt->BindText(4, *filter.topic);
  if (filter.agency_id) stmt->BindText(5, *filter.agency_id);
  if (filter.commitment_id) stmt->BindText(6, *filter.commitment_id);
  if (after) {
    stmt->BindText(7, after->first);
    stmt->BindText(8, after->second);
  }
  stmt->BindInt(9, FetchLimit(page));

  domain::ports::Page<OutreachEvent> out;
  while (true) {
    SINERGI_TRY(bool row, stmt->Step());
    if (!row) break;
    SINERGI_TRY(OutreachEvent e, ReadEvent(*stmt));
    out.items.push_back(std::move(e));
  }
  FinishPage(out, page, [](const OutreachEvent& e) { return e.data.held_on.ToString() + "|" + e.id; });
  return out;
}

core::Status SqliteOutreachRepository::InsertFollowUp(const OutreachFollowUp& f) {
  SINERGI_TRY(bool event, Exists(conn_, kEventExists, f.event_id));
  if (!event) return EventNotFound();
  SINERGI_TRY(std::optional<std::string> name, sealer_.Seal(f.name));
  SINERGI_TRY(std::optional<std::string> contact, sealer_.Seal(f.contact));
  SINERGI_TRY(std::string request, sealer_.Seal(f.request));
  SINERGI_TRY(auto stmt, conn_.Prepare(kInsertFollowUp));
  stmt->BindText(1, f.id);
  stmt->BindText(2, f.event_id);
  stmt->BindOptText(3, name);
  stmt->BindOptText(4, contact);
  stmt->BindText(5, request);
  stmt->BindText(6, f.needs_category);
  stmt->BindOptText(7, f.case_id);
  stmt->BindTime(8, f.created_at);
  stmt->BindText(9, f.created_by);
  return stmt->Exec(kFollowUpWrite);
}

core::Result<OutreachFollowUp> SqliteOutreachRepository::ReadFollowUp(const Statement& s) const {
  OutreachFollowUp f;
  f.id = s.Text(0);
  f.event_id = s.Text(1);
  SINERGI_TRY(f.name, sealer_.Open(s.OptText(2)));
  SINERGI_TRY(f.contact, sealer_.Open(s.OptText(3)));
  SINERGI_TRY(f.request, sealer_.Open(s.Text(4)));
  f.needs_category = s.Text(5);
  f.case_id = s.OptText(6);
  f.created_at = s.Time(7);
  f.created_by = s.Text(8);
  return f;
}

core::Result<std::vector<OutreachFollowUp>> SqliteOutreachRepository::ListFollowUps(const std::string& event_id,
                                                                                    int limit) {
  SINERGI_TRY(auto stmt, conn_.Prepare(kListFollowUps));
  stmt->BindText(1, event_id);
  stmt->BindInt(2, limit);
  std::vector<OutreachFollowUp> out;
  while (true) {
    SINERGI_TRY(bool row, stmt->Step());
    if (!row) break;
    SINERGI_TRY(OutreachFollowUp f, ReadFollowUp(*stmt));
    out.push_back(std::move(f));
  }
  return out;
}

core::Result<OutreachFollowUp> SqliteOutreachRepository::GetFollowUp(const std::string& event_id,
                                                                     const std::string& id) {
  SINERGI_TRY(auto stmt, conn_.Prepare(kGetFollowUp));
  stmt->BindText(1, id);
  stmt->BindText(2, event_id);
  SINERGI_TRY(bool row, stmt->Step());
  if (!row) return FollowUpNotFound();
  return ReadFollowUp(*stmt);
}

core::Status SqliteOutreachRepository::SetFollowUpCase(const std::string& id, const std::string& case_id) {
  SINERGI_TRY(auto stmt, conn_.Prepare(kSetFollowUpCase));
  stmt->BindText(1, id);
  stmt->BindText(2, case_id);
  SINERGI_TRY_STATUS(stmt->Exec(kFollowUpWrite));
  if (stmt->Changes() > 0) return core::Ok();
  SINERGI_TRY(bool found, Exists(conn_, kFollowUpExists, id));
  if (!found) return FollowUpNotFound();
  return core::Error::Conflict("outreach_follow_up.already_converted", "The follow-up already became a case.");
}

core::Result<std::map<std::string, domain::ports::RegencyOutreach>> SqliteOutreachRepository::OutreachByRegency(
    const std::string& province_code, core::Date from, core::Date to) {
  SINERGI_TRY(auto stmt, conn_.Prepare(kOutreachByRegency));
  stmt->BindText(2, province_code + ".%");
  stmt->BindDate(3, from);
  stmt->BindDate(4, to);
  std::map<std::string, domain::ports::RegencyOutreach> out;
  while (true) {
    SINERGI_TRY(bool row, stmt->Step());
    if (!row) break;
    out[stmt->Text(0)] = {stmt->Int(1), stmt->Int(2)};
  }
  return out;
}

core::Result<std::map<std::string, std::int64_t>> SqliteOutreachRepository::DeparturesByRegency(
    const std::string& province_code, core::Date after, core::Date up_to) {
  SINERGI_TRY(auto stmt, conn_.Prepare(kDeparturesByRegency));
  stmt->BindText(2, province_code + ".%");
  stmt->BindDate(3, after);
  stmt->BindDate(4, up_to);
  std::map<std::string, std::int64_t> out;
  while (true) {
    SINERGI_TRY(bool row, stmt->Step());
    if (!row) break;
    out[stmt->Text(0)] = stmt->Int(1);
  }
  return out;
}

}  // namespace sinergi::storage::sqlite
