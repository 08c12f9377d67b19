#include "cli/commands/commands.hpp"

namespace sinergi::cli {

UserCommands AddUserCommands(CLI::App& app, UserAddCommand& add, UserResetPasswordCommand& reset,
                             UserDisableCommand& disable) {
  auto* user = app.add_subcommand("user", "Manage users (passwords are read from standard input)");
  user->require_subcommand(1);
  UserCommands out;
  out.add = user->add_subcommand("add", "Add a user; reads the password from the first line of standard input");
  AddCommonFlags(*out.add, add.common);
  out.add->add_option("--username", add.username, "Sign-in name")->required();
  out.add->add_option("--agency", add.agency, "Agency code")->required();
  out.add->add_option("--role", add.roles, "Role (code list peran); repeat for several")->required();
  out.add->add_option("--name", add.display_name, "Display name (default: the username)");
  out.add->add_option("--scope", add.scope, "OWN, AGENCY, REGION or NATIONAL (default AGENCY)");

  out.reset_password = user->add_subcommand("reset-password", "Set a new password read from standard input");
  AddCommonFlags(*out.reset_password, reset.common);
  out.reset_password->add_option("--username", reset.username, "Sign-in name")->required();

  out.disable = user->add_subcommand("disable", "Disable a user and end all their sessions");
  AddCommonFlags(*out.disable, disable.common);
  out.disable->add_option("--username", disable.username, "Sign-in name")->required();
  return out;
}

}  // namespace sinergi::cli
