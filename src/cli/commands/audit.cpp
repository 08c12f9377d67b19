#include <string>

#include "cli/commands/commands.hpp"
#include "core/date.hpp"

namespace sinergi::cli {
namespace {

void AddPeriodFlag(CLI::App& sub, std::string& period) {
  sub.add_option("--period", period, "Length of a period (UTC): day or hour")
      ->check(CLI::IsMember({"day", "hour"}))
      ->capture_default_str();
}

}  // namespace

AuditCommands AddAuditCommands(CLI::App& app, AuditVerifyCommand& verify, AuditHeadsCommand& heads,
                               AuditAnchorCommand& anchor) {
  auto* audit = app.add_subcommand("audit", "Work with the audit trail");
  audit->require_subcommand(1);
  AuditCommands out;

  out.verify = audit->add_subcommand(
      "verify", "Check the whole hash chain (and the heads anchored in FILE); report the first problem");
  AddCommonFlags(*out.verify, verify.common);
  out.verify->add_option("--anchors", verify.anchors, "Anchor file written by `audit heads --out` or `audit anchor`")
      ->check(CLI::ExistingFile);

  out.heads = audit->add_subcommand("heads", "Print the chain head at the end of every ended period as JSON lines");
  AddCommonFlags(*out.heads, heads.common);
  AddPeriodFlag(*out.heads, heads.period);
  out.heads
      ->add_option("--since", heads.since, "Only periods from this UTC day on (YYYY-MM-DD)")
      // Validated here so a typo is a usage error, like any other malformed flag.
      ->check([](const std::string& text) {
        return core::Date::Parse(text) ? std::string() : std::string("must be a date YYYY-MM-DD");
      });
  out.heads->add_option("--out", heads.out, "Append to FILE the heads not yet in it, instead of printing them");

  out.anchor = audit->add_subcommand(
      "anchor", "Append the current head and the heads of ended periods to FILE (run it from a timer)");
  AddCommonFlags(*out.anchor, anchor.common);
  out.anchor->add_option("--out", anchor.out, "Anchor file to append to (created if missing)")->required();
  AddPeriodFlag(*out.anchor, anchor.period);
  return out;
}

}  // namespace sinergi::cli
