#include "cli/commands/commands.hpp"

namespace sinergi::cli {

// Returns the `agency add` subcommand (its parent `agency` only groups).
CLI::App* AddAgencyCommands(CLI::App& app, AgencyAddCommand& add) {
  auto* agency = app.add_subcommand("agency", "Manage agencies");
  agency->require_subcommand(1);
  auto* sub = agency->add_subcommand("add", "Add an agency (e.g. the first administrator's office)");
  AddCommonFlags(*sub, add.common);
  sub->add_option("--code", add.code, "Unique code, e.g. BP3MI-BALI")->required();
  sub->add_option("--name", add.name, "Name")->required();
  sub->add_option("--type", add.type, "Type (code list jenis_instansi), e.g. BP3MI, DP3A, POLRI")->required();
  sub->add_option("--region", add.region, "Province or regency code, e.g. 51 or 51.71");
  sub->add_option("--country", add.country, "ISO 3166 alpha-2 country of a post abroad, e.g. MY");
  return sub;
}

}  // namespace sinergi::cli
