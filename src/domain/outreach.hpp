#pragma once
// Outreach events (sosialisasi, issue #5): an agency (with partner agencies) informs a village, a school, a mosque
// congregation or the radio audience about safe migration, TPPO, violence against women and children, social
// security... Each event records where (a Kemendagri region and a venue), what (topics, target groups, channel), how
// many took part (ParticipantCounts by sex and a child/adult age split), and may count towards a coordination
// commitment (Commitment::progress, domain/coordination.hpp). People who ask for help at an event are recorded as
// follow-up requests (personal data: sealed at rest, seen only by the event's agencies and NATIONAL scope) and can be
// turned into a case in one step. Rules: domain/outreach_rules.hpp; use cases: domain/outreach_service.hpp;
// storage: ports/outreach_repository.hpp (SQLite: migration 0016_outreach.sql).
//
// Participants are counted by sex (male, female, unknown) and by a child/adult split (under 18, 18 and over,
// unknown) rather than the SIMFONI bands of domain/age_groups.hpp: an officer counting heads at a village hall
// cannot tell 13-17 from 18-24, but can tell children from adults (KTA = under 18, as in SIMFONI).
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.hpp"

namespace sinergi::domain {

inline constexpr std::array<std::string_view, 3> kParticipantSexes{"male", "female", "unknown"};
inline constexpr std::array<std::string_view, 3> kParticipantAgeGroups{"child", "adult", "unknown"};

// counts[sex][age_group], indexed like kParticipantSexes and kParticipantAgeGroups.
struct ParticipantCounts {
  std::array<std::array<std::int64_t, 3>, 3> counts{};

  bool operator==(const ParticipantCounts&) const = default;
};

struct OutreachEventData {
  std::string title;
  std::string organiser_agency_id;  // empty on input: the actor's agency
  std::vector<std::string> partner_agency_ids;
  core::Date held_on;
  std::optional<core::Date> ends_on;       // a multi-day event; not before held_on
  std::string region_code;                 // dotted Kemendagri code of a regency, district or village
  std::optional<std::string> venue;        // e.g. "Balai Desa Sungai Kunyit Laut"
  std::vector<std::string> topics;         // codelist topik_sosialisasi, at least one
  std::vector<std::string> target_groups;  // codelist sasaran_sosialisasi, at least one
  std::string channel;                     // codelist saluran_sosialisasi
  ParticipantCounts participants;
  std::vector<std::string> materials;  // leaflets, films, modules used
  std::optional<std::string> notes;
  std::optional<std::string> commitment_id;  // the coordination commitment it counts towards
  bool cancelled = false;                    // a cancelled event counts towards nothing

  bool operator==(const OutreachEventData&) const = default;
};

struct OutreachEvent {
  std::string id;
  std::int64_t version = 1;
  OutreachEventData data;
  core::Timestamp created_at{};
  core::Timestamp updated_at{};
  std::string created_by;
  std::string updated_by;
};

// A request for help raised at an event (personal data: name, contact and request are sealed at rest).
struct OutreachFollowUp {
  std::string id;
  std::string event_id;
  std::optional<std::string> name;
  std::optional<std::string> contact;
  std::string request;                 // what the person asked for
  std::string needs_category;          // codelist jenis_kasus: the kind of case it would be
  std::optional<std::string> case_id;  // set once it was turned into a case
  core::Timestamp created_at{};
  std::string created_by;
  bool masked = false;  // set on read when the actor may not see name, contact and request (emptied)
};

// One regency of the coverage view: outreach in the period and departures in the 12 months before its end.
struct RegencyCoverage {
  std::string regency_code;  // "61.01"
  std::string name;
  std::int64_t events = 0;
  std::int64_t participants = 0;
  std::int64_t departures = 0;
  bool high_departure = false;
  bool no_outreach_high_departure = false;
};

struct OutreachCoverage {
  std::string province_code;
  core::Date from;
  core::Date to;
  core::Date departures_from;  // the departures counted are those on (departures_from, to]
  std::int64_t high_departure_threshold = 0;
  std::vector<RegencyCoverage> regencies;  // by code
};

inline constexpr std::size_t kMaxOutreachTitleChars = 300;
inline constexpr std::size_t kMaxOutreachTextChars = 10000;  // notes, a follow-up's request
inline constexpr std::size_t kMaxOutreachListItems = 50;     // partners, topics, target groups, materials
inline constexpr std::int64_t kMaxParticipantsPerCell = 1000000;
inline constexpr std::size_t kMaxFollowUpsPerEvent = 500;
inline constexpr int kMaxOutreachRows = 1000;

}  // namespace sinergi::domain
