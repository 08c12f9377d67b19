// The list queries of coordination commitments in SQLite: filtered pages (the commitment board, the forum record)
// and the due commitments of an agency (its task list, index-served by coordination_commitment_agencies).
#include <string>
#include <utility>
#include <vector>

#include "storage/common/filtered_query.hpp"
#include "storage/common/json_text.hpp"
#include "storage/common/paging.hpp"
#include "storage/sqlite/sqlite_coordination_repository.hpp"
#include "storage/sqlite/sqlite_coordination_rows.hpp"

namespace sinergi::storage::sqlite {
namespace {

using namespace detail;  // the shared row mapping of this repository (sqlite_coordination_rows.hpp)
using domain::Commitment;

constexpr Query kDue{"coordination.commitment_agency.due",
                     "SELECT a.commitment_id, c.forum_id, a.due_on FROM coordination_commitment_agencies a "
                     "JOIN coordination_commitments c ON c.id = a.commitment_id WHERE a.agency_id = ?1 AND "
                     "a.status IN ('OPEN', 'IN_PROGRESS') AND a.due_on <= ?2 ORDER BY a.due_on, a.commitment_id "
                     "LIMIT ?3"};

}  // namespace

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
