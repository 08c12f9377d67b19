// The `sinergi` binary: parse the command line (src/cli), run it (src/app).
#include <cstdio>
#include <exception>

#include "app/application.hpp"
#include "cli/invocation.hpp"

int main(int argc, char** argv) {
  try {
    auto outcome = sinergi::cli::ParseCommandLine(argc, argv);
    if (const int* code = std::get_if<int>(&outcome)) return *code;
    return sinergi::app::Run(std::get<sinergi::cli::Command>(outcome));
  } catch (const std::exception& e) {
    std::fprintf(stderr, "sinergi: fatal: %s\n", e.what());
    return 1;
  }
}
