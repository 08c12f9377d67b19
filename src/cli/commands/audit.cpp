#include "cli/commands/commands.hpp"

namespace sinergi::cli {

CLI::App* AddAuditCommands(CLI::App& app, AuditVerifyCommand& verify) {
  auto* audit = app.add_subcommand("audit", "Work with the audit trail");
  audit->require_subcommand(1);
  auto* sub = audit->add_subcommand("verify", "Check the whole hash chain; report the first broken entry");
  AddCommonFlags(*sub, verify.common);
  return sub;
}

}  // namespace sinergi::cli
