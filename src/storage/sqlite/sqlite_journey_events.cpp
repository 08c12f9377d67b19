// Status transitions and reintegration follow-ups of SqliteJourneyRepository: append-only, listed oldest first.
#include <string>

#include "storage/sqlite/sqlite_repositories.hpp"

namespace sinergi::storage::sqlite {
namespace {

using domain::FollowUp;
using domain::JourneyTransition;

constexpr Query kInsertTransition{
    "journey.insert_transition",
    "INSERT INTO journey_transitions (id, journey_id, from_status, to_status, effective_date, at, actor, reason, "
    "override_reason) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"};
// Ordered by recording time; the id breaks ties between transitions recorded in the same millisecond.
constexpr Query kListTransitions{
    "journey.list_transitions",
    "SELECT id, journey_id, from_status, to_status, effective_date, at, actor, reason, override_reason "
    "FROM journey_transitions WHERE journey_id = ?1 ORDER BY at, id"};
constexpr Query kInsertFollowUp{
    "journey.insert_follow_up",
    "INSERT INTO journey_follow_ups (id, journey_id, date, kind, note, recorded_at, recorded_by) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"};
// Ordered by the date the follow-up happened (a late entry of an older visit sorts where it belongs).
constexpr Query kListFollowUps{
    "journey.list_follow_ups",
    "SELECT id, journey_id, date, kind, note, recorded_at, recorded_by FROM journey_follow_ups "
    "WHERE journey_id = ?1 ORDER BY date, recorded_at, id"};

const ConstraintReasons kTransitionWrite =
    ConstraintReasons()
        .PrimaryKey({"journey_transition.exists", "A transition with this id already exists."})
        .ForeignKey({"journey.not_found", "No journey has this id."});
const ConstraintReasons kFollowUpWrite =
    ConstraintReasons()
        .PrimaryKey({"follow_up.exists", "A follow-up with this id already exists."})
        .ForeignKey({"journey.not_found", "No journey has this id."});

core::Result<domain::JourneyStatus> ParseStatus(const std::string& text) {
  auto status = domain::ParseJourneyStatus(text);
  if (!status) return core::Error::Internal("a stored transition has an unknown status");
  return *status;
}

}  // namespace

core::Status SqliteJourneyRepository::InsertTransition(const JourneyTransition& t) {
  SINERGI_TRY(auto stmt, conn_.Prepare(kInsertTransition));
  stmt->BindText(1, t.id);
  stmt->BindText(2, t.journey_id);
  stmt->BindText(3, domain::ToString(t.from));
  stmt->BindText(4, domain::ToString(t.to));
  stmt->BindDate(5, t.effective_date);
  stmt->BindTime(6, t.at);
  stmt->BindText(7, t.actor);
  stmt->BindOptText(8, t.reason);
  stmt->BindOptText(9, t.override_reason);
  return stmt->Exec(kTransitionWrite);
}

core::Result<std::vector<JourneyTransition>> SqliteJourneyRepository::ListTransitions(const std::string& journey_id) {
  SINERGI_TRY(auto stmt, conn_.Prepare(kListTransitions));
  stmt->BindText(1, journey_id);
  std::vector<JourneyTransition> out;
  while (true) {
    SINERGI_TRY(bool row, stmt->Step());
    if (!row) return out;
    JourneyTransition t;
    t.id = stmt->Text(0);
    t.journey_id = stmt->Text(1);
    SINERGI_TRY(t.from, ParseStatus(stmt->Text(2)));
    SINERGI_TRY(t.to, ParseStatus(stmt->Text(3)));
    t.effective_date = stmt->Date(4);
    t.at = stmt->Time(5);
    t.actor = stmt->Text(6);
    t.reason = stmt->OptText(7);
    t.override_reason = stmt->OptText(8);
    out.push_back(std::move(t));
  }
}

core::Status SqliteJourneyRepository::InsertFollowUp(const FollowUp& f) {
  SINERGI_TRY(auto stmt, conn_.Prepare(kInsertFollowUp));
  stmt->BindText(1, f.id);
  stmt->BindText(2, f.journey_id);
  stmt->BindDate(3, f.date);
  stmt->BindText(4, f.kind);
  stmt->BindText(5, f.note);
  stmt->BindTime(6, f.recorded_at);
  stmt->BindText(7, f.recorded_by);
  return stmt->Exec(kFollowUpWrite);
}

core::Result<std::vector<FollowUp>> SqliteJourneyRepository::ListFollowUps(const std::string& journey_id) {
  SINERGI_TRY(auto stmt, conn_.Prepare(kListFollowUps));
  stmt->BindText(1, journey_id);
  std::vector<FollowUp> out;
  while (true) {
    SINERGI_TRY(bool row, stmt->Step());
    if (!row) return out;
    FollowUp f;
    f.id = stmt->Text(0);
    f.journey_id = stmt->Text(1);
    f.date = stmt->Date(2);
    f.kind = stmt->Text(3);
    f.note = stmt->Text(4);
    f.recorded_at = stmt->Time(5);
    f.recorded_by = stmt->Text(6);
    out.push_back(std::move(f));
  }
}

}  // namespace sinergi::storage::sqlite
