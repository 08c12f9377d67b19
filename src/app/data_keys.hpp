#pragma once
// Loads the key ring for field-level encryption at rest from the configuration (security.data_key_file or
// security.data_keys; core/key_ring.hpp). The key text never reaches a log or an error message.
#include <memory>
#include <string>

#include "app/config.hpp"
#include "core/key_ring.hpp"
#include "core/result.hpp"

namespace sinergi::app {

// nullptr when neither setting is given. Errors: kInvalid "data_key.invalid" (unreadable file, a file readable by
// group or others, malformed ring).
core::Result<std::shared_ptr<const core::KeyRing>> LoadDataKeys(const Config& config);

// Writes a new key ring file holding one fresh key, readable by its owner only (0600). Refuses to overwrite.
// Errors: kConflict "data_key.file_exists", kUnavailable (cannot write).
core::Status WriteNewKeyFile(const std::string& path, const std::string& key_line);

}  // namespace sinergi::app
