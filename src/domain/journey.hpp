#pragma once
// Migration journeys through the three protection phases of UU 18/2017 (DOMAIN.md §3.3-3.5).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.hpp"

namespace sinergi::domain {

// API values: registered, in_training, ready_to_depart, working_abroad, returned, reintegrating, closed.
enum class JourneyStatus {
  kRegistered,
  kInTraining,
  kReadyToDepart,
  kWorkingAbroad,
  kReturned,
  kReintegrating,
  kClosed
};
// API values: before, during, after (Pelindungan sebelum / selama / setelah bekerja).
enum class Phase { kBefore, kDuring, kAfter };

std::string_view ToString(JourneyStatus s);
std::optional<JourneyStatus> ParseJourneyStatus(std::string_view s);
std::string_view ToString(Phase p);
Phase PhaseOf(JourneyStatus s);

// One item of the UU 18/2017 Ps 13 checklist. code: codelist dokumen_pmi.
// status: codelist status_dokumen: missing | submitted | verified | rejected.
struct JourneyDocument {
  std::string code;
  std::string status = "missing";
  std::optional<std::string> number;
  std::optional<core::Date> issued_on;
  std::optional<core::Date> expires_on;
  std::optional<std::string> note;

  bool operator==(const JourneyDocument&) const = default;
};

// The fields a client writes directly. Departure/return facts are written by transitions.
struct JourneyData {
  std::string placement_scheme;             // codelist skema_penempatan (required)
  std::optional<std::string> pmi_category;  // codelist pmi_kategori
  std::optional<std::string> p3mi_name;     // recruitment company; required when scheme is P3MI
  std::string destination_country;          // ISO 3166-1 alpha-2, must exist in reference data
  std::optional<std::string> sector;
  std::optional<std::string> job_title;
  std::optional<std::string> employer_name;
  bool procedural = true;                  // false = non-procedural (unofficial) migration
  std::vector<JourneyDocument> documents;  // missing codes are filled with status "missing"
  std::optional<core::Date> planned_departure_date;
  std::optional<core::Date> contract_end_date;
  std::optional<std::string> notes;

  bool operator==(const JourneyData&) const = default;
};

struct Journey {
  std::string id;
  std::string person_id;
  std::int64_t version = 1;
  JourneyStatus status = JourneyStatus::kRegistered;
  JourneyData data;
  std::optional<core::Date> departure_date;  // set by the transition to working_abroad
  std::optional<core::Date> return_date;     // set by the transition to returned
  std::optional<std::string> return_reason;  // codelist alasan_kepulangan (Ps 27)
  std::optional<std::string> debarkation_point;
  std::vector<std::string> flags;  // e.g. "UNDERAGE_DEPARTURE_ATTEMPT", "DOCUMENTS_OVERRIDE"
  core::Timestamp created_at{};
  core::Timestamp updated_at{};
  std::string created_by;
  std::string updated_by;
};

struct TransitionRequest {
  JourneyStatus to = JourneyStatus::kRegistered;
  std::optional<std::string> reason;                     // free text; required for closing before departure
  std::optional<core::Date> effective_date;              // default: today (UTC)
  std::optional<std::string> documents_override_reason;  // departs with incomplete Ps 13 documents
  std::optional<std::string> return_reason;              // required when to == returned
  std::optional<std::string> debarkation_point;
};

struct JourneyTransition {
  std::string id;
  std::string journey_id;
  JourneyStatus from = JourneyStatus::kRegistered;
  JourneyStatus to = JourneyStatus::kRegistered;
  core::Date effective_date;
  core::Timestamp at{};
  std::string actor;
  std::optional<std::string> reason;
  std::optional<std::string> override_reason;
};

// A reintegration follow-up (UU 18/2017 Ps 24(1)(d)(e); PP 59/2021 Ps 22). kind: codelist bentuk_reintegrasi.
struct FollowUp {
  std::string id;
  std::string journey_id;
  core::Date date;
  std::string kind;
  std::string note;
  core::Timestamp recorded_at{};
  std::string recorded_by;
};

}  // namespace sinergi::domain
