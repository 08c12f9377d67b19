#pragma once
// Training and preparation of migrant workers (issue #5; UU 18/2017 Ps 8(1)(c), Ps 13(c) and Ps 40-41): a
// programme (Orientasi Pra Pemberangkatan, pembekalan akhir, vocational or entrepreneurship training) of a provider
// agency (a BLK / vocational centre, Migrant Center, LTSA, BP3MI ...), its sessions (dates, place, capacity) and the
// enrolment of registry persons in a session with their attendance, completion and certificate of competence.
// Rules: domain/training_rules.hpp; use cases: domain/training_service.hpp; storage: ports/training_repository.hpp
// (SQLite: migration 0017_training.sql).
//
// Programmes and sessions name no person (agencies' records, readable by every signed-in role); an enrolment names
// a person and is personal data, shown only to actors who may see that person.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.hpp"

namespace sinergi::domain {

// ENROLLED -> COMPLETED | DROPPED_OUT | FAILED (training_rules.hpp CanMoveEnrolment); the last three are final.
enum class EnrolmentStatus { kEnrolled, kCompleted, kDroppedOut, kFailed };
std::string_view ToString(EnrolmentStatus status);  // "ENROLLED", "COMPLETED", "DROPPED_OUT", "FAILED"
std::optional<EnrolmentStatus> ParseEnrolmentStatus(std::string_view text);

struct ProgrammeData {
  std::string name;
  std::string kind;                  // codelist jenis_pelatihan
  std::string provider_agency_id;    // empty on input: the actor's agency
  std::optional<std::string> skill;  // the skill or competence taught, e.g. "Caregiver", "Las"
  bool issues_competence_certificate = false;
  std::optional<std::string> description;
  std::optional<std::string> region_code;  // a region of the reference data (dotted code)

  bool operator==(const ProgrammeData&) const = default;
};

struct Programme {
  std::string id;
  std::int64_t version = 1;
  ProgrammeData data;
  core::Timestamp created_at{};
  core::Timestamp updated_at{};
  std::string created_by;
  std::string updated_by;
};

struct SessionData {
  core::Date starts_on;
  core::Date ends_on;
  std::string place;                       // e.g. "BLK Kabupaten Cilacap"
  std::optional<std::string> region_code;  // a region of the reference data (dotted code)
  std::optional<std::int64_t> capacity;    // the most persons enrolled at once (dropped-out ones free a seat)

  bool operator==(const SessionData&) const = default;
};

struct TrainingSession {
  std::string id;
  std::string programme_id;
  std::int64_t version = 1;
  SessionData data;
  core::Timestamp created_at{};
  core::Timestamp updated_at{};
  std::string created_by;
  std::string updated_by;
};

// What a writer sets on an enrolment. Attendance is the list of the session days the person attended (each day
// once, within the session, kept in order); its size is the attended days count.
struct EnrolmentData {
  EnrolmentStatus status = EnrolmentStatus::kEnrolled;
  std::vector<core::Date> attended_on;
  std::optional<core::Date> completed_on;         // COMPLETED only; defaults to today on completion
  std::optional<std::string> certificate_number;  // COMPLETED only; required then if the programme certifies
  std::optional<core::Date> certificate_issued_on;
  std::optional<std::string> note;  // e.g. why the person dropped out

  bool operator==(const EnrolmentData&) const = default;
};

struct Enrolment {
  std::string id;
  std::string session_id;
  std::string programme_id;
  std::string person_id;
  std::int64_t version = 1;
  EnrolmentData data;
  core::Timestamp created_at{};
  core::Timestamp updated_at{};
  std::string created_by;
  std::string updated_by;
};

inline constexpr std::size_t kMaxTrainingNameChars = 300;
inline constexpr std::size_t kMaxTrainingTextChars = 5000;  // description, note
inline constexpr std::size_t kMaxCertificateNumberChars = 100;
// The most programmes, sessions of a programme or enrolments of a session (or of a person) one read returns.
inline constexpr int kMaxTrainingRows = 1000;
// The Ps 13 checklist item (codelist dokumen_pmi) a completed certified enrolment verifies.
inline constexpr std::string_view kCompetenceCertificateDocument = "SERTIFIKAT_KOMPETENSI";

}  // namespace sinergi::domain
