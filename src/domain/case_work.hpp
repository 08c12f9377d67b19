#pragma once
// The work done on a case (issue #4): the services delivered to it and its notes. A service is one of the code list
// layanan_kasus (SIMFONI-PPA's services received, the UPTD PPA functions and the TPPO victim rights of UU 21/2007
// Ps 48-54; DOMAIN.md §1.5, §7), given by an agency, possibly to one victim of the case, with a status (code list
// status_layanan) and its dates; a note is a line of the officer's running record. Rules: domain/case_work_rules.hpp;
// use cases: domain/case_work_service.hpp; the timers they feed: domain/task.hpp.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.hpp"

namespace sinergi::domain {

// The fields a client writes (on create; a PATCH writes status, the dates, reference and outcome).
struct ServiceDeliveryData {
  std::optional<std::string> person_id;           // a party of the case in role KORBAN; absent: the whole case
  std::string service;                            // codelist layanan_kasus (required)
  std::optional<std::string> provider_agency_id;  // an existing agency; default: the actor's (absent without one)
  std::string status = "DIRENCANAKAN";            // codelist status_layanan
  core::Date requested_on;                        // not in the future
  std::optional<core::Date> started_on;           // not before requested_on, not in the future
  std::optional<core::Date> completed_on;         // only when SELESAI; not before started_on/requested_on
  // The other side's number for it, e.g. the police report "LP/B/123/XI/2025" of a PENEGAKAN_HUKUM service.
  std::optional<std::string> reference;  // at most kMaxServiceReferenceChars
  // What came of it: sensitive like the case's summary (masked unless CanSeeSensitive), sealed at rest. Required
  // for SELESAI. At most kMaxServiceOutcomeChars.
  std::optional<std::string> outcome;

  bool operator==(const ServiceDeliveryData&) const = default;
};

inline constexpr std::size_t kMaxServiceReferenceChars = 100;
inline constexpr std::size_t kMaxServiceOutcomeChars = 5000;
inline constexpr std::size_t kMaxCaseNoteTextChars = 5000;

// status_layanan codes.
inline constexpr std::string_view kServicePlanned = "DIRENCANAKAN";
inline constexpr std::string_view kServiceInProgress = "BERJALAN";
inline constexpr std::string_view kServiceDone = "SELESAI";
inline constexpr std::string_view kServiceCancelled = "DIBATALKAN";
// layanan_kasus codes the rules name.
inline constexpr std::string_view kServiceFirstAid = "PERTOLONGAN_PERTAMA";  // due within 7 days (Ps 53)
inline constexpr std::string_view kServiceLawEnforcement = "PENEGAKAN_HUKUM";
inline constexpr std::string_view kServiceSocialRehabilitation = "REHABILITASI_SOSIAL";  // needs a police report
inline constexpr int kFirstAidDueDays = 7;

// One service delivered (or planned) for a case. Named apart from CaseService, the use-case class.
struct CaseServiceDelivery {
  std::string id;
  std::string case_id;
  std::int64_t version = 1;
  ServiceDeliveryData data;
  core::Timestamp created_at{};
  core::Timestamp updated_at{};
  std::string created_by;
  std::string updated_by;
  // Filled on read by the service, never stored: the day a PERTOLONGAN_PERTAMA service is due (requested_on + 7
  // days, UU 21/2007 Ps 53), and the sensitive fields ("outcome") the actor may not see, emptied.
  std::optional<core::Date> due_on;
  std::vector<std::string> masked_fields;
};

// An append-only line of the case record: never edited or deleted; a correction is a new note. The text is sealed
// at rest and shown only to those who may see the case's sensitive fields.
struct CaseNote {
  std::string id;
  std::string case_id;
  std::string text;  // trimmed, not empty, at most kMaxCaseNoteTextChars code points
  core::Timestamp created_at{};
  std::string created_by;

  bool operator==(const CaseNote&) const = default;
};

}  // namespace sinergi::domain
