// TEST DOUBLE: outreach events in the in-memory database (see in_memory_database.hpp). Mirrors
// ports/outreach_repository.hpp and the SQLite backend, including its error reasons and orders.
#include "domain/testing/in_memory_outreach.hpp"

#include <algorithm>

#include "domain/outreach_rules.hpp"

namespace sinergi::domain::test_doubles::detail {
namespace {

using core::Error;

Error EventNotFound() {
  return Error::NotFound("outreach_event.not_found", "No outreach event has this id.");
}
Error FollowUpNotFound() {
  return Error::NotFound("outreach_follow_up.not_found", "No follow-up of this event has this id.");
}

// The SQLite sort key of an event: held_on descending, then id descending.
std::string SortKey(const OutreachEvent& e) {
  return e.data.held_on.ToString() + "|" + e.id;
}

bool InRegion(const std::string& code, const std::string& prefix) {
  return code == prefix || code.rfind(prefix + ".", 0) == 0;
}

bool Matches(const OutreachEvent& e, const ports::OutreachEventFilter& f) {
  const OutreachEventData& d = e.data;
  if (f.from && d.held_on < *f.from) return false;
  if (f.to && *f.to < d.held_on) return false;
  if (f.region_prefix && !InRegion(d.region_code, *f.region_prefix)) return false;
  if (f.topic && std::find(d.topics.begin(), d.topics.end(), *f.topic) == d.topics.end()) return false;
  if (f.agency_id && d.organiser_agency_id != *f.agency_id &&
      std::find(d.partner_agency_ids.begin(), d.partner_agency_ids.end(), *f.agency_id) == d.partner_agency_ids.end()) {
    return false;
  }
  if (f.commitment_id && d.commitment_id != f.commitment_id) return false;
  return true;
}

}  // namespace

core::Status InMemoryOutreachRepository::CheckAgencies(const OutreachEventData& data) const {
  for (const std::string& id : OutreachAgencies(data)) {
    if (!s_.agencies.contains(id)) return Error::NotFound("agency.not_found", "No agency has this id.");
  }
  return core::Ok();
}

core::Status InMemoryOutreachRepository::InsertEvent(const OutreachEvent& event) {
  if (s_.outreach_events.contains(event.id)) {
    return Error::Conflict("outreach_event.exists", "An outreach event with this id already exists.");
  }
  SINERGI_TRY_STATUS(CheckAgencies(event.data));
  s_.outreach_events[event.id] = event;
  return core::Ok();
}

core::Result<OutreachEvent> InMemoryOutreachRepository::GetEvent(const std::string& id) {
  auto it = s_.outreach_events.find(id);
  if (it == s_.outreach_events.end()) return EventNotFound();
  return it->second;
}

core::Status InMemoryOutreachRepository::UpdateEvent(const OutreachEvent& event, std::int64_t expected_version) {
  auto it = s_.outreach_events.find(event.id);
  if (it == s_.outreach_events.end()) return EventNotFound();
  if (it->second.version != expected_version) return Error::StaleVersion();
  SINERGI_TRY_STATUS(CheckAgencies(event.data));
  OutreachEvent stored = event;
  stored.created_at = it->second.created_at;
  stored.created_by = it->second.created_by;
  it->second = std::move(stored);
  return core::Ok();
}

core::Result<ports::Page<OutreachEvent>> InMemoryOutreachRepository::ListEvents(
    const ports::OutreachEventFilter& filter, const ports::PageRequest& page) {
  std::vector<OutreachEvent> matching;
  for (const auto& [id, e] : s_.outreach_events) {
    if (Matches(e, filter) && (!page.after || SortKey(e) < *page.after)) matching.push_back(e);
  }
  std::sort(matching.begin(), matching.end(),
            [](const OutreachEvent& a, const OutreachEvent& b) { return SortKey(a) > SortKey(b); });
  ports::Page<OutreachEvent> out;
  const auto limit = static_cast<std::size_t>(std::max(1, page.limit));
  if (matching.size() > limit) {
    matching.resize(limit);
    out.next_after = SortKey(matching.back());
  }
  out.items = std::move(matching);
  return out;
}

core::Status InMemoryOutreachRepository::InsertFollowUp(const OutreachFollowUp& follow_up) {
  if (!s_.outreach_events.contains(follow_up.event_id)) return EventNotFound();
  if (s_.outreach_follow_ups.contains(follow_up.id)) {
    return Error::Conflict("outreach_follow_up.exists", "A follow-up with this id already exists.");
  }
  OutreachFollowUp stored = follow_up;
  stored.masked = false;
  s_.outreach_follow_ups[follow_up.id] = std::move(stored);
  return core::Ok();
}

core::Result<std::vector<OutreachFollowUp>> InMemoryOutreachRepository::ListFollowUps(const std::string& event_id,
                                                                                      int limit) {
  std::vector<OutreachFollowUp> out;  // by id: ids follow creation order
  for (const auto& [id, f] : s_.outreach_follow_ups) {
    if (f.event_id == event_id && static_cast<int>(out.size()) < limit) out.push_back(f);
  }
  return out;
}

core::Result<OutreachFollowUp> InMemoryOutreachRepository::GetFollowUp(const std::string& event_id,
                                                                       const std::string& id) {
  auto it = s_.outreach_follow_ups.find(id);
  if (it == s_.outreach_follow_ups.end() || it->second.event_id != event_id) return FollowUpNotFound();
  return it->second;
}

core::Status InMemoryOutreachRepository::SetFollowUpCase(const std::string& id, const std::string& case_id) {
  auto it = s_.outreach_follow_ups.find(id);
  if (it == s_.outreach_follow_ups.end()) return FollowUpNotFound();
  if (it->second.case_id) {
    return Error::Conflict("outreach_follow_up.already_converted", "The follow-up already became a case.");
  }
  it->second.case_id = case_id;
  return core::Ok();
}

core::Result<std::map<std::string, ports::RegencyOutreach>> InMemoryOutreachRepository::OutreachByRegency(
    const std::string& province_code, core::Date from, core::Date to) {
  std::map<std::string, ports::RegencyOutreach> out;
  for (const auto& [id, e] : s_.outreach_events) {
    if (e.data.cancelled || e.data.held_on < from || to < e.data.held_on) continue;
    if (!InRegion(e.data.region_code, province_code)) continue;
    const std::string regency = RegencyOf(e.data.region_code);
    if (regency.empty()) continue;
    ports::RegencyOutreach& row = out[regency];
    ++row.events;
    row.participants += ParticipantTotal(e.data.participants);
  }
  return out;
}

core::Result<std::map<std::string, std::int64_t>> InMemoryOutreachRepository::DeparturesByRegency(
    const std::string& province_code, core::Date after, core::Date up_to) {
  std::map<std::string, std::int64_t> out;
  for (const auto& [id, j] : s_.journeys) {
    if (!j.departure_date || *j.departure_date <= after || up_to < *j.departure_date) continue;
    auto person = s_.persons.find(j.person_id);
    if (person == s_.persons.end() || person->second.person.deleted()) continue;
    const std::optional<std::string>& region = person->second.person.data.address_region_code;
    if (!region || !InRegion(*region, province_code)) continue;
    const std::string regency = RegencyOf(*region);
    if (!regency.empty()) ++out[regency];
  }
  return out;
}

}  // namespace sinergi::domain::test_doubles::detail
