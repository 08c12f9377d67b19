#include "core/key_ring.hpp"

#include <sodium.h>

#include <algorithm>

#include "core/crypto.hpp"

namespace sinergi::core {
namespace {

static_assert(crypto_secretbox_KEYBYTES == 32);
constexpr auto kVariant = sodium_base64_VARIANT_URLSAFE_NO_PADDING;

void EnsureSodium() {
  static const bool ready = sodium_init() >= 0;
  static_cast<void>(ready);
}

bool ValidId(std::string_view id) {
  if (id.empty() || id.size() > 32) return false;
  return std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_' ||
           c == '-';
  });
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

Error BadRing(std::size_t line, std::string what) {
  std::string message = "Data key ring line ";
  message.append(std::to_string(line)).append(": ").append(what);
  return Error::Invalid("data_key.invalid", std::move(message));
}

std::string Base64(const unsigned char* data, std::size_t len) {
  std::string out(sodium_base64_ENCODED_LEN(len, kVariant), '\0');
  sodium_bin2base64(out.data(), out.size(), data, len, kVariant);
  out.resize(std::char_traits<char>::length(out.c_str()));
  return out;
}

// false if the text is not exactly URL-safe base64 without padding.
bool FromBase64(std::string_view text, std::vector<unsigned char>& out) {
  out.resize(text.size());  // decoded is always shorter
  std::size_t len = 0;
  const char* end = nullptr;
  if (sodium_base642bin(out.data(), out.size(), text.data(), text.size(), nullptr, &len, &end, kVariant) != 0 ||
      end != text.data() + text.size()) {
    return false;
  }
  out.resize(len);
  return true;
}

}  // namespace

Result<KeyRing> KeyRing::Parse(std::string_view text) {
  EnsureSodium();
  std::vector<Key> keys;
  std::size_t line_no = 0;
  std::vector<unsigned char> raw;
  auto fail = [&](Error e) {
    sodium_memzero(raw.data(), raw.size());
    for (auto& k : keys) sodium_memzero(k.bytes.data(), k.bytes.size());
    return e;
  };
  while (!text.empty()) {
    ++line_no;
    std::size_t nl = text.find('\n');
    std::string_view line = Trim(text.substr(0, nl));
    text = nl == std::string_view::npos ? std::string_view{} : text.substr(nl + 1);
    if (line.empty() || line.front() == '#') continue;
    std::size_t sp = line.find_first_of(" \t");
    if (sp == std::string_view::npos) return fail(BadRing(line_no, "expected \"<id> <key>\"."));
    std::string_view id = line.substr(0, sp);
    std::string_view key = Trim(line.substr(sp + 1));
    if (!ValidId(id)) return fail(BadRing(line_no, "the id must be 1..32 of A-Z a-z 0-9 . _ -"));
    if (std::any_of(keys.begin(), keys.end(), [&](const Key& k) { return k.id == id; })) {
      return fail(BadRing(line_no, "duplicate key id \"" + std::string(id) + "\"."));
    }
    if (!FromBase64(key, raw) || raw.size() != crypto_secretbox_KEYBYTES) {
      return fail(BadRing(line_no, "the key must be 32 bytes in URL-safe base64 without padding."));
    }
    Key k;
    k.id = std::string(id);
    std::copy(raw.begin(), raw.end(), k.bytes.begin());
    sodium_memzero(raw.data(), raw.size());
    keys.push_back(std::move(k));
  }
  if (keys.empty()) return Error::Invalid("data_key.invalid", "The data key ring holds no key.");
  return KeyRing(std::move(keys));
}

Result<std::string> KeyRing::NewKeyLine(std::string_view id) {
  EnsureSodium();
  std::string chosen(id);
  if (chosen.empty()) chosen.append("k").append(RandomToken(9));
  if (!ValidId(chosen)) return Error::Invalid("data_key.invalid", "The id must be 1..32 of A-Z a-z 0-9 . _ -");
  std::array<unsigned char, crypto_secretbox_KEYBYTES> key{};
  crypto_secretbox_keygen(key.data());
  std::string line = chosen;
  line += ' ';
  line += Base64(key.data(), key.size());
  sodium_memzero(key.data(), key.size());
  return line;
}

KeyRing::KeyRing(KeyRing&& other) noexcept : keys_(std::move(other.keys_)) {
  other.keys_.clear();
}

KeyRing& KeyRing::operator=(KeyRing&& other) noexcept {
  if (this != &other) {
    Wipe();
    keys_ = std::move(other.keys_);
    other.keys_.clear();
  }
  return *this;
}

KeyRing::~KeyRing() {
  Wipe();
}

void KeyRing::Wipe() {
  for (auto& k : keys_) sodium_memzero(k.bytes.data(), k.bytes.size());
}

std::vector<std::string> KeyRing::ids() const {
  std::vector<std::string> out;
  for (const auto& k : keys_) out.push_back(k.id);
  return out;
}

bool KeyRing::Has(std::string_view id) const {
  return std::any_of(keys_.begin(), keys_.end(), [&](const Key& k) { return k.id == id; });
}

std::string KeyRing::Seal(std::string_view plaintext) const {
  const Key& key = keys_.front();
  std::vector<unsigned char> box(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + plaintext.size());
  unsigned char* nonce = box.data();
  randombytes_buf(nonce, crypto_secretbox_NONCEBYTES);
  crypto_secretbox_easy(box.data() + crypto_secretbox_NONCEBYTES,
                        reinterpret_cast<const unsigned char*>(plaintext.data()), plaintext.size(), nonce,
                        key.bytes.data());
  std::string out(kPrefix);
  out += key.id;
  out += ':';
  out += Base64(box.data(), box.size());
  return out;
}

std::optional<std::string_view> KeyRing::KeyIdOf(std::string_view value) {
  if (!IsSealed(value)) return std::nullopt;
  std::string_view rest = value.substr(kPrefix.size());
  std::size_t colon = rest.find(':');
  if (colon == std::string_view::npos) return std::nullopt;
  return rest.substr(0, colon);
}

Result<std::string> KeyRing::Open(std::string_view sealed) const {
  auto id = KeyIdOf(sealed);
  if (!id) return Error::Invalid("data_key.not_sealed", "The value is not a sealed value.");
  auto key = std::find_if(keys_.begin(), keys_.end(), [&](const Key& k) { return k.id == *id; });
  if (key == keys_.end()) {
    return Error(ErrorCode::kUnavailable, "data_key.unknown",
                 "A value is sealed with data key \"" + std::string(*id) +
                     "\", which is not in the configured key ring; add that key (see docs/security.md).");
  }
  std::vector<unsigned char> box;
  std::string_view encoded = sealed.substr(kPrefix.size() + id->size() + 1);
  if (!FromBase64(encoded, box) || box.size() < crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES) {
    return Error(ErrorCode::kInternal, "data_key.corrupt", "A sealed value is malformed.");
  }
  std::string plain(box.size() - crypto_secretbox_NONCEBYTES - crypto_secretbox_MACBYTES, '\0');
  if (crypto_secretbox_open_easy(reinterpret_cast<unsigned char*>(plain.data()),
                                 box.data() + crypto_secretbox_NONCEBYTES, box.size() - crypto_secretbox_NONCEBYTES,
                                 box.data(), key->bytes.data()) != 0) {
    return Error(ErrorCode::kInternal, "data_key.corrupt",
                 "A sealed value failed authentication (altered, or sealed with another key of the same id).");
  }
  return plain;
}

}  // namespace sinergi::core
