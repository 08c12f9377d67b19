#pragma once
// Cases (issue #4): a PMI in trouble abroad, a woman who suffered violence, a group stopped at a border before being
// trafficked. A case has persons in roles (victims counted apart from the case: one TPPO case with 20 victims is
// 1 case and 20 victims), a granular classification from which the standard views are derived (SIMFONI forms and
// the GBVIMS type: domain/violence_classification.hpp), a TPPO screening per victim, and a workflow
// (domain/case_workflow.hpp) whose every move is kept. Rules: DOMAIN.md §1, §6, §7, §8.
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.hpp"
#include "domain/case_workflow.hpp"
#include "domain/tppo_screening.hpp"

namespace sinergi::domain {

// The fields a client writes directly. Workflow facts (status, closure) are written by transitions.
struct CaseData {
  std::string intake_channel;                         // codelist saluran_pengaduan (required)
  core::Date reported_on;                             // when the report reached the agency; not in the future
  std::optional<core::Date> occurred_on;              // when it happened, if known; not after reported_on
  std::optional<std::string> occurrence_country;      // ISO 3166-1 alpha-2 from the reference data ("ID" at home)
  std::optional<std::string> occurrence_region_code;  // dotted Kemendagri code, only when in Indonesia
  std::string urgency = "SEDANG";                     // codelist urgensi_kasus
  bool immediate_safety_risk = false;
  std::vector<std::string> case_types;     // codelist jenis_kasus, at least one, no repeats
  std::vector<std::string> violence_acts;  // codelist tindakan_kekerasan (granular; the views are derived)
  std::vector<std::string> places;         // codelist tempat_kejadian
  std::vector<std::string> pmi_problems;   // codelist masalah_pmi
  // The reporter when not recorded as a person of the case (role PELAPOR). UU 21/2007 Ps 33: the reporter's
  // identity may be kept confidential; then only those who may see the case's sensitive fields see it.
  std::optional<std::string> reporter_name;
  std::optional<std::string> reporter_contact;
  bool reporter_confidential = false;
  // What happened, in the officer's words: violence details, sealed at rest, sensitive (masked unless the policy
  // grants the sensitive fields of the case). At most kMaxCaseSummaryChars.
  std::string summary;
  // The two facts the return guard needs (UU 21/2007 Penjelasan Ps 51), recorded after asking and assessing.
  bool victim_wants_return = false;
  bool return_assessed_safe = false;

  bool operator==(const CaseData&) const = default;
};

inline constexpr std::size_t kMaxCaseSummaryChars = 10000;

struct Case {
  std::string id;
  std::int64_t version = 1;
  CaseStatus status = CaseStatus::kIntake;
  CaseData data;
  std::string owner_agency_id;  // the agency that took the case in; empty: owned nationally (demo, system jobs)
  std::optional<std::string> closure_reason;        // codelist alasan_penutupan_kasus, set on asking to close
  std::optional<CaseStatus> status_before_closure;  // where a refused closure sends the case back
  std::optional<core::Date> reintegration_started;  // set by the move to REINTEGRASI
  std::optional<core::Timestamp> closed_at;         // set when closed; cleared on reopening
  core::Timestamp created_at{};
  core::Timestamp updated_at{};
  std::string created_by;
  std::string updated_by;
  // Filled on read, never written: the persons in role KORBAN (victims are counted apart from cases).
  int victim_count = 0;
  // Filled on read by the service: the sensitive fields (kSensitiveCaseFields) the actor may not see, emptied.
  std::vector<std::string> masked_fields;
};

// The case fields the policy guards like a protected person's (JSON names, as in CaseData).
inline constexpr std::array<std::string_view, 3> kSensitiveCaseFields{"summary", "reporter_name", "reporter_contact"};

// A registry person in a case, in one role (codelist peran_dalam_kasus). A person may hold several roles in one
// case (e.g. a victim who also reported it): one CaseParty each.
struct CaseParty {
  std::string id;
  std::string case_id;
  std::string person_id;
  std::string role;                                   // codelist peran_dalam_kasus
  std::optional<std::string> relationship_to_victim;  // codelist hubungan_pelaku, for perpetrators and recruiters
  std::optional<std::string> note;                    // at most 2000 characters
  core::Timestamp added_at{};
  std::string added_by;

  bool operator==(const CaseParty&) const = default;
};

// One TPPO screening of one victim of a case: the input, the rule's result at the time (ScreenTppo), and the
// officer's final determination (the screening is an aid; the officer decides, and who decided is kept).
struct CaseScreening {
  std::string id;
  std::string case_id;
  std::string person_id;  // a party of the case in role KORBAN
  TppoScreeningInput input;
  TppoScreeningResult result;
  core::Timestamp screened_at{};
  std::string screened_by;
  std::optional<std::string> determination;       // codelist penetapan_tppo
  std::optional<std::string> determination_note;  // required with a determination; at most 2000 characters
  std::optional<core::Timestamp> determined_at;
  std::optional<std::string> determined_by;
};

// One move of the workflow, kept for the case timeline.
struct CaseTransition {
  std::string id;
  std::string case_id;
  CaseStatus from = CaseStatus::kIntake;
  CaseStatus to = CaseStatus::kIntake;
  core::Date effective_date;
  core::Timestamp at{};
  std::string actor;
  std::optional<std::string> reason;
  std::optional<std::string> closure_reason;

  bool operator==(const CaseTransition&) const = default;
};

// What a client asks for when moving a case (CaseService::Transition).
struct CaseTransitionRequest {
  CaseStatus to = CaseStatus::kIntake;
  std::optional<std::string> reason;
  std::optional<std::string> closure_reason;  // when asking to close (-> MENUNGGU_PENUTUPAN)
  std::optional<core::Date> effective_date;   // default: today (UTC); not in the future
};

}  // namespace sinergi::domain
