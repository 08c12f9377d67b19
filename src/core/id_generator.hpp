#pragma once
// Opaque record ids. The default generator makes ULIDs (26 Crockford base32 chars: 48-bit millisecond
// time + 80 random bits), so ids sort by creation time, which keyset pagination relies on.
#include <memory>
#include <string>

#include "core/clock.hpp"

namespace sinergi::core {

class IdGenerator {
 public:
  virtual ~IdGenerator() = default;
  // A new unique id. Thread-safe.
  virtual std::string NewId() = 0;
};

// ULIDs from `clock` (not owned; must outlive the generator) and libsodium's CSPRNG.
std::unique_ptr<IdGenerator> NewUlidGenerator(const Clock& clock);

// True if `id` has the ULID shape (26 chars of Crockford base32).
bool IsUlid(const std::string& id);

}  // namespace sinergi::core
