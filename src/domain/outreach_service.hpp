#pragma once
// Use cases of outreach events (sosialisasi, issue #5; domain/outreach.hpp). Thread-safe; each call is one unit of
// work (converting a follow-up into a case is two: CaseService's and the one storing the case id).
//
// Events are agencies' records, readable by every signed-in role (Permission::kReferenceRead); their follow-up
// requests are personal data, shown only to users of the event's agencies (organiser, partners), NATIONAL scope and
// system actors (CanSeeMeetingRepresentatives over OutreachAgencies), masked for everyone else; a read that shows
// them unmasked is audited ("read" of the outreach_event). Writes need kCoordinationWrite and the organising agency
// (AuthorizeOutreachEdit); follow-ups may also be recorded by a partner agency. Every write stores its change
// history (entities "outreach_event", "outreach_follow_up") and its audit entry in the same unit, "no changes"
// updates included.
//
// Commitment progress: an event counts 1 towards its commitment_id unless cancelled (CountedCommitment). Creating,
// re-linking, un-linking, cancelling or re-opening an event adjusts Commitment::progress in the same unit of work
// (CoordinationRepository::UpdateCommitment: version bump, history entry with reason "outreach event <id> ...").
// Progress never goes below 0 and the commitment's status is never changed here.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/clock.hpp"
#include "core/id_generator.hpp"
#include "core/result.hpp"
#include "domain/actor.hpp"
#include "domain/case.hpp"
#include "domain/case_service.hpp"
#include "domain/outreach.hpp"
#include "domain/ports/database.hpp"

namespace sinergi::domain {

// Errors of every method, in addition to those listed: kUnavailable/kInternal from storage; kUnauthenticated
// "auth.required" and kForbidden "forbidden" from the policy.
class OutreachService {
 public:
  OutreachService(ports::Database& db, const core::Clock& clock, core::IdGenerator& ids, CaseService& cases)
      : db_(db), clock_(clock), ids_(ids), cases_(cases) {}

  // An empty organiser is the actor's agency. Errors: kForbidden "outreach.not_organiser" (another agency's
  // event); kInvalid "validation_failed" (ValidateOutreachEvent; organiser / partner_agency_ids[i] unknown_code;
  // region_code unknown_code; commitment_id unknown_code, or agency_not_committing when neither the organiser nor a
  // partner is one of the commitment's committing agencies).
  core::Result<OutreachEvent> CreateEvent(const Actor& actor, OutreachEventData data);

  struct EventView {
    OutreachEvent event;
    std::vector<OutreachFollowUp> follow_ups;  // oldest first; masked when the actor may not see them
    bool follow_ups_masked = false;
  };
  // Errors: kNotFound "outreach_event.not_found".
  core::Result<EventView> GetEvent(const Actor& actor, const std::string& id);

  struct EventQuery {
    std::optional<core::Date> from;
    std::optional<core::Date> to;
    std::optional<std::string> region;  // a region code prefix: the region and everything under it
    std::optional<std::string> topic;
    std::optional<std::string> agency_id;
    std::optional<std::string> commitment_id;
  };
  // Newest held first. Errors: kInvalid "validation_failed" (to before from: to before_from).
  core::Result<ports::Page<OutreachEvent>> ListEvents(const Actor& actor, const EventQuery& query,
                                                      const ports::PageRequest& page);
  // The events linked to a commitment (cancelled ones included), newest held first, at most kMaxOutreachRows.
  core::Result<std::vector<OutreachEvent>> EventsOfCommitment(const Actor& actor, const std::string& commitment_id);

  // Replaces the event's data (AuthorizeOutreachEdit on the stored organiser, and on the new one when it moves).
  // No change: nothing written, audited "no changes". Errors: as CreateEvent; kNotFound "outreach_event.not_found";
  // kPreconditionFailed "version_mismatch".
  core::Result<OutreachEvent> UpdateEvent(const Actor& actor, const std::string& id, OutreachEventData data,
                                          std::int64_t expected_version);

  // Records a request for help raised at the event (kCoordinationWrite; the organiser or a partner agency).
  // Errors: kNotFound "outreach_event.not_found"; kForbidden "outreach.not_organiser"; kConflict
  // "outreach_follow_up.too_many"; kInvalid "validation_failed" (ValidateFollowUp).
  core::Result<OutreachFollowUp> AddFollowUp(const Actor& actor, const std::string& event_id,
                                             OutreachFollowUp follow_up);

  struct Conversion {
    OutreachFollowUp follow_up;
    Case created;
  };
  // Opens a case from the follow-up through CaseService::CreateCase (intake channel PENJANGKAUAN, reported_on the
  // event's day, the request as its summary, the person as its reporter, the event's region as the occurrence
  // region in Indonesia, needs_category as its case type; owned by the actor's agency) and stores the case id on the
  // follow-up. Needs kCaseWrite and sight of the follow-up. Errors: kNotFound "outreach_event.not_found" /
  // "outreach_follow_up.not_found"; kForbidden "outreach.follow_ups_hidden"; kConflict
  // "outreach.already_converted" (it already has a case); those of CreateCase.
  core::Result<Conversion> ConvertFollowUp(const Actor& actor, const std::string& event_id,
                                           const std::string& follow_up_id);

  // Every regency of the province with its outreach in [from, to] and its departures in the 12 months up to `to`
  // (FlagCoverage). `to` defaults to today, `from` to 12 months before `to`. Counts only. Errors: kInvalid
  // "validation_failed" (province required / unknown_code; to before_from).
  core::Result<OutreachCoverage> Coverage(const Actor& actor, const std::string& province_code,
                                          std::optional<core::Date> from, std::optional<core::Date> to);

 private:
  ports::Database& db_;
  const core::Clock& clock_;
  core::IdGenerator& ids_;
  CaseService& cases_;
};

}  // namespace sinergi::domain
