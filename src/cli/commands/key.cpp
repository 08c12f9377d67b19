#include "cli/commands/commands.hpp"

namespace sinergi::cli {

KeyCommands AddKeyCommands(CLI::App& app, KeyGenerateCommand& generate, KeyStatusCommand& status,
                           KeyRotateCommand& rotate) {
  auto* key = app.add_subcommand("key", "Manage the data keys of field-level encryption at rest");
  key->require_subcommand(1);
  KeyCommands out;
  out.generate = key->add_subcommand(
      "generate", "Make a new data key: print its line, or create a key file readable by its owner only");
  out.generate->add_option("--id", generate.id, "Key id (1..32 of A-Z a-z 0-9 . _ -; default: random)");
  out.generate->add_option("--out", generate.out, "Create this key file (never overwrites)");

  out.status = key->add_subcommand("status", "Show the configured keys and how many stored values each sealed");
  AddCommonFlags(*out.status, status.common);

  out.rotate =
      key->add_subcommand("rotate", "Re-seal every sealed value with the active (first) key of the key ring; audited");
  AddCommonFlags(*out.rotate, rotate.common);
  out.rotate->add_option("--batch", rotate.batch, "Values re-sealed per transaction")->check(CLI::Range(1, 100000));
  return out;
}

}  // namespace sinergi::cli
