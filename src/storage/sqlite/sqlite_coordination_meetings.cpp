// Coordination meetings in SQLite (migration 0015_coordination.sql). A meeting's participants and representatives
// live in their own tables, rewritten whole on update; the representatives' names and job titles are sealed.
#include <map>
#include <string>
#include <utility>

#include "storage/sqlite/sqlite_coordination_repository.hpp"
#include "storage/sqlite/sqlite_coordination_rows.hpp"

namespace sinergi::storage::sqlite {
namespace {

using namespace detail;  // the shared row mapping of this repository (sqlite_coordination_rows.hpp)
using domain::Meeting;

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

}  // namespace

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

}  // namespace sinergi::storage::sqlite
