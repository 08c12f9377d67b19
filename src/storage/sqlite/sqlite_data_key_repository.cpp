// Counting and re-sealing the sealed columns (storage/common/sealed_fields.hpp) for `sinergi key status/rotate`,
// and the check values that prove a configured key is the one the data was sealed with.
#include <string>
#include <vector>

#include "storage/sqlite/sqlite_data_keys.hpp"
#include "storage/sqlite/sqlite_repositories.hpp"

namespace sinergi::storage::sqlite {
namespace {

using domain::ports::SealedValueCount;

constexpr std::string_view kCheckText = "sinergi data key check v1";
constexpr Query kGetCheck{"data_keys.get_check", "SELECT check_value FROM data_keys WHERE key_id = ?1"};
constexpr Query kInsertCheck{"data_keys.insert_check",
                             "INSERT INTO data_keys (key_id, check_value, created_at) VALUES (?1, ?2, ?3)"};

std::string Qualified(const SealedColumn& c) {
  return std::string(c.table) + "." + std::string(c.column);
}

// "scope, key" -> {"scope", "key"}
std::vector<std::string> KeyColumns(const SealedColumn& c) {
  std::vector<std::string> out;
  std::string_view rest = c.key_columns;
  while (!rest.empty()) {
    std::size_t comma = rest.find(',');
    std::string_view part = rest.substr(0, comma);
    while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
    out.emplace_back(part);
    rest = comma == std::string_view::npos ? std::string_view{} : rest.substr(comma + 1);
  }
  return out;
}

struct PendingRow {
  std::vector<std::string> key;
  std::string value;
};

}  // namespace

core::Status CheckDataKeys(Connection& conn, const core::KeyRing& keys, core::Timestamp now) {
  for (const std::string& id : keys.ids()) {
    std::optional<std::string> check;
    {
      SINERGI_TRY(auto stmt, conn.Prepare(kGetCheck));
      stmt->BindText(1, id);
      SINERGI_TRY(bool found, stmt->Step());
      if (found) check = stmt->Text(0);
    }
    if (check) {
      auto opened = keys.Open(*check);
      if (!opened || *opened != kCheckText) {
        return core::Error::Invalid("data_key.mismatch",
                                    "Data key \"" + id +
                                        "\" is not the key this database was sealed with under that id; check the "
                                        "configured key file (security.data_key_file / SINERGI_SECURITY_DATA_KEYS).");
      }
    } else if (id == keys.active_id()) {
      SINERGI_TRY(auto stmt, conn.Prepare(kInsertCheck));
      stmt->BindText(1, id);
      stmt->BindText(2, keys.Seal(kCheckText));
      stmt->BindTime(3, now);
      SINERGI_TRY_STATUS(stmt->Exec());
    }
  }
  return core::Ok();
}

core::Result<std::vector<SealedValueCount>> SqliteDataKeyRepository::CountSealed() {
  std::vector<SealedValueCount> out;
  for (const SealedColumn& c : kSealedColumns) {
    const std::string col(c.column);
    const std::string name = "data_keys.count." + Qualified(c);
    const std::string sql = "SELECT CASE WHEN substr(" + col + ", 1, 7) = 'enc:v1:' THEN substr(" + col +
                            ", 8, instr(substr(" + col + ", 8), ':') - 1) ELSE '' END AS k, count(*) FROM " +
                            std::string(c.table) + " WHERE " + col + " IS NOT NULL AND " + col +
                            " <> '' GROUP BY k ORDER BY k";
    SINERGI_TRY(auto stmt, conn_.Prepare({name, sql}));
    while (true) {
      SINERGI_TRY(bool row, stmt->Step());
      if (!row) break;
      out.push_back({Qualified(c), stmt->Text(0), stmt->Int(1)});
    }
  }
  return out;
}

core::Result<int> SqliteDataKeyRepository::ResealBatch(int limit) {
  if (sealer_.keys() == nullptr) return Sealer::MissingKey();
  const core::KeyRing& keys = *sealer_.keys();
  const std::string active_prefix = std::string(core::KeyRing::kPrefix) + keys.active_id() + ":";
  int done = 0;
  for (const SealedColumn& c : kSealedColumns) {
    if (done >= limit) break;
    const std::string col(c.column);
    const std::vector<std::string> key_cols = KeyColumns(c);
    std::vector<PendingRow> rows;
    {
      std::string sql = "SELECT " + std::string(c.key_columns) + ", " + col + " FROM " + std::string(c.table) +
                        " WHERE " + col + " IS NOT NULL AND " + col + " <> '' AND substr(" + col +
                        ", 1, length(?1)) <> ?1 LIMIT ?2";
      SINERGI_TRY(auto stmt, conn_.Prepare({"data_keys.pending." + Qualified(c), sql}));
      stmt->BindText(1, active_prefix);
      stmt->BindInt(2, limit - done);
      while (true) {
        SINERGI_TRY(bool row, stmt->Step());
        if (!row) break;
        PendingRow r;
        for (std::size_t i = 0; i < key_cols.size(); ++i) r.key.push_back(stmt->Text(static_cast<int>(i)));
        r.value = stmt->Text(static_cast<int>(key_cols.size()));
        rows.push_back(std::move(r));
      }
    }
    std::string sql = "UPDATE " + std::string(c.table) + " SET " + col + " = ?1 WHERE ";
    for (std::size_t i = 0; i < key_cols.size(); ++i) {
      sql += (i == 0 ? "" : " AND ") + key_cols[i] + " = ?" + std::to_string(i + 2);
    }
    for (PendingRow& r : rows) {
      SINERGI_TRY(std::string plain, sealer_.Open(std::move(r.value)));
      SINERGI_TRY(auto stmt, conn_.Prepare({"data_keys.reseal." + Qualified(c), sql}));
      stmt->BindText(1, keys.Seal(plain));
      for (std::size_t i = 0; i < r.key.size(); ++i) stmt->BindText(static_cast<int>(i + 2), r.key[i]);
      SINERGI_TRY_STATUS(stmt->Exec());
      ++done;
    }
  }
  return done;
}

}  // namespace sinergi::storage::sqlite
