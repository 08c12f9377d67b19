#pragma once
// The composition root (STYLE.md §2): the only place that names concrete implementations and wires them.
// Owns, in dependency order: clock, id generator, database, region directory, services, router, metrics, server.
#include <memory>

#include "app/config.hpp"
#include "cli/invocation.hpp"

namespace sinergi::app {

// Runs one parsed command; returns the process exit code. Prints what an operator needs to stdout/stderr.
int Run(const cli::Command& command);

}  // namespace sinergi::app
