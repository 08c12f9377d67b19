#include "cli/commands/commands.hpp"

namespace sinergi::cli {

CLI::App* AddServeCommand(CLI::App& app, ServeCommand& cmd) {
  auto* sub = app.add_subcommand("serve", "Run the API and web UI server (applies pending migrations first)");
  AddCommonFlags(*sub, cmd.common);
  sub->add_option("--listen", cmd.listen, "HOST:PORT to listen on (default 127.0.0.1:8080; port 0 picks one)");
  sub->add_option("--web-root", cmd.web_root, "Directory of the built web UI (web/dist)");
  sub->add_option("--threads", cmd.threads, "HTTP worker threads")->check(CLI::Range(1, 64));
  sub->add_option("--port-file", cmd.port_file, "Write the bound port to this file once listening");
  sub->add_flag("--demo", cmd.demo, "Load the demo dataset when the database holds no persons");
  return sub;
}

}  // namespace sinergi::cli
