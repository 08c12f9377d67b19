#pragma once
// Internal to the SQLite coordination repository (sqlite_coordination_*.cpp): the row mapping of forums, meetings
// and commitments, their existence checks and not-found errors, shared by the files that split its methods.
#include <string>

#include "core/result.hpp"
#include "domain/coordination.hpp"
#include "storage/sqlite/connection.hpp"
#include "storage/sqlite/sqlite_errors.hpp"
#include "storage/sqlite/statement.hpp"

namespace sinergi::storage::sqlite::detail {

// The columns of coordination_commitments in the order BindCommitment / ReadCommitment use.
#define SINERGI_COMMITMENT_COLUMNS                                                                             \
  "id, meeting_id, forum_id, agency_ids, description, due_on, indicator, target, progress, status, evidence, " \
  "dropped_reason, done_on, version, created_at, updated_at, created_by, updated_by"
#define SINERGI_COMMITMENT_SELECT "SELECT " SINERGI_COMMITMENT_COLUMNS " FROM coordination_commitments"

inline constexpr Query kForumExists{"coordination.forum.exists", "SELECT 1 FROM coordination_forums WHERE id = ?1"};
inline constexpr Query kMeetingExists{"coordination.meeting.exists",
                                      "SELECT 1 FROM coordination_meetings WHERE id = ?1"};
inline constexpr Query kCommitmentExists{"coordination.commitment.exists",
                                         "SELECT 1 FROM coordination_commitments WHERE id = ?1"};

extern const ConstraintReasons kForumWrite;
extern const ConstraintReasons kMeetingWrite;
extern const ConstraintReasons kCommitmentWrite;

core::Error ForumNotFound();
core::Error MeetingNotFound();
core::Error CommitmentNotFound();

core::Result<bool> Exists(Connection& conn, const Query& query, const std::string& id);
// After an UPDATE that changed no row: the row is missing, or its version moved on.
core::Status Unchanged(Connection& conn, const Query& exists, const std::string& id, core::Error missing);

// Parameters ?1..?11 in the column order of coordination_forums.
void BindForum(Statement& s, const domain::Forum& f);
core::Result<domain::Forum> ReadForum(const Statement& s);
// Parameters ?1..?14 in the column order of coordination_meetings; the participants are read and written apart.
void BindMeeting(Statement& s, const domain::Meeting& m);
domain::Meeting ReadMeeting(const Statement& s);
// Parameters ?1..?18 in the order of SINERGI_COMMITMENT_COLUMNS; status_history is read and written apart.
void BindCommitment(Statement& s, const domain::Commitment& c);
core::Result<domain::Commitment> ReadCommitment(const Statement& s);
core::Result<domain::CommitmentStatus> ReadStatus(const std::string& text);

}  // namespace sinergi::storage::sqlite::detail
