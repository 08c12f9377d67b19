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
  std::optional<std::string> data_key_file;  // --data-key-file PATH (key ring for field-level encryption)
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

// `sinergi audit verify --db URL [--anchors FILE]`: walks the hash chain and compares it with the anchored heads
// in FILE; exit 0 if both hold, 3 if the chain is broken or contradicts an anchor (the first problem printed).
struct AuditVerifyCommand {
  CommonFlags common;
  std::optional<std::string> anchors;
};

// `sinergi audit heads --db URL [--period day|hour] [--since YYYY-MM-DD] [--out FILE]`: the chain head at the end
// of every ended period as JSON lines, printed or appended to FILE (only the periods not yet in it).
struct AuditHeadsCommand {
  CommonFlags common;
  std::string period = "day";
  std::optional<std::string> since;
  std::optional<std::string> out;
};

// `sinergi audit anchor --db URL --out FILE [--period day|hour]`: appends the heads of ended periods not yet in
// FILE and the current head (for a timer; FILE is then copied off the machine).
struct AuditAnchorCommand {
  CommonFlags common;
  std::string out;
  std::string period = "day";
};

// `sinergi key generate [--id ID] [--out FILE]`: a new data key line (stdout) or a new key file (0600).
struct KeyGenerateCommand {
  std::optional<std::string> id;
  std::optional<std::string> out;
};

// `sinergi key status --db URL --data-key-file F`: the configured keys and how many values each one sealed.
struct KeyStatusCommand {
  CommonFlags common;
};

// `sinergi key rotate --db URL --data-key-file F [--batch N]`: re-seals every value with the active (first) key.
struct KeyRotateCommand {
  CommonFlags common;
  int batch = 500;
};

// `sinergi retention run --db URL [--apply] [--batch N]`: reports records past their retention period (config
// retention.*); with --apply anonymises or purges them, audited.
struct RetentionRunCommand {
  CommonFlags common;
  bool apply = false;
  int batch = 500;
};

// `sinergi referrals escalate --db URL`: escalates every referral left unanswered longer than
// referral.escalate_after_hours (what serve does every 5 minutes), by the system actor "system:referrals".
struct ReferralsEscalateCommand {
  CommonFlags common;
};

using Command = std::variant<ServeCommand, MigrateCommand, DemoDataCommand, VersionCommand, AgencyAddCommand,
                             UserAddCommand, UserResetPasswordCommand, UserDisableCommand, AuditVerifyCommand,
                             AuditHeadsCommand, AuditAnchorCommand, KeyGenerateCommand, KeyStatusCommand,
                             KeyRotateCommand, RetentionRunCommand, ReferralsEscalateCommand>;

// Parsed command, or the process exit code when parsing ended the run (--help, a usage error).
using ParseOutcome = std::variant<Command, int>;

ParseOutcome ParseCommandLine(int argc, const char* const* argv);

}  // namespace sinergi::cli
