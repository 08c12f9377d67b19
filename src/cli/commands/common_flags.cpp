#include "cli/commands/commands.hpp"

namespace sinergi::cli {

void AddCommonFlags(CLI::App& sub, CommonFlags& flags) {
  sub.add_option("--config", flags.config_file, "TOML configuration file")->check(CLI::ExistingFile);
  sub.add_option("--db", flags.db, "Database URL: sqlite:PATH (postgresql://... arrives with issue #7)");
  sub.add_option("--reference-dir", flags.reference_dir,
                 "Directory holding the npm reference packages (idn-area-data, i18n-iso-countries)");
  sub.add_option("--log-level", flags.log_level, "trace, debug, info, warn or error");
  sub.add_option("--data-key-file", flags.data_key_file,
                 "Key ring for field-level encryption at rest (create one with `sinergi key generate`)");
}

}  // namespace sinergi::cli
