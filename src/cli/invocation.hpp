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

using Command = std::variant<ServeCommand, MigrateCommand, DemoDataCommand, VersionCommand>;

// Parsed command, or the process exit code when parsing ended the run (--help, a usage error).
using ParseOutcome = std::variant<Command, int>;

ParseOutcome ParseCommandLine(int argc, const char* const* argv);

}  // namespace sinergi::cli
