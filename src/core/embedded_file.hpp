#pragma once
// A text file compiled into the binary by cmake/embed.cmake (migrations, the OpenAPI document).
namespace sinergi::core {
struct EmbeddedFile {
  const char* name;
  const char* contents;
};
}  // namespace sinergi::core
