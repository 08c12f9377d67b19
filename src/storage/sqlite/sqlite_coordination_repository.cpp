// Coordination forums, meetings and commitments in SQLite (migration 0015_coordination.sql). A meeting's
// participants and representatives live in their own tables, rewritten whole on update; the representatives' names
// and job titles are sealed. A commitment's agencies are kept twice: as a JSON array in the row (their order) and
// in coordination_commitment_agencies with the status and due day (the filter by agency and the task list).
#include "storage/sqlite/sqlite_coordination_repository.hpp"

#include <map>
#include <string>
#include <utility>

#include "domain/coordination_rules.hpp"
#include "storage/common/filtered_query.hpp"
#include "storage/common/json_text.hpp"
#include "storage/common/paging.hpp"

namespace sinergi::storage::sqlite {
namespace {

using domain::Commitment;
using domain::Forum;
using domain::Meeting;

#define SINERGI_FORUM_COLUMNS                                                                                     \
  "id, name, convening_agency_id, region_code, member_agency_ids, description, version, created_at, updated_at, " \
  "created_by, updated_by"
constexpr Query kInsertForum{"coordination.forum.insert", "INSERT INTO coordination_forums (" SINERGI_FORUM_COLUMNS
                                                          ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)"};
constexpr Query kGetForum{"coordination.forum.get",
                          "SELECT " SINERGI_FORUM_COLUMNS " FROM coordination_forums WHERE id = ?1"};
constexpr Query kUpdateForum{"coordination.forum.update",
                             "UPDATE coordination_forums SET name = ?2, convening_agency_id = ?3, region_code = ?4, "
                             "member_agency_ids = ?5, description = ?6, version = ?7, updated_at = ?9, "
                             "updated_by = ?11 WHERE id = ?1 AND version = ?12"};
constexpr Query kListForums{"coordination.forum.list",
                            "SELECT " SINERGI_FORUM_COLUMNS " FROM coordination_forums ORDER BY name, id LIMIT ?1"};
constexpr Query kListForumsOfRegion{"coordination.forum.list_region",
                                    "SELECT " SINERGI_FORUM_COLUMNS
                                    " FROM coordination_forums WHERE region_code = ?2 OR region_code IS NULL "
                                    "ORDER BY name, id LIMIT ?1"};
constexpr Query kForumExists{"coordination.forum.exists", "SELECT 1 FROM coordination_forums WHERE id = ?1"};
#undef SINERGI_FORUM_COLUMNS

#define SINERGI_MEETING_COLUMNS                                                                                   \
  "id, forum_id, title, held_on, place, online_link, convening_agency_id, agenda, minutes, version, created_at, " \
  "updated_at, created_by, updated_by"
constexpr Query kInsertMeeting{"coordination.meeting.insert",
                               "INSERT INTO coordination_meetings (" SINERGI_MEETING_COLUMNS
                               ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)"};
constexpr Query kGetMeeting{"coordination.meeting.get",
                            "SELECT " SINERGI_MEETING_COLUMNS " FROM coordination_meetings WHERE id = ?1"};
constexpr Query kUpdateMeeting{"coordination.meeting.update",
                               "UPDATE coordination_meetings SET title = ?3, held_on = ?4, place = ?5, "
                               "online_link = ?6, convening_agency_id = ?7, agenda = ?8, minutes = ?9, version = ?10, "
                               "updated_at = ?12, updated_by = ?14 WHERE id = ?1 AND version = ?15"};
constexpr Query kListMeetings{"coordination.meeting.list",
                              "SELECT " SINERGI_MEETING_COLUMNS
                              " FROM coordination_meetings WHERE forum_id = ?1 ORDER BY held_on, id LIMIT ?2"};
constexpr Query kMeetingExists{"coordination.meeting.exists", "SELECT 1 FROM coordination_meetings WHERE id = ?1"};
#undef SINERGI_MEETING_COLUMNS
constexpr Query kInsertParticipant{
    "coordination.participant.insert",
    "INSERT INTO coordination_meeting_participants (meeting_id, position, agency_id) VALUES (?1, ?2, ?3)"};
constexpr Query kInsertRepresentative{"coordination.representative.insert",
                                      "INSERT INTO coordination_meeting_representatives (meeting_id, participant, "
                                      "position, name, job_title) VALUES (?1, ?2, ?3, ?4, ?5)"};
constexpr Query kDeleteRepresentatives{"coordination.representative.delete",
                                       "DELETE FROM coordination_meeting_representatives WHERE meeting_id = ?1"};
constexpr Query kDeleteParticipants{"coordination.participant.delete",
                                    "DELETE FROM coordination_meeting_participants WHERE meeting_id = ?1"};
constexpr Query kParticipants{"coordination.participant.list",
                              "SELECT position, agency_id FROM coordination_meeting_participants WHERE meeting_id = ?1 "
                              "ORDER BY position"};
constexpr Query kRepresentatives{"coordination.representative.list",
                                 "SELECT participant, name, job_title FROM coordination_meeting_representatives "
                                 "WHERE meeting_id = ?1 ORDER BY participant, position"};

#define SINERGI_COMMITMENT_COLUMNS                                                                             \
  "id, meeting_id, forum_id, agency_ids, description, due_on, indicator, target, progress, status, evidence, " \
  "dropped_reason, done_on, version, created_at, updated_at, created_by, updated_by"
#define SINERGI_COMMITMENT_SELECT "SELECT " SINERGI_COMMITMENT_COLUMNS " FROM coordination_commitments"
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
constexpr Query kCommitmentExists{"coordination.commitment.exists",
                                  "SELECT 1 FROM coordination_commitments WHERE id = ?1"};
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
constexpr Query kDue{"coordination.commitment_agency.due",
                     "SELECT a.commitment_id, c.forum_id, a.due_on FROM coordination_commitment_agencies a "
                     "JOIN coordination_commitments c ON c.id = a.commitment_id WHERE a.agency_id = ?1 AND "
                     "a.status IN ('OPEN', 'IN_PROGRESS') AND a.due_on <= ?2 ORDER BY a.due_on, a.commitment_id "
                     "LIMIT ?3"};

const ConstraintReasons kForumWrite = ConstraintReasons()
                                          .PrimaryKey({"forum.exists", "A forum with this id already exists."})
                                          .ForeignKey({"agency.not_found", "No agency has this id."});
const ConstraintReasons kMeetingWrite = ConstraintReasons()
                                            .PrimaryKey({"meeting.exists", "A meeting with this id already exists."})
                                            .ForeignKey({"agency.not_found", "No agency (or forum) has this id."});
const ConstraintReasons kCommitmentWrite =
    ConstraintReasons()
        .PrimaryKey({"commitment.exists", "A commitment with this id already exists."})
        .ForeignKey({"agency.not_found", "No agency (or meeting) has this id."});

core::Error ForumNotFound() {
  return core::Error::NotFound("forum.not_found", "No forum has this id.");
}
core::Error MeetingNotFound() {
  return core::Error::NotFound("meeting.not_found", "No meeting has this id.");
}
core::Error CommitmentNotFound() {
  return core::Error::NotFound("commitment.not_found", "No commitment has this id.");
}

core::Result<bool> Exists(Connection& conn, const Query& query, const std::string& id) {
  SINERGI_TRY(auto stmt, conn.Prepare(query));
  stmt->BindText(1, id);
  return stmt->Step();
}

// After an UPDATE that changed no row: the row is missing, or its version moved on.
core::Status Unchanged(Connection& conn, const Query& exists, const std::string& id, core::Error missing) {
  SINERGI_TRY(bool found, Exists(conn, exists, id));
  if (!found) return missing;
  return core::Error::StaleVersion();
}

void BindForum(Statement& s, const Forum& f) {
  s.BindText(1, f.id);
  s.BindText(2, f.data.name);
  s.BindText(3, f.data.convening_agency_id);
  s.BindOptText(4, f.data.region_code);
  s.BindText(5, EncodeStringArray(f.data.member_agency_ids));
  s.BindOptText(6, f.data.description);
  s.BindInt(7, f.version);
  s.BindTime(8, f.created_at);
  s.BindTime(9, f.updated_at);
  s.BindText(10, f.created_by);
  s.BindText(11, f.updated_by);
}

core::Result<Forum> ReadForum(const Statement& s) {
  Forum f;
  f.id = s.Text(0);
  f.data.name = s.Text(1);
  f.data.convening_agency_id = s.Text(2);
  f.data.region_code = s.OptText(3);
  SINERGI_TRY(f.data.member_agency_ids, DecodeStringArray(s.Text(4)));
  f.data.description = s.OptText(5);
  f.version = s.Int(6);
  f.created_at = s.Time(7);
  f.updated_at = s.Time(8);
  f.created_by = s.Text(9);
  f.updated_by = s.Text(10);
  return f;
}

void BindMeeting(Statement& s, const Meeting& m) {
  s.BindText(1, m.id);
  s.BindText(2, m.forum_id);
  s.BindText(3, m.data.title);
  s.BindDate(4, m.data.held_on);
  s.BindOptText(5, m.data.place);
  s.BindOptText(6, m.data.online_link);
  s.BindText(7, m.data.convening_agency_id);
  s.BindOptText(8, m.data.agenda);
  s.BindOptText(9, m.data.minutes);
  s.BindInt(10, m.version);
  s.BindTime(11, m.created_at);
  s.BindTime(12, m.updated_at);
  s.BindText(13, m.created_by);
  s.BindText(14, m.updated_by);
}

Meeting ReadMeeting(const Statement& s) {
  Meeting m;
  m.id = s.Text(0);
  m.forum_id = s.Text(1);
  m.data.title = s.Text(2);
  m.data.held_on = s.Date(3);
  m.data.place = s.OptText(4);
  m.data.online_link = s.OptText(5);
  m.data.convening_agency_id = s.Text(6);
  m.data.agenda = s.OptText(7);
  m.data.minutes = s.OptText(8);
  m.version = s.Int(9);
  m.created_at = s.Time(10);
  m.updated_at = s.Time(11);
  m.created_by = s.Text(12);
  m.updated_by = s.Text(13);
  return m;
}

void BindCommitment(Statement& s, const Commitment& c) {
  s.BindText(1, c.id);
  s.BindText(2, c.meeting_id);
  s.BindText(3, c.forum_id);
  s.BindText(4, EncodeStringArray(c.data.agency_ids));
  s.BindText(5, c.data.description);
  s.BindDate(6, c.data.due_on);
  s.BindText(7, c.data.indicator);
  if (c.data.target) {
    s.BindInt(8, *c.data.target);
  } else {
    s.BindNull(8);
  }
  s.BindInt(9, c.data.progress);
  s.BindText(10, domain::ToString(c.data.status));
  s.BindOptText(11, c.data.evidence);
  s.BindOptText(12, c.data.dropped_reason);
  s.BindOptDate(13, c.done_on);
  s.BindInt(14, c.version);
  s.BindTime(15, c.created_at);
  s.BindTime(16, c.updated_at);
  s.BindText(17, c.created_by);
  s.BindText(18, c.updated_by);
}

core::Result<domain::CommitmentStatus> ReadStatus(const std::string& text) {
  std::optional<domain::CommitmentStatus> status = domain::ParseCommitmentStatus(text);
  if (!status) return core::Error::Internal("stored commitment status is unknown");
  return *status;
}

core::Result<Commitment> ReadCommitment(const Statement& s) {
  Commitment c;
  c.id = s.Text(0);
  c.meeting_id = s.Text(1);
  c.forum_id = s.Text(2);
  SINERGI_TRY(c.data.agency_ids, DecodeStringArray(s.Text(3)));
  c.data.description = s.Text(4);
  c.data.due_on = s.Date(5);
  c.data.indicator = s.Text(6);
  if (!s.IsNull(7)) c.data.target = s.Int(7);
  c.data.progress = s.Int(8);
  SINERGI_TRY(c.data.status, ReadStatus(s.Text(9)));
  c.data.evidence = s.OptText(10);
  c.data.dropped_reason = s.OptText(11);
  c.done_on = s.OptDate(12);
  c.version = s.Int(13);
  c.created_at = s.Time(14);
  c.updated_at = s.Time(15);
  c.created_by = s.Text(16);
  c.updated_by = s.Text(17);
  return c;
}

}  // namespace

core::Status SqliteCoordinationRepository::InsertForum(const Forum& forum) {
  SINERGI_TRY(auto stmt, conn_.Prepare(kInsertForum));
  BindForum(*stmt, forum);
  return stmt->Exec(kForumWrite);
}

core::Result<Forum> SqliteCoordinationRepository::GetForum(const std::string& id) {
  SINERGI_TRY(auto stmt, conn_.Prepare(kGetForum));
  stmt->BindText(1, id);
  SINERGI_TRY(bool found, stmt->Step());
  if (!found) return ForumNotFound();
  return ReadForum(*stmt);
}

core::Status SqliteCoordinationRepository::UpdateForum(const Forum& forum, std::int64_t expected_version) {
  int changed = 0;
  {
    SINERGI_TRY(auto stmt, conn_.Prepare(kUpdateForum));
    BindForum(*stmt, forum);
    stmt->BindInt(12, expected_version);
    SINERGI_TRY_STATUS(stmt->Exec(kForumWrite));
    changed = stmt->Changes();
  }
  if (changed > 0) return core::Ok();
  return Unchanged(conn_, kForumExists, forum.id, ForumNotFound());
}

core::Result<std::vector<Forum>> SqliteCoordinationRepository::ListForums(const std::optional<std::string>& region_code,
                                                                          int limit) {
  SINERGI_TRY(auto stmt, conn_.Prepare(region_code ? kListForumsOfRegion : kListForums));
  stmt->BindInt(1, limit);
  if (region_code) stmt->BindText(2, *region_code);
  std::vector<Forum> out;
  while (true) {
    SINERGI_TRY(bool row, stmt->Step());
    if (!row) break;
    SINERGI_TRY(Forum f, ReadForum(*stmt));
    out.push_back(std::move(f));
  }
  return out;
}

core::Status SqliteCoordinationRepository::WriteParticipants(const Meeting& meeting) {
  for (const Query& q : {kDeleteRepresentatives, kDeleteParticipants}) {
    SINERGI_TRY(auto stmt, conn_.Prepare(q));
    stmt->BindText(1, meeting.id);
    SINERGI_TRY_STATUS(stmt->Exec());
  }
  const auto& participants = meeting.data.participants;
  for (std::size_t i = 0; i < participants.size(); ++i) {
    {
      SINERGI_TRY(auto stmt, conn_.Prepare(kInsertParticipant));
      stmt->BindText(1, meeting.id);
      stmt->BindInt(2, static_cast<std::int64_t>(i));
      stmt->BindText(3, participants[i].agency_id);
      SINERGI_TRY_STATUS(stmt->Exec(kMeetingWrite));
    }
    const auto& reps = participants[i].representatives;
    for (std::size_t j = 0; j < reps.size(); ++j) {
      SINERGI_TRY(std::string name, sealer_.Seal(reps[j].name));
      SINERGI_TRY(std::optional<std::string> title, sealer_.Seal(reps[j].position));
      SINERGI_TRY(auto stmt, conn_.Prepare(kInsertRepresentative));
      stmt->BindText(1, meeting.id);
      stmt->BindInt(2, static_cast<std::int64_t>(i));
      stmt->BindInt(3, static_cast<std::int64_t>(j));
      stmt->BindText(4, name);
      stmt->BindOptText(5, title);
      SINERGI_TRY_STATUS(stmt->Exec(kMeetingWrite));
    }
  }
  return core::Ok();
}

core::Status SqliteCoordinationRepository::ReadParticipants(Meeting& meeting) {
  std::map<std::int64_t, std::size_t> index;  // participant position -> index in participants
  {
    SINERGI_TRY(auto stmt, conn_.Prepare(kParticipants));
    stmt->BindText(1, meeting.id);
    while (true) {
      SINERGI_TRY(bool row, stmt->Step());
      if (!row) break;
      index[stmt->Int(0)] = meeting.data.participants.size();
      meeting.data.participants.push_back({stmt->Text(1), {}});
    }
  }
  SINERGI_TRY(auto stmt, conn_.Prepare(kRepresentatives));
  stmt->BindText(1, meeting.id);
  while (true) {
    SINERGI_TRY(bool row, stmt->Step());
    if (!row) break;
    auto it = index.find(stmt->Int(0));
    if (it == index.end()) return core::Error::Internal("a representative names no participant");
    SINERGI_TRY(std::string name, sealer_.Open(stmt->Text(1)));
    SINERGI_TRY(std::optional<std::string> title, sealer_.Open(stmt->OptText(2)));
    meeting.data.participants[it->second].representatives.push_back({std::move(name), std::move(title)});
  }
  return core::Ok();
}

core::Status SqliteCoordinationRepository::InsertMeeting(const Meeting& meeting) {
  {
    SINERGI_TRY(bool forum, Exists(conn_, kForumExists, meeting.forum_id));
    if (!forum) return ForumNotFound();
    SINERGI_TRY(auto stmt, conn_.Prepare(kInsertMeeting));
    BindMeeting(*stmt, meeting);
    SINERGI_TRY_STATUS(stmt->Exec(kMeetingWrite));
  }
  return WriteParticipants(meeting);
}

core::Result<Meeting> SqliteCoordinationRepository::GetMeeting(const std::string& id) {
  Meeting meeting;
  {
    SINERGI_TRY(auto stmt, conn_.Prepare(kGetMeeting));
    stmt->BindText(1, id);
    SINERGI_TRY(bool found, stmt->Step());
    if (!found) return MeetingNotFound();
    meeting = ReadMeeting(*stmt);
  }
  SINERGI_TRY_STATUS(ReadParticipants(meeting));
  return meeting;
}

core::Status SqliteCoordinationRepository::UpdateMeeting(const Meeting& meeting, std::int64_t expected_version) {
  int changed = 0;
  {
    SINERGI_TRY(auto stmt, conn_.Prepare(kUpdateMeeting));
    BindMeeting(*stmt, meeting);
    stmt->BindInt(15, expected_version);
    SINERGI_TRY_STATUS(stmt->Exec(kMeetingWrite));
    changed = stmt->Changes();
  }
  if (changed == 0) return Unchanged(conn_, kMeetingExists, meeting.id, MeetingNotFound());
  return WriteParticipants(meeting);
}

core::Result<std::vector<Meeting>> SqliteCoordinationRepository::ListMeetings(const std::string& forum_id, int limit) {
  std::vector<Meeting> out;
  {
    SINERGI_TRY(auto stmt, conn_.Prepare(kListMeetings));
    stmt->BindText(1, forum_id);
    stmt->BindInt(2, limit);
    while (true) {
      SINERGI_TRY(bool row, stmt->Step());
      if (!row) break;
      out.push_back(ReadMeeting(*stmt));
    }
  }
  for (Meeting& m : out) SINERGI_TRY_STATUS(ReadParticipants(m));
  return out;
}

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

core::Result<domain::ports::Page<Commitment>> SqliteCoordinationRepository::ListCommitments(
    const domain::ports::CommitmentFilter& filter, const domain::ports::PageRequest& page) {
  // One named query per combination of present filters. Parameters: ?1 forum, ?2 meeting, ?3 agency, ?4 statuses
  // (JSON array), ?5 due before, ?6 due on or after, ?7 after, ?8 limit.
  FilteredQuery query("coordination.commitment.list", SINERGI_COMMITMENT_SELECT);
  query.Add(filter.forum_id.has_value(), "forum", "forum_id = ?1");
  query.Add(filter.meeting_id.has_value(), "meeting", "meeting_id = ?2");
  query.Add(filter.agency_id.has_value(), "agency",
            "id IN (SELECT commitment_id FROM coordination_commitment_agencies WHERE agency_id = ?3)");
  query.Add(filter.statuses.has_value(), "status", "status IN (SELECT value FROM json_each(?4))");
  query.Add(filter.due_before.has_value(), "due_before", "due_on < ?5");
  query.Add(filter.due_on_or_after.has_value(), "due_from", "due_on >= ?6");
  query.Add(page.after.has_value(), "after", "id < ?7");
  query.sql += " ORDER BY id DESC LIMIT ?8";

  SINERGI_TRY(auto stmt, conn_.Prepare({query.name, query.sql}));
  if (filter.forum_id) stmt->BindText(1, *filter.forum_id);
  if (filter.meeting_id) stmt->BindText(2, *filter.meeting_id);
  if (filter.agency_id) stmt->BindText(3, *filter.agency_id);
  if (filter.statuses) {
    std::vector<std::string> names;
    for (domain::CommitmentStatus s : *filter.statuses) names.emplace_back(domain::ToString(s));
    stmt->BindText(4, EncodeStringArray(names));
  }
  if (filter.due_before) stmt->BindDate(5, *filter.due_before);
  if (filter.due_on_or_after) stmt->BindDate(6, *filter.due_on_or_after);
  if (page.after) stmt->BindText(7, *page.after);
  stmt->BindInt(8, FetchLimit(page));

  domain::ports::Page<Commitment> out;
  while (true) {
    SINERGI_TRY(bool row, stmt->Step());
    if (!row) break;
    SINERGI_TRY(Commitment c, ReadCommitment(*stmt));
    out.items.push_back(std::move(c));
  }
  FinishPage(out, page, [](const Commitment& c) { return c.id; });
  return out;
}

core::Result<std::vector<domain::ports::DueCommitment>> SqliteCoordinationRepository::DueCommitments(
    const std::string& agency_id, core::Date due_on_or_before, int limit) {
  SINERGI_TRY(auto stmt, conn_.Prepare(kDue));
  stmt->BindText(1, agency_id);
  stmt->BindDate(2, due_on_or_before);
  stmt->BindInt(3, limit);
  std::vector<domain::ports::DueCommitment> out;
  while (true) {
    SINERGI_TRY(bool row, stmt->Step());
    if (!row) break;
    out.push_back({stmt->Text(0), stmt->Text(1), stmt->Date(2)});
  }
  return out;
}

}  // namespace sinergi::storage::sqlite
