#pragma once
// Outreach events, their follow-up requests and the coverage counts (domain/outreach.hpp). Used inside one
// UnitOfWork; not thread-safe. Backends seal a follow-up's name, contact and request (personal data;
// storage/common/sealed_fields.hpp).
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/date.hpp"
#include "core/result.hpp"
#include "domain/outreach.hpp"
#include "domain/ports/page.hpp"

namespace sinergi::domain::ports {

struct OutreachEventFilter {
  std::optional<core::Date> from;            // held_on >= from
  std::optional<core::Date> to;              // held_on <= to
  std::optional<std::string> region_prefix;  // region_code is it, or starts with it and a dot
  std::optional<std::string> topic;          // one of the topics
  std::optional<std::string> agency_id;      // the organiser or a partner
  std::optional<std::string> commitment_id;  // linked to this commitment (cancelled ones included)
};

// Outreach in one regency: events not cancelled and their participants.
struct RegencyOutreach {
  std::int64_t events = 0;
  std::int64_t participants = 0;
};

class OutreachRepository {
 public:
  virtual ~OutreachRepository() = default;

  // Errors: kNotFound "agency.not_found" (organiser or partner); kConflict "outreach_event.exists".
  virtual core::Status InsertEvent(const OutreachEvent& event) = 0;
  // Errors: kNotFound "outreach_event.not_found".
  virtual core::Result<OutreachEvent> GetEvent(const std::string& id) = 0;
  // Stores data, version, updated_*. Errors: kNotFound "outreach_event.not_found" / "agency.not_found";
  // kPreconditionFailed "version_mismatch".
  virtual core::Status UpdateEvent(const OutreachEvent& event, std::int64_t expected_version) = 0;
  // Newest held first (held_on descending, then id descending); PageRequest.after is the key of the last item
  // ("YYYY-MM-DD|id").
  virtual core::Result<Page<OutreachEvent>> ListEvents(const OutreachEventFilter& filter, const PageRequest& page) = 0;

  // Errors: kNotFound "outreach_event.not_found"; kConflict "outreach_follow_up.exists".
  virtual core::Status InsertFollowUp(const OutreachFollowUp& follow_up) = 0;
  // The follow-ups of an event, oldest first, at most `limit`.
  virtual core::Result<std::vector<OutreachFollowUp>> ListFollowUps(const std::string& event_id, int limit) = 0;
  // Errors: kNotFound "outreach_follow_up.not_found" (also when it belongs to another event).
  virtual core::Result<OutreachFollowUp> GetFollowUp(const std::string& event_id, const std::string& id) = 0;
  // Sets case_id if it is not set yet. Errors: kNotFound "outreach_follow_up.not_found"; kConflict
  // "outreach_follow_up.already_converted".
  virtual core::Status SetFollowUpCase(const std::string& id, const std::string& case_id) = 0;

  // Events not cancelled held within [from, to] in the regencies of `province_code`, by regency ("61.01"); one
  // GROUP BY.
  virtual core::Result<std::map<std::string, RegencyOutreach>> OutreachByRegency(const std::string& province_code,
                                                                                 core::Date from, core::Date to) = 0;
  // Journeys with a departure_date within (after, up_to] of living persons whose address_region_code lies in
  // `province_code`, by the person's regency; one GROUP BY.
  virtual core::Result<std::map<std::string, std::int64_t>> DeparturesByRegency(const std::string& province_code,
                                                                                core::Date after, core::Date up_to) = 0;
};

}  // namespace sinergi::domain::ports
