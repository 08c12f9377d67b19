// Append-only change history, listed newest first per entity.
#include <string>

#include "storage/common/json_text.hpp"
#include "storage/common/paging.hpp"
#include "storage/sqlite/sqlite_repositories.hpp"

namespace sinergi::storage::sqlite {
namespace {

using domain::ChangeRecord;
using domain::ports::Page;
using domain::ports::PageRequest;

constexpr Query kAppend{"history.append",
                        "INSERT INTO change_history (id, entity_type, entity_id, action, at, actor, reason, changes) "
                        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"};
// Newest first by id (ULIDs follow creation time); ?3 is the exclusive upper bound of the page.
constexpr Query kListFirst{"history.list",
                           "SELECT id, entity_type, entity_id, action, at, actor, reason, changes FROM change_history "
                           "WHERE entity_type = ?1 AND entity_id = ?2 ORDER BY id DESC LIMIT ?4"};
constexpr Query kListAfter{"history.list_after",
                           "SELECT id, entity_type, entity_id, action, at, actor, reason, changes FROM change_history "
                           "WHERE entity_type = ?1 AND entity_id = ?2 AND id < ?3 ORDER BY id DESC LIMIT ?4"};

const ConstraintReasons kAppendReasons =
    ConstraintReasons().PrimaryKey({"history.exists", "A history record with this id already exists."});

}  // namespace

core::Status SqliteHistoryRepository::Append(const ChangeRecord& record) {
  // The whole change list is sealed: its values repeat the record's fields (storage/common/sealed_fields.hpp).
  SINERGI_TRY(std::string encoded, EncodeChanges(record.changes));
  SINERGI_TRY(std::string changes, sealer_.Seal(encoded));
  SINERGI_TRY(auto stmt, conn_.Prepare(kAppend));
  stmt->BindText(1, record.id);
  stmt->BindText(2, record.entity_type);
  stmt->BindText(3, record.entity_id);
  stmt->BindText(4, record.action);
  stmt->BindTime(5, record.at);
  stmt->BindText(6, record.actor);
  stmt->BindOptText(7, record.reason);
  stmt->BindText(8, changes);
  return stmt->Exec(kAppendReasons);
}

core::Result<Page<ChangeRecord>> SqliteHistoryRepository::List(const std::string& entity_type,
                                                               const std::string& entity_id, const PageRequest& page) {
  SINERGI_TRY(auto stmt, conn_.Prepare(page.after ? kListAfter : kListFirst));
  stmt->BindText(1, entity_type);
  stmt->BindText(2, entity_id);
  if (page.after) stmt->BindText(3, *page.after);
  stmt->BindInt(4, FetchLimit(page));
  Page<ChangeRecord> out;
  while (true) {
    SINERGI_TRY(bool row, stmt->Step());
    if (!row) break;
    ChangeRecord r;
    r.id = stmt->Text(0);
    r.entity_type = stmt->Text(1);
    r.entity_id = stmt->Text(2);
    r.action = stmt->Text(3);
    r.at = stmt->Time(4);
    r.actor = stmt->Text(5);
    r.reason = stmt->OptText(6);
    SINERGI_TRY(std::string changes, sealer_.Open(stmt->Text(7)));
    SINERGI_TRY(r.changes, DecodeChanges(changes));
    out.items.push_back(std::move(r));
  }
  FinishPage(out, page, [](const ChangeRecord& r) { return r.id; });
  return out;
}

}  // namespace sinergi::storage::sqlite
