// The complaint facts of cases in SQLite (migration 0013_complaint_timers.sql; domain/complaint.hpp).
#include <optional>
#include <string>
#include <utility>

#include "storage/sqlite/sqlite_case_work.hpp"

namespace sinergi::storage::sqlite {
namespace {

using domain::ComplaintFacts;

#define SINERGI_COMPLAINT_COLUMNS                                                                           \
  "case_id, version, documents_incomplete, info_requested_on, unreachable_since, awaiting_response_since, " \
  "settlement_clarified_on, created_at, updated_at, created_by, updated_by"
constexpr Query kGetFacts{"case_work.get_complaint_facts",
                          "SELECT " SINERGI_COMPLAINT_COLUMNS " FROM case_complaint_facts WHERE case_id = ?1"};
constexpr Query kInsertFacts{"case_work.insert_complaint_facts",
                             "INSERT INTO case_complaint_facts (" SINERGI_COMPLAINT_COLUMNS
                             ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)"};
#undef SINERGI_COMPLAINT_COLUMNS
// ?1..?11 as the columns; ?12 the expected version. created_at and created_by are not written.
constexpr Query kUpdateFacts{"case_work.update_complaint_facts",
                             "UPDATE case_complaint_facts SET version = ?2, documents_incomplete = ?3, "
                             "info_requested_on = ?4, unreachable_since = ?5, awaiting_response_since = ?6, "
                             "settlement_clarified_on = ?7, updated_at = ?9, updated_by = ?11 "
                             "WHERE case_id = ?1 AND version = ?12"};

const ConstraintReasons kFactsWrite =
    ConstraintReasons()
        .PrimaryKey({"version_mismatch",
                     "The record was changed by someone else; reload it and apply your change "
                     "again."})
        .ForeignKey({"case.not_found", "No case has this id."});

void BindFacts(Statement& stmt, const ComplaintFacts& f) {
  stmt.BindText(1, f.case_id);
  stmt.BindInt(2, f.version);
  stmt.BindBool(3, f.data.documents_incomplete);
  stmt.BindOptDate(4, f.data.info_requested_on);
  stmt.BindOptDate(5, f.data.unreachable_since);
  stmt.BindOptDate(6, f.data.awaiting_response_since);
  stmt.BindOptDate(7, f.data.settlement_clarified_on);
  stmt.BindTime(8, f.created_at.value_or(core::Timestamp{}));
  stmt.BindTime(9, f.updated_at.value_or(core::Timestamp{}));
  stmt.BindText(10, f.created_by.value_or(""));
  stmt.BindText(11, f.updated_by.value_or(""));
}

}  // namespace

core::Result<std::optional<ComplaintFacts>> SqliteCaseWorkRepository::GetComplaintFacts(const std::string& case_id) {
  SINERGI_TRY(auto stmt, conn_.Prepare(kGetFacts));
  stmt->BindText(1, case_id);
  SINERGI_TRY(bool found, stmt->Step());
  if (!found) return std::optional<ComplaintFacts>();
  ComplaintFacts f;
  f.case_id = stmt->Text(0);
  f.version = stmt->Int(1);
  f.data.documents_incomplete = stmt->Bool(2);
  f.data.info_requested_on = stmt->OptDate(3);
  f.data.unreachable_since = stmt->OptDate(4);
  f.data.awaiting_response_since = stmt->OptDate(5);
  f.data.settlement_clarified_on = stmt->OptDate(6);
  f.created_at = stmt->Time(7);
  f.updated_at = stmt->Time(8);
  f.created_by = stmt->Text(9);
  f.updated_by = stmt->Text(10);
  return std::optional<ComplaintFacts>(std::move(f));
}

core::Status SqliteCaseWorkRepository::SaveComplaintFacts(const ComplaintFacts& facts, std::int64_t expected_version) {
  if (expected_version == 0) {
    // A second first write loses on the primary key: for its writer the facts are stale.
    SINERGI_TRY(auto stmt, conn_.Prepare(kInsertFacts));
    BindFacts(*stmt, facts);
    if (core::Status st = stmt->Exec(kFactsWrite); !st) {
      if (st.error().reason() == "version_mismatch") return core::Error::StaleVersion();
      return st;
    }
    return core::Ok();
  }
  SINERGI_TRY(auto stmt, conn_.Prepare(kUpdateFacts));
  BindFacts(*stmt, facts);
  stmt->BindInt(12, expected_version);
  SINERGI_TRY_STATUS(stmt->Exec(kFactsWrite));
  if (stmt->Changes() > 0) return core::Ok();
  return core::Error::StaleVersion();
}

}  // namespace sinergi::storage::sqlite
