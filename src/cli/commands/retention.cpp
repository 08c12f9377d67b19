#include "cli/commands/commands.hpp"

namespace sinergi::cli {

CLI::App* AddRetentionCommands(CLI::App& app, RetentionRunCommand& run) {
  auto* retention = app.add_subcommand("retention", "Apply the retention periods of personal data (UU 27/2022)");
  retention->require_subcommand(1);
  auto* sub = retention->add_subcommand(
      "run", "Report records past their retention period (retention.* settings); --apply anonymises or purges them");
  AddCommonFlags(*sub, run.common);
  sub->add_flag("--apply", run.apply, "Anonymise deleted persons and purge the other records (audited)");
  sub->add_option("--batch", run.batch, "Records per transaction")->check(CLI::Range(1, 100000));
  return sub;
}

}  // namespace sinergi::cli
