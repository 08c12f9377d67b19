// `sinergi agency add`, `sinergi user add|reset-password|disable`: the first administrator and automation.
// They act as the system actor "system:cli" (the operator at the server's console), so the audit trail records
// them. Passwords come from the first line of standard input, never from a flag (flags land in shell history
// and process listings), and are never printed.
#include <fmt/format.h>

#include <iostream>
#include <string>

#include "app/run_commands.hpp"
#include "app/runtime.hpp"

namespace sinergi::app {
namespace {

const domain::Actor kCliActor{"system:cli", "Command line", "cli", "", {}, "", "", "", ""};

// The first line of standard input without its line ending. Errors: kInvalid naming "password" when empty.
core::Result<std::string> ReadPassword() {
  std::string line;
  std::getline(std::cin, line);
  if (!line.empty() && line.back() == '\r') line.pop_back();
  if (line.empty()) {
    return core::Error::Invalid("validation_failed", "No password: give it on the first line of standard input.",
                                {{"password", "required", "is required (first line of standard input)"}});
  }
  return line;
}

}  // namespace

int RunAgencyAdd(const cli::AgencyAddCommand& cmd) {
  auto booted = Boot(cmd.common, nullptr);
  if (!booted) return Fail(booted.error());
  domain::AgencyInput input;
  input.code = cmd.code;
  input.name = cmd.name;
  input.type = cmd.type;
  input.region_code = cmd.region;
  input.country = cmd.country;
  auto agency = (*booted)->identity->CreateAgency(kCliActor, std::move(input));
  if (!agency) return Fail(agency.error());
  fmt::print("agency {} added\n", agency->code);
  return 0;
}

int RunUserAdd(const cli::UserAddCommand& cmd) {
  auto password = ReadPassword();
  if (!password) return Fail(password.error());
  auto booted = Boot(cmd.common, nullptr);
  if (!booted) return Fail(booted.error());
  domain::UserInput input;
  input.username = cmd.username;
  input.display_name = cmd.display_name.value_or(cmd.username);
  input.agency_code = cmd.agency;
  input.roles = cmd.roles;
  if (cmd.scope) input.scope = *cmd.scope;
  auto user = (*booted)->identity->CreateUser(kCliActor, std::move(input), *password);
  if (!user) return Fail(user.error());
  fmt::print("user {} added\n", user->username);
  return 0;
}

int RunUserResetPassword(const cli::UserResetPasswordCommand& cmd) {
  auto password = ReadPassword();
  if (!password) return Fail(password.error());
  auto booted = Boot(cmd.common, nullptr);
  if (!booted) return Fail(booted.error());
  if (auto done = (*booted)->identity->ResetPassword(kCliActor, cmd.username, *password); !done) {
    return Fail(done.error());
  }
  fmt::print("password of user {} reset; their sessions ended\n", cmd.username);
  return 0;
}

int RunUserDisable(const cli::UserDisableCommand& cmd) {
  auto booted = Boot(cmd.common, nullptr);
  if (!booted) return Fail(booted.error());
  if (auto done = (*booted)->identity->DisableUser(kCliActor, cmd.username); !done) return Fail(done.error());
  fmt::print("user {} disabled; their sessions ended\n", cmd.username);
  return 0;
}

}  // namespace sinergi::app
