#include "core/crypto.hpp"

#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <sodium.h>

#include <array>
#include <vector>

namespace sinergi::core {
namespace {

constexpr char kBase32[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

bool SodiumReady() {
  static const bool ready = sodium_init() >= 0;
  return ready;
}

std::string Base32Encode(const unsigned char* data, std::size_t len) {
  std::string out;
  unsigned buffer = 0;
  int bits = 0;
  for (std::size_t i = 0; i < len; ++i) {
    buffer = (buffer << 8) | data[i];
    bits += 8;
    while (bits >= 5) {
      out.push_back(kBase32[(buffer >> (bits - 5)) & 31U]);
      bits -= 5;
    }
  }
  if (bits > 0) out.push_back(kBase32[(buffer << (5 - bits)) & 31U]);
  return out;
}

// Decodes RFC 4648 base32 (case-insensitive, '=' padding and spaces ignored); empty on a bad character.
std::vector<unsigned char> Base32Decode(std::string_view text) {
  std::vector<unsigned char> out;
  unsigned buffer = 0;
  int bits = 0;
  for (char c : text) {
    if (c == '=' || c == ' ') continue;
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    const char* p = std::char_traits<char>::find(kBase32, 32, c);
    if (p == nullptr) return {};
    buffer = (buffer << 5) | static_cast<unsigned>(p - kBase32);
    bits += 5;
    if (bits >= 8) {
      out.push_back(static_cast<unsigned char>((buffer >> (bits - 8)) & 0xFFU));
      bits -= 8;
    }
  }
  return out;
}

}  // namespace

std::string RandomToken(std::size_t bytes) {
  SodiumReady();
  std::vector<unsigned char> raw(bytes);
  randombytes_buf(raw.data(), raw.size());
  std::string out(sodium_base64_ENCODED_LEN(bytes, sodium_base64_VARIANT_URLSAFE_NO_PADDING), '\0');
  sodium_bin2base64(out.data(), out.size(), raw.data(), raw.size(), sodium_base64_VARIANT_URLSAFE_NO_PADDING);
  out.resize(std::char_traits<char>::length(out.c_str()));
  sodium_memzero(raw.data(), raw.size());
  return out;
}

std::string Blake2bHex(std::string_view data, std::size_t out_bytes) {
  SodiumReady();
  std::array<unsigned char, crypto_generichash_BYTES_MAX> hash{};
  crypto_generichash(hash.data(), out_bytes, reinterpret_cast<const unsigned char*>(data.data()), data.size(), nullptr,
                     0);
  std::string hex(out_bytes * 2 + 1, '\0');
  sodium_bin2hex(hex.data(), hex.size(), hash.data(), out_bytes);
  hex.pop_back();
  return hex;
}

std::string Sha256Hex(std::string_view data) {
  SodiumReady();
  std::array<unsigned char, crypto_hash_sha256_BYTES> hash{};
  crypto_hash_sha256(hash.data(), reinterpret_cast<const unsigned char*>(data.data()), data.size());
  std::string hex(hash.size() * 2 + 1, '\0');
  sodium_bin2hex(hex.data(), hex.size(), hash.data(), hash.size());
  hex.pop_back();
  return hex;
}

bool ConstantTimeEquals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  unsigned char diff = 0;
  for (std::size_t i = 0; i < a.size(); ++i) diff |= static_cast<unsigned char>(a[i] ^ b[i]);
  return diff == 0;
}

Result<std::string> HashPassword(std::string_view password) {
  SodiumReady();
  std::array<char, crypto_pwhash_STRBYTES> out{};
  if (crypto_pwhash_str(out.data(), password.data(), password.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                        crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0) {
    return Error::Internal("password hashing ran out of memory");
  }
  return std::string(out.data());
}

bool VerifyPassword(std::string_view encoded_hash, std::string_view password) {
  SodiumReady();
  std::string hash(encoded_hash);  // crypto_pwhash_str_verify needs a NUL-terminated string
  return crypto_pwhash_str_verify(hash.c_str(), password.data(), password.size()) == 0;
}

std::string NewTotpSecret() {
  SodiumReady();
  std::array<unsigned char, 20> raw{};
  randombytes_buf(raw.data(), raw.size());
  return Base32Encode(raw.data(), raw.size());
}

std::string TotpCode(std::string_view base32_secret, std::int64_t unix_seconds) {
  const std::vector<unsigned char> key = Base32Decode(base32_secret);
  if (key.empty()) return "";
  std::uint64_t counter = static_cast<std::uint64_t>(unix_seconds / 30);
  std::array<unsigned char, 8> msg{};
  for (int i = 7; i >= 0; --i) {
    msg[static_cast<std::size_t>(i)] = static_cast<unsigned char>(counter & 0xFFU);
    counter >>= 8;
  }
  std::array<unsigned char, EVP_MAX_MD_SIZE> mac{};
  unsigned int mac_len = 0;
  HMAC(EVP_sha1(), key.data(), static_cast<int>(key.size()), msg.data(), msg.size(), mac.data(), &mac_len);
  // RFC 4226 dynamic truncation.
  const unsigned offset = mac[mac_len - 1] & 0x0FU;
  const std::uint32_t binary =
      ((mac[offset] & 0x7FU) << 24) | (mac[offset + 1] << 16) | (mac[offset + 2] << 8) | mac[offset + 3];
  std::string code = std::to_string(binary % 1000000U);
  return std::string(6 - code.size(), '0') + code;
}

bool VerifyTotp(std::string_view base32_secret, std::string_view code, std::int64_t unix_seconds, int window) {
  if (code.size() != 6) return false;
  for (int step = -window; step <= window; ++step) {
    std::string expected = TotpCode(base32_secret, unix_seconds + static_cast<std::int64_t>(step) * 30);
    if (!expected.empty() && ConstantTimeEquals(expected, code)) return true;
  }
  return false;
}

std::string TotpUri(std::string_view base32_secret, std::string_view account) {
  std::string uri = "otpauth://totp/Sinergi:";
  for (char c : account) {
    bool plain =
        (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_';
    if (plain) {
      uri.push_back(c);
    } else {
      char buf[4];
      std::snprintf(buf, sizeof buf, "%%%02X", static_cast<unsigned char>(c));
      uri += buf;
    }
  }
  uri += "?secret=" + std::string(base32_secret) + "&issuer=Sinergi&algorithm=SHA1&digits=6&period=30";
  return uri;
}

}  // namespace sinergi::core
