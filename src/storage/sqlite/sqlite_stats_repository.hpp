#pragma once
// sqlite_stats_repository.cpp: case and victim counts (ports/stats_repository.hpp) with one GROUP BY over the cases,
// their KORBAN parties and those persons. Works on the connection of the unit of work that owns it; not
// thread-safe.
#include <string>

#include "domain/ports/stats_repository.hpp"
#include "storage/sqlite/connection.hpp"

namespace sinergi::storage::sqlite {

class SqliteStatsRepository final : public domain::ports::StatsRepository {
 public:
  explicit SqliteStatsRepository(Connection& conn) : conn_(conn) {}

  core::Result<std::vector<domain::ports::StatsGroupCount>> CountCases(
      const domain::ports::StatsCountQuery& query) override;

 private:
  Connection& conn_;
};

// The statement CountCases runs for `query`: its name (one per shape) and SQL, exposed so a test can check the
// plan (tests/contract/stats_contract.cpp). Parameters: ?1 from, ?2 to, ?3 case type, ?4 region, ?5 sex, ?6.. scope.
struct StatsStatement {
  std::string name;
  std::string sql;
};
StatsStatement StatsCountStatement(const domain::ports::StatsCountQuery& query);

}  // namespace sinergi::storage::sqlite
