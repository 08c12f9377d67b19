// The hash-chained audit trail (migration 0003_audit.sql). Append links each row to the last one; the table's
// triggers refuse UPDATE and DELETE, and the chain exposes anyone who edits the file around them.
#include <charconv>
#include <string>
#include <utility>

#include "storage/common/filtered_query.hpp"
#include "storage/common/json_text.hpp"
#include "storage/common/paging.hpp"
#include "storage/sqlite/sqlite_repositories.hpp"

namespace sinergi::storage::sqlite {
namespace {

using domain::AuditEntry;
using domain::ports::AuditFilter;
using domain::ports::Page;
using domain::ports::PageRequest;

#define SINERGI_AUDIT_COLUMNS \
  "seq, id, at, actor_id, agency_id, ip, action, entity_type, entity_id, record_ids, fields, detail, prev_hash, hash"

constexpr Query kLast{"audit.last", "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"};
constexpr Query kInsert{"audit.insert", "INSERT INTO audit_log (" SINERGI_AUDIT_COLUMNS
                                        ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)"};
constexpr Query kScan{"audit.scan", "SELECT " SINERGI_AUDIT_COLUMNS " FROM audit_log ORDER BY seq"};

const ConstraintReasons kInsertReasons =
    ConstraintReasons()
        .PrimaryKey({"audit.seq_taken", "Another audit entry took this sequence number."})
        .Unique({"audit.exists", "An audit entry with this id already exists."})
        .Check({"audit.invalid", "The audit entry is malformed."});

core::Result<AuditEntry> ReadEntry(const Statement& stmt) {
  AuditEntry e;
  e.seq = stmt.Int(0);
  e.id = stmt.Text(1);
  e.at = stmt.Time(2);
  e.actor_id = stmt.Text(3);
  e.agency_id = stmt.Text(4);
  e.ip = stmt.Text(5);
  e.action = stmt.Text(6);
  e.entity_type = stmt.Text(7);
  e.entity_id = stmt.Text(8);
  auto record_ids = DecodeStringArray(stmt.Text(9));
  auto fields = DecodeStringArray(stmt.Text(10));
  // Only a tampered file holds such rows; naming the entry lets the operator find it.
  if (!record_ids || !fields) {
    return core::Error::Internal("audit entry " + std::to_string(e.seq) + " has a malformed record_ids or fields");
  }
  e.record_ids = std::move(*record_ids);
  e.fields = std::move(*fields);
  e.detail = stmt.Text(11);
  e.prev_hash = stmt.Text(12);
  e.hash = stmt.Text(13);
  return e;
}

core::Result<std::int64_t> ParseSeqCursor(const std::string& text) {
  std::int64_t seq = 0;
  const char* end = text.data() + text.size();
  auto [ptr, ec] = std::from_chars(text.data(), end, seq);
  if (ec != std::errc() || ptr != end || seq < 1) {
    // Same reason as the HTTP layer's cursor check, so a forged cursor is a 400 like any bad query parameter.
    return core::Error::Invalid("invalid_parameter", "Query parameter 'cursor' is not a cursor returned by this list.",
                                {{"cursor", "invalid_value", "is not a cursor returned by this list"}});
  }
  return seq;
}

}  // namespace

core::Result<AuditEntry> SqliteAuditRepository::Append(AuditEntry entry) {
  if (entry.id.empty() || entry.actor_id.empty() || entry.action.empty()) {
    return core::Error::Invalid("audit.incomplete", "An audit entry needs an id, an actor and an action.");
  }
  {
    SINERGI_TRY(auto last, conn_.Prepare(kLast));
    SINERGI_TRY(bool found, last->Step());
    entry.seq = found ? last->Int(0) + 1 : 1;
    entry.prev_hash = found ? last->Text(1) : domain::kAuditGenesisHash;
  }
  entry.hash = domain::ComputeAuditHash(entry);
  SINERGI_TRY(auto stmt, conn_.Prepare(kInsert));
  stmt->BindInt(1, entry.seq);
  stmt->BindText(2, entry.id);
  stmt->BindTime(3, entry.at);
  stmt->BindText(4, entry.actor_id);
  stmt->BindText(5, entry.agency_id);
  stmt->BindText(6, entry.ip);
  stmt->BindText(7, entry.action);
  stmt->BindText(8, entry.entity_type);
  stmt->BindText(9, entry.entity_id);
  stmt->BindText(10, EncodeStringArray(entry.record_ids));
  stmt->BindText(11, EncodeStringArray(entry.fields));
  stmt->BindText(12, entry.detail);
  stmt->BindText(13, entry.prev_hash);
  stmt->BindText(14, entry.hash);
  SINERGI_TRY_STATUS(stmt->Exec(kInsertReasons));
  return entry;
}

core::Result<Page<AuditEntry>> SqliteAuditRepository::List(const AuditFilter& filter, const PageRequest& page) {
  std::optional<std::int64_t> before_seq;
  if (page.after) {
    SINERGI_TRY(before_seq, ParseSeqCursor(*page.after));
  }
  // One named query per combination of present filters, like the person and journey lists: each shape is
  // prepared once and keeps its own plan (the entity, actor and time indexes each serve some shapes).
  FilteredQuery query("audit.list", "SELECT " SINERGI_AUDIT_COLUMNS " FROM audit_log");
  query.Add(filter.actor_id.has_value(), "actor", "actor_id = ?1");
  query.Add(filter.entity_type.has_value(), "entity_type", "entity_type = ?2");
  query.Add(filter.entity_id.has_value(), "entity_id", "entity_id = ?3");
  query.Add(filter.action.has_value(), "action", "action = ?4");
  query.Add(filter.from.has_value(), "from", "at >= ?5");
  query.Add(filter.to.has_value(), "to", "at < ?6");
  query.Add(before_seq.has_value(), "after", "seq < ?7");
  query.sql += " ORDER BY seq DESC LIMIT ?8";

  Page<AuditEntry> out;
  SINERGI_TRY(auto stmt, conn_.Prepare({query.name, query.sql}));
  if (filter.actor_id) stmt->BindText(1, *filter.actor_id);
  if (filter.entity_type) stmt->BindText(2, *filter.entity_type);
  if (filter.entity_id) stmt->BindText(3, *filter.entity_id);
  if (filter.action) stmt->BindText(4, *filter.action);
  if (filter.from) stmt->BindTime(5, *filter.from);
  if (filter.to) stmt->BindTime(6, *filter.to);
  if (before_seq) stmt->BindInt(7, *before_seq);
  stmt->BindInt(8, FetchLimit(page));
  while (true) {
    SINERGI_TRY(bool row, stmt->Step());
    if (!row) break;
    SINERGI_TRY(AuditEntry entry, ReadEntry(*stmt));
    out.items.push_back(std::move(entry));
  }
  FinishPage(out, page, [](const AuditEntry& e) { return std::to_string(e.seq); });
  return out;
}

core::Status SqliteAuditRepository::Scan(const std::function<bool(const AuditEntry&)>& visit) {
  // Steps one row at a time: the trail grows without bound and must never be loaded whole.
  SINERGI_TRY(auto stmt, conn_.Prepare(kScan));
  while (true) {
    SINERGI_TRY(bool row, stmt->Step());
    if (!row) return core::Ok();
    SINERGI_TRY(AuditEntry entry, ReadEntry(*stmt));
    if (!visit(entry)) return core::Ok();
  }
}

#undef SINERGI_AUDIT_COLUMNS

}  // namespace sinergi::storage::sqlite
