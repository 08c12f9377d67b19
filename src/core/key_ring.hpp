#pragma once
// Data-encryption keys for field-level encryption at rest (libsodium crypto_secretbox: XSalsa20-Poly1305).
// The keys live outside the database (a key file or an environment variable, src/app); the database holds only
// sealed values and, per key id, a check value that proves a configured key is the one the data was sealed with.
//
// Key ring text: one key per line, "<id> <key>", where id is 1..32 of [A-Za-z0-9._-] and key is 32 random bytes
// in URL-safe base64 without padding (43 characters). Blank lines and lines starting with '#' are ignored. The
// FIRST key is active: it seals new values; the others only open values sealed earlier (key rotation: put the new
// key first, run `sinergi key rotate`, then drop the old line).
//
// A sealed value is text: "enc:v1:<id>:<base64url(24-byte nonce || MAC || ciphertext)>", with a fresh random
// nonce per value. Thread-safe after construction; move-only, and the key bytes are wiped on destruction.
#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"

namespace sinergi::core {

class KeyRing {
 public:
  static constexpr std::string_view kPrefix = "enc:v1:";

  // Errors: kInvalid "data_key.invalid" naming the line (never echoing key material): no key, a malformed
  // line, a bad id, a key that is not 32 bytes, a duplicate id.
  static Result<KeyRing> Parse(std::string_view text);
  // One new key line "<id> <key>" with 32 fresh random bytes; an empty id picks "k" + 12 random characters.
  // Errors: kInvalid "data_key.invalid" for a bad id.
  static Result<std::string> NewKeyLine(std::string_view id = {});

  KeyRing(KeyRing&& other) noexcept;
  KeyRing& operator=(KeyRing&& other) noexcept;
  KeyRing(const KeyRing&) = delete;
  KeyRing& operator=(const KeyRing&) = delete;
  ~KeyRing();

  const std::string& active_id() const { return keys_.front().id; }
  std::vector<std::string> ids() const;
  bool Has(std::string_view id) const;

  // Seals with the active key.
  std::string Seal(std::string_view plaintext) const;
  // Errors: kInvalid "data_key.not_sealed" (not a sealed value), kUnavailable "data_key.unknown" (sealed with a
  // key id not in this ring), kInternal "data_key.corrupt" (bad encoding or authentication failed).
  Result<std::string> Open(std::string_view sealed) const;

  static bool IsSealed(std::string_view value) { return value.substr(0, kPrefix.size()) == kPrefix; }
  // The key id of a sealed value; nullopt if the value is not sealed.
  static std::optional<std::string_view> KeyIdOf(std::string_view value);

 private:
  struct Key {
    std::string id;
    std::array<unsigned char, 32> bytes{};
  };
  explicit KeyRing(std::vector<Key> keys) : keys_(std::move(keys)) {}
  void Wipe();

  std::vector<Key> keys_;  // never empty for a parsed ring
};

}  // namespace sinergi::core
