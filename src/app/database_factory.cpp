#include "app/database_factory.hpp"

#include <filesystem>

#include "app/data_keys.hpp"
#include "storage/sqlite/sqlite_database.hpp"

namespace sinergi::app {
namespace {

core::Result<storage::sqlite::SqliteOptions> SqliteOptionsFor(const Config& config) {
  const std::string& url = config.database_url;
  if (url.rfind("sqlite:", 0) != 0) {
    return core::Error(core::ErrorCode::kUnavailable, "database.backend_unavailable",
                       "database.url: the PostgreSQL backend is not part of this build yet; use sqlite:PATH");
  }
  storage::sqlite::SqliteOptions options;
  options.path = url.substr(std::string("sqlite:").size());
  options.pool_size = config.pool_size;
  options.busy_timeout_ms = config.busy_timeout_ms;
  if (options.path != ":memory:") {
    std::error_code ec;
    auto parent = std::filesystem::path(options.path).parent_path();
    if (!parent.empty()) std::filesystem::create_directories(parent, ec);
    if (ec) {
      return core::Error::Unavailable("database.url: cannot create directory " + parent.string() + ": " + ec.message());
    }
  }
  return options;
}

}  // namespace

core::Result<std::unique_ptr<domain::ports::Database>> OpenDatabase(const Config& config) {
  SINERGI_TRY(auto keys, LoadDataKeys(config));
  return OpenDatabase(config, std::move(keys));
}

core::Result<std::unique_ptr<domain::ports::Database>> OpenDatabase(const Config& config,
                                                                    std::shared_ptr<const core::KeyRing> keys) {
  SINERGI_TRY(auto options, SqliteOptionsFor(config));
  options.keys = std::move(keys);
  return storage::sqlite::Open(options);
}

core::Result<int> MigrateDatabase(const Config& config) {
  SINERGI_TRY(auto options, SqliteOptionsFor(config));
  return storage::sqlite::Migrate(options);
}

}  // namespace sinergi::app
