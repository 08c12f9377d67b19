#include "storage/common/sealed_fields.hpp"

namespace sinergi::storage {

core::Error Sealer::MissingKey() {
  return core::Error(core::ErrorCode::kUnavailable, "data_key.missing",
                     "No data key is configured, so sensitive fields can be neither written nor read; set "
                     "security.data_key_file or SINERGI_SECURITY_DATA_KEYS (see docs/security.md).");
}

core::Result<std::string> Sealer::Seal(std::string_view plain) const {
  if (keys_ == nullptr) return MissingKey();
  return keys_->Seal(plain);
}

core::Result<std::optional<std::string>> Sealer::Seal(const std::optional<std::string>& plain) const {
  if (!plain) return std::optional<std::string>();
  SINERGI_TRY(std::string sealed, Seal(*plain));
  return std::optional<std::string>(std::move(sealed));
}

core::Result<std::string> Sealer::Open(std::string value) const {
  if (!core::KeyRing::IsSealed(value)) return value;
  if (keys_ == nullptr) return MissingKey();
  return keys_->Open(value);
}

core::Result<std::optional<std::string>> Sealer::Open(std::optional<std::string> value) const {
  if (!value) return value;
  SINERGI_TRY(std::string opened, Open(std::move(*value)));
  return std::optional<std::string>(std::move(opened));
}

}  // namespace sinergi::storage
