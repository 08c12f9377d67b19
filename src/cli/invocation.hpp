#pragma once
// What the command line asked for. The cli layer only parses (CLI11); src/app runs it. Flags are the stable
// interface scripts rely on: `sinergi serve --listen HOST:PORT --db URL [--demo]`, `sinergi migrate --db URL`.
#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace sinergi::cli {

// Settings a flag may override; nullopt = not given on the command line.
struct CommonFlags {
  std::optional<std::string> config_file;    // --config PATH (TOML)
  std::optional<std::string> db;             // --db URL (sqlite:PATH)
  std::optional<std::string> reference_dir;  // --reference-dir DIR (npm node_modules with idn-area-data)
  std::optional<std::string> log_level;      // --log-level trace|debug|info|warn|error
};

struct ServeCommand {
  CommonFlags common;
  std::optional<std::string> listen;     // --listen HOST:PORT
  std::optional<std::string> web_root;   // --web-root DIR
  std::optional<int> threads;            // --threads N
  std::optional<std::string> port_file;  // --port-file PATH: written with the bound port once listening
  bool demo = false;                     // --demo: load the demo dataset into an empty database
};

struct MigrateCommand {
  CommonFlags common;
};

struct DemoDataCommand {
  CommonFlags common;
};

struct VersionCommand {};

// `sinergi agency add --code CODE --name NAME --type TYPE [--region CODE] [--country CC] --db URL`
struct AgencyAddCommand {
  CommonFlags common;
  std::string code;
  std::string name;
  std::string type;
  std::optional<std::string> region;
  std::optional<std::string> country;
};

// `sinergi user add --username NAME --agency CODE --role ROLE [--role ROLE] [--name "Display"] [--scope S]`;
// the password is read from standard input (first line), never from a flag.
struct UserAddCommand {
  CommonFlags common;
  std::string username;
  std::string agency;
  std::vector<std::string> roles;
  std::optional<std::string> display_name;
  std::optional<std::string> scope;
};

// `sinergi user reset-password --username NAME` (new password from standard input).
struct UserResetPasswordCommand {
  CommonFlags common;
  std::string username;
};

// `sinergi user disable --username NAME`.
struct UserDisableCommand {
  CommonFlags common;
  std::string username;
};

// `sinergi audit verify --db URL`: walks the hash chain; exit 0 if intact, 3 if broken (first broken entry printed).
struct AuditVerifyCommand {
  CommonFlags common;
};

using Command = std::variant<ServeCommand, MigrateCommand, DemoDataCommand, VersionCommand, AgencyAddCommand,
                             UserAddCommand, UserResetPasswordCommand, UserDisableCommand, AuditVerifyCommand>;

// Parsed command, or the process exit code when parsing ended the run (--help, a usage error).
using ParseOutcome = std::variant<Command, int>;

ParseOutcome ParseCommandLine(int argc, const char* const* argv);

}  // namespace sinergi::cli
