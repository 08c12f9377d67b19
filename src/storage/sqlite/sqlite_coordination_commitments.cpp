// Coordination commitments in SQLite (migration 0015_coordination.sql). A commitment's agencies are kept twice: as
// a JSON array in the row (their order) and in coordination_commitment_agencies with the status and due day (the
// filter by agency and the task list); its status changes are appended, never rewritten.
#include <string>
#include <utility>

#include "domain/coordination_rules.hpp"
#include "storage/sqlite/sqlite_coordination_repository.hpp"
#include "storage/sqlite/sqlite_coordination_rows.hpp"

namespace sinergi::storage::sqlite {
namespace {

using namespace detail;  // the shared row mapping of this repository (sqlite_coordination_rows.hpp)
using domain::Commitment;

constexpr Query kInsertCommitment{"coordination.commitment.insert",
                                  "INSERT INTO coordination_commitments (" SINERGI_COMMITMENT_COLUMNS
                                  ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, "
                                  "?17, ?18)"};
constexpr Query kGetCommitment{"coordination.commitment.get", SINERGI_COMMITMENT_SELECT " WHERE id = ?1"};
constexpr Query kUpdateCommitment{"coordination.commitment.update",
                                  "UPDATE coordination_commitments SET agency_ids = ?4, description = ?5, due_on = ?6, "
                                  "indicator = ?7, target = ?8, progress = ?9, status = ?10, evidence = ?11, "
                                  "dropped_reason = ?12, done_on = ?13, version = ?14, updated_at = ?16, "
                                  "updated_by = ?18 WHERE id = ?1 AND version = ?19"};
constexpr Query kDeleteAgencies{"coordination.commitment_agency.delete",
                                "DELETE FROM coordination_commitment_agencies WHERE commitment_id = ?1"};
constexpr Query kInsertAgency{"coordination.commitment_agency.insert",
                              "INSERT INTO coordination_commitment_agencies (commitment_id, agency_id, status, due_on) "
                              "VALUES (?1, ?2, ?3, ?4)"};
constexpr Query kAppendStatus{"coordination.status_change.insert",
                              "INSERT INTO coordination_commitment_status_changes (commitment_id, seq, from_status, "
                              "to_status, at, by, note) VALUES (?1, (SELECT count(*) FROM "
                              "coordination_commitment_status_changes WHERE commitment_id = ?1), ?2, ?3, ?4, ?5, ?6)"};
constexpr Query kStatusChanges{"coordination.status_change.list",
                               "SELECT from_status, to_status, at, by, note FROM "
                               "coordination_commitment_status_changes WHERE commitment_id = ?1 ORDER BY seq"};

}  // namespace

core::Status SqliteCoordinationRepository::WriteAgencies(const Commitment& commitment) {
  {
    SINERGI_TRY(auto stmt, conn_.Prepare(kDeleteAgencies));
    stmt->BindText(1, commitment.id);
    SINERGI_TRY_STATUS(stmt->Exec());
  }
  for (const std::string& agency : commitment.data.agency_ids) {
    SINERGI_TRY(auto stmt, conn_.Prepare(kInsertAgency));
    stmt->BindText(1, commitment.id);
    stmt->BindText(2, agency);
    stmt->BindText(3, domain::ToString(commitment.data.status));
    stmt->BindDate(4, commitment.data.due_on);
    SINERGI_TRY_STATUS(stmt->Exec(kCommitmentWrite));
  }
  return core::Ok();
}

core::Status SqliteCoordinationRepository::AppendStatusChange(const std::string& commitment_id,
                                                              const domain::CommitmentStatusChange& change) {
  SINERGI_TRY(auto stmt, conn_.Prepare(kAppendStatus));
  stmt->BindText(1, commitment_id);
  if (change.from) {
    stmt->BindText(2, domain::ToString(*change.from));
  } else {
    stmt->BindNull(2);
  }
  stmt->BindText(3, domain::ToString(change.to));
  stmt->BindTime(4, change.at);
  stmt->BindText(5, change.by);
  stmt->BindOptText(6, change.note);
  return stmt->Exec();
}

core::Status SqliteCoordinationRepository::InsertCommitment(const Commitment& commitment) {
  {
    SINERGI_TRY(bool meeting, Exists(conn_, kMeetingExists, commitment.meeting_id));
    if (!meeting) return MeetingNotFound();
    SINERGI_TRY(auto stmt, conn_.Prepare(kInsertCommitment));
    BindCommitment(*stmt, commitment);
    SINERGI_TRY_STATUS(stmt->Exec(kCommitmentWrite));
  }
  SINERGI_TRY_STATUS(WriteAgencies(commitment));
  for (const domain::CommitmentStatusChange& change : commitment.status_history) {
    SINERGI_TRY_STATUS(AppendStatusChange(commitment.id, change));
  }
  return core::Ok();
}

core::Result<Commitment> SqliteCoordinationRepository::GetCommitment(const std::string& id) {
  Commitment c;
  {
    SINERGI_TRY(auto stmt, conn_.Prepare(kGetCommitment));
    stmt->BindText(1, id);
    SINERGI_TRY(bool found, stmt->Step());
    if (!found) return CommitmentNotFound();
    SINERGI_TRY(c, ReadCommitment(*stmt));
  }
  SINERGI_TRY(auto stmt, conn_.Prepare(kStatusChanges));
  stmt->BindText(1, id);
  while (true) {
    SINERGI_TRY(bool row, stmt->Step());
    if (!row) break;
    domain::CommitmentStatusChange change;
    if (!stmt->IsNull(0)) {
      SINERGI_TRY(change.from, ReadStatus(stmt->Text(0)));
    }
    SINERGI_TRY(change.to, ReadStatus(stmt->Text(1)));
    change.at = stmt->Time(2);
    change.by = stmt->Text(3);
    change.note = stmt->OptText(4);
    c.status_history.push_back(std::move(change));
  }
  return c;
}

core::Status SqliteCoordinationRepository::UpdateCommitment(
    const Commitment& commitment, std::int64_t expected_version,
    const std::optional<domain::CommitmentStatusChange>& status_change) {
  int changed = 0;
  {
    SINERGI_TRY(auto stmt, conn_.Prepare(kUpdateCommitment));
    BindCommitment(*stmt, commitment);
    stmt->BindInt(19, expected_version);
    SINERGI_TRY_STATUS(stmt->Exec(kCommitmentWrite));
    changed = stmt->Changes();
  }
  if (changed == 0) return Unchanged(conn_, kCommitmentExists, commitment.id, CommitmentNotFound());
  SINERGI_TRY_STATUS(WriteAgencies(commitment));
  if (status_change) SINERGI_TRY_STATUS(AppendStatusChange(commitment.id, *status_change));
  return core::Ok();
}

}  // namespace sinergi::storage::sqlite
