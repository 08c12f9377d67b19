#pragma once
// Coordination forums, their meetings (rapat koordinasi) and the joint commitments made at them (issue #5). A forum
// (e.g. "Gugus Tugas TPPO Provinsi Kalimantan Barat") groups meetings over time so its commitment history is
// visible: how many commitments were made, done on time, done late, overdue, open, dropped. Rules:
// domain/coordination_rules.hpp; use cases: domain/coordination_service.hpp; storage:
// ports/coordination_repository.hpp (SQLite: migration 0015_coordination.sql).
//
// Only the representatives named at a meeting (officials' names and positions) are personal data: they are shown
// only to users of the meeting's agencies and to NATIONAL scope (CanSeeMeetingRepresentatives), masked otherwise.
//
// Commitment progress: an outreach event (domain/outreach.hpp) may carry a commitment_id; recording, re-linking or
// cancelling it adds to / takes from Commitment::progress inside the same unit of work (with a history entry), so
// the numeric target of an indicator like "socialisation in 5 regencies" counts the events linked to it. The
// committing agency can also report progress by hand; the status never changes by itself.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.hpp"

namespace sinergi::domain {

// The stored status of a commitment. OVERDUE is never stored: it is derived on read (CommitmentDisplayStatus).
enum class CommitmentStatus { kOpen, kInProgress, kDone, kDropped };
std::string_view ToString(CommitmentStatus status);  // "OPEN", "IN_PROGRESS", "DONE", "DROPPED"
std::optional<CommitmentStatus> ParseCommitmentStatus(std::string_view text);
// The display status: the stored one, or "OVERDUE" (see CommitmentDisplayStatus).
inline constexpr std::string_view kOverdueStatus = "OVERDUE";

struct ForumData {
  std::string name;
  std::string convening_agency_id;
  std::optional<std::string> region_code;  // a province code ("61"); absent: a national forum
  std::vector<std::string> member_agency_ids;
  std::optional<std::string> description;

  bool operator==(const ForumData&) const = default;
};

struct Forum {
  std::string id;
  std::int64_t version = 1;
  ForumData data;
  core::Timestamp created_at{};
  core::Timestamp updated_at{};
  std::string created_by;
  std::string updated_by;
};

// An official who represented an agency at a meeting (personal data).
struct Representative {
  std::string name;
  std::optional<std::string> position;  // jabatan, e.g. "Kepala Bidang Perlindungan"

  bool operator==(const Representative&) const = default;
};

struct MeetingParticipant {
  std::string agency_id;
  std::vector<Representative> representatives;

  bool operator==(const MeetingParticipant&) const = default;
};

struct MeetingData {
  std::string title;
  core::Date held_on;
  std::optional<std::string> place;        // e.g. "Aula Kantor Gubernur Kalimantan Barat, Pontianak"
  std::optional<std::string> online_link;  // a meeting held online (or hybrid)
  std::string convening_agency_id;         // empty on input: the forum's convening agency
  std::vector<MeetingParticipant> participants;
  std::optional<std::string> agenda;
  std::optional<std::string> minutes;

  bool operator==(const MeetingData&) const = default;
};

struct Meeting {
  std::string id;
  std::string forum_id;
  std::int64_t version = 1;
  MeetingData data;
  core::Timestamp created_at{};
  core::Timestamp updated_at{};
  std::string created_by;
  std::string updated_by;
  // Set on read when the actor may not see the representatives (their names and positions were emptied).
  bool representatives_masked = false;
};

// What the meeting (or, for the fields the committing agency reports, its users) writes.
struct CommitmentData {
  std::vector<std::string> agency_ids;  // the committing agencies, at least one
  std::string description;
  core::Date due_on;
  std::string indicator;               // the indicator of done, e.g. "sosialisasi di 5 kabupaten"
  std::optional<std::int64_t> target;  // its numeric target (5), if it has one
  std::int64_t progress = 0;           // how much of the target is done (see the extension point above)
  CommitmentStatus status = CommitmentStatus::kOpen;
  std::optional<std::string> evidence;        // required when DONE
  std::optional<std::string> dropped_reason;  // required when DROPPED

  bool operator==(const CommitmentData&) const = default;
};

// One status move of a commitment, kept forever (who/when).
struct CommitmentStatusChange {
  std::optional<CommitmentStatus> from;  // absent: the commitment was made
  CommitmentStatus to = CommitmentStatus::kOpen;
  core::Timestamp at{};
  std::string by;                   // user id
  std::optional<std::string> note;  // the evidence (DONE) or the reason (DROPPED)
};

struct Commitment {
  std::string id;
  std::string meeting_id;
  std::string forum_id;
  std::int64_t version = 1;
  CommitmentData data;
  std::optional<core::Date> done_on;  // the day it was marked DONE (cleared when reopened)
  core::Timestamp created_at{};
  core::Timestamp updated_at{};
  std::string created_by;
  std::string updated_by;
  std::vector<CommitmentStatusChange> status_history;  // oldest first; filled by reads of one commitment
};

// The forum record: its commitments counted (ForumRecordOf). Every commitment falls in exactly one bucket:
// made = done_on_time + done_late + overdue + open + dropped (open counts OPEN and IN_PROGRESS not yet overdue).
struct CommitmentCounts {
  int made = 0;
  int done_on_time = 0;
  int done_late = 0;
  int overdue = 0;
  int open = 0;
  int dropped = 0;

  bool operator==(const CommitmentCounts&) const = default;
};

struct ForumRecord {
  std::string forum_id;
  core::Date as_of;
  CommitmentCounts total;
  std::map<std::string, CommitmentCounts> by_agency;  // a commitment of several agencies counts for each
};

inline constexpr std::size_t kMaxCoordinationNameChars = 300;
inline constexpr std::size_t kMaxCoordinationTextChars = 20000;  // agenda, minutes, description, evidence
inline constexpr std::size_t kMaxCoordinationAgencies = 100;
inline constexpr std::size_t kMaxRepresentatives = 20;
// A commitment due within this many days (or overdue) is on its agencies' task list (COMMITMENT_DUE).
inline constexpr int kCommitmentDueSoonDays = 7;
// The most forums, meetings of a forum or commitments of a forum one read returns.
inline constexpr int kMaxCoordinationRows = 1000;

}  // namespace sinergi::domain
