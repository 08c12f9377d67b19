#pragma once
// Cryptographic helpers over libsodium (and OpenSSL HMAC-SHA1 for TOTP, which authenticator apps expect).
// Thread-safe. Callers must never log the inputs or outputs of the password and token functions.
#include <cstdint>
#include <string>
#include <string_view>

#include "core/result.hpp"

namespace sinergi::core {

// Random bytes encoded as URL-safe base64 without padding (bytes=32 gives a 43-char session token).
std::string RandomToken(std::size_t bytes = 32);
// hex BLAKE2b of data with the given output length in bytes (16..64).
std::string Blake2bHex(std::string_view data, std::size_t out_bytes = 32);
// hex SHA-256 of data (64 lowercase hex characters): the content address of attachments (ports/blob_store.hpp).
std::string Sha256Hex(std::string_view data);
// Compares in time independent of where the first difference is.
bool ConstantTimeEquals(std::string_view a, std::string_view b);

// Argon2id (crypto_pwhash_str, OPSLIMIT/MEMLIMIT_INTERACTIVE): the encoded hash string with its own salt and
// parameters. Errors: kInternal if hashing ran out of memory.
Result<std::string> HashPassword(std::string_view password);
bool VerifyPassword(std::string_view encoded_hash, std::string_view password);

// RFC 6238 TOTP with HMAC-SHA1, 30-second steps, 6 digits; secrets are RFC 4648 base32 (no padding).
std::string NewTotpSecret();  // 20 random bytes, base32
std::string TotpCode(std::string_view base32_secret, std::int64_t unix_seconds);
// Accepts the code of the current step and of `window` steps either side (clock drift).
bool VerifyTotp(std::string_view base32_secret, std::string_view code, std::int64_t unix_seconds, int window = 1);
// otpauth://totp/Sinergi:<account>?secret=...&issuer=Sinergi (for QR codes in authenticator apps).
std::string TotpUri(std::string_view base32_secret, std::string_view account);

}  // namespace sinergi::core
