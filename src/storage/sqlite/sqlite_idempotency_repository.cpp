// Idempotency keys: Reserve before running a create, Complete with the response to replay, Release on failure.
#include <string>

#include "storage/sqlite/sqlite_repositories.hpp"

namespace sinergi::storage::sqlite {
namespace {

using domain::ports::IdempotencyRecord;

constexpr Query kFind{"idempotency.find",
                      "SELECT scope, key, request_hash, completed, status_code, response_body, response_headers, "
                      "created_at FROM idempotency_keys WHERE scope = ?1 AND key = ?2"};
constexpr Query kReserve{"idempotency.reserve",
                         "INSERT INTO idempotency_keys (scope, key, request_hash, completed, status_code, "
                         "response_body, response_headers, created_at) VALUES (?1, ?2, ?3, 0, 0, '', '', ?4)"};
constexpr Query kComplete{"idempotency.complete",
                          "UPDATE idempotency_keys SET completed = 1, status_code = ?3, response_body = ?4, "
                          "response_headers = ?5 WHERE scope = ?1 AND key = ?2"};
constexpr Query kRelease{"idempotency.release", "DELETE FROM idempotency_keys WHERE scope = ?1 AND key = ?2"};

const ConstraintReasons kReserveReasons =
    ConstraintReasons().PrimaryKey({"idempotency.exists", "This Idempotency-Key was already used."});

}  // namespace

core::Result<std::optional<IdempotencyRecord>> SqliteIdempotencyRepository::Find(const std::string& scope,
                                                                                 const std::string& key) {
  SINERGI_TRY(auto stmt, conn_.Prepare(kFind));
  stmt->BindText(1, scope);
  stmt->BindText(2, key);
  SINERGI_TRY(bool found, stmt->Step());
  if (!found) return std::optional<IdempotencyRecord>();
  IdempotencyRecord r;
  r.scope = stmt->Text(0);
  r.key = stmt->Text(1);
  r.request_hash = stmt->Text(2);
  r.completed = stmt->Bool(3);
  r.status_code = static_cast<int>(stmt->Int(4));
  SINERGI_TRY(r.response_body, sealer_.Open(stmt->Text(5)));
  r.response_headers = stmt->Text(6);
  r.created_at = stmt->Time(7);
  return std::optional<IdempotencyRecord>(std::move(r));
}

// Stores only the reservation (scope, key, hash, created_at); the response arrives with Complete.
core::Status SqliteIdempotencyRepository::Reserve(const IdempotencyRecord& record) {
  SINERGI_TRY(auto stmt, conn_.Prepare(kReserve));
  stmt->BindText(1, record.scope);
  stmt->BindText(2, record.key);
  stmt->BindText(3, record.request_hash);
  stmt->BindTime(4, record.created_at);
  return stmt->Exec(kReserveReasons);
}

// Errors: kNotFound "idempotency.not_found" if nothing is reserved under (scope, key).
// The replay body is sealed: it repeats the created record (storage/common/sealed_fields.hpp).
core::Status SqliteIdempotencyRepository::Complete(const IdempotencyRecord& record) {
  std::string body;
  if (!record.response_body.empty()) {
    SINERGI_TRY(body, sealer_.Seal(record.response_body));
  }
  SINERGI_TRY(auto stmt, conn_.Prepare(kComplete));
  stmt->BindText(1, record.scope);
  stmt->BindText(2, record.key);
  stmt->BindInt(3, record.status_code);
  stmt->BindText(4, body);
  stmt->BindText(5, record.response_headers);
  SINERGI_TRY_STATUS(stmt->Exec());
  if (stmt->Changes() == 0) {
    return core::Error::NotFound("idempotency.not_found", "No reservation exists for this Idempotency-Key.");
  }
  return core::Ok();
}

// Releasing an absent key is not an error: the goal (no reservation) already holds.
core::Status SqliteIdempotencyRepository::Release(const std::string& scope, const std::string& key) {
  SINERGI_TRY(auto stmt, conn_.Prepare(kRelease));
  stmt->BindText(1, scope);
  stmt->BindText(2, key);
  return stmt->Exec();
}

}  // namespace sinergi::storage::sqlite
