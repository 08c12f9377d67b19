#pragma once
// Field-level encryption at rest, seen from outside storage: how many stored values each data key sealed, and
// re-sealing with the active key for `sinergi key rotate` (core/key_ring.hpp; storage/common/sealed_fields.hpp).
#include <cstdint>
#include <string>
#include <vector>

#include "core/result.hpp"

namespace sinergi::domain::ports {

struct SealedValueCount {
  std::string column;  // "table.column", e.g. "persons.address_line"
  std::string key_id;  // the data key that sealed the values; "" for values still in clear text
  std::int64_t values = 0;

  bool operator==(const SealedValueCount&) const = default;
};

class DataKeyRepository {
 public:
  virtual ~DataKeyRepository() = default;
  // Per sealed column and key id; columns without values are omitted.
  virtual core::Result<std::vector<SealedValueCount>> CountSealed() = 0;
  // Re-seals with the active key up to `limit` stored values that are in clear text or sealed with another key;
  // returns how many it re-sealed (0: nothing left). Errors: kUnavailable "data_key.missing" (no key ring) or
  // "data_key.unknown" (a value sealed with a key not in the ring), kInternal "data_key.corrupt".
  virtual core::Result<int> ResealBatch(int limit) = 0;
};

}  // namespace sinergi::domain::ports
