// The row mapping of coordination forums, meetings and commitments (sqlite_coordination_rows.hpp).
#include "storage/sqlite/sqlite_coordination_rows.hpp"

#include <optional>
#include <string>

#include "domain/coordination_rules.hpp"
#include "storage/common/json_text.hpp"

namespace sinergi::storage::sqlite::detail {

using domain::Commitment;
using domain::Forum;
using domain::Meeting;

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

}  // namespace sinergi::storage::sqlite::detail
