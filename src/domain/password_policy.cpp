// The server-side password rule of identity_service.hpp (CheckPasswordStrength). The client runs zxcvbn with
// Indonesian dictionaries for feedback while typing; this is the floor the server enforces whatever the client.
// The blocklist holds passwords and words that lead public leak lists in Indonesia and worldwide; a password is
// refused when it is one of them, or one of them repeated, once leading/trailing digits and symbols are removed
// and common letter substitutions (p@ssw0rd) are undone: "Bismillah123!" and "sayangsayang" are as weak as the
// word itself.
#include <algorithm>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#include "domain/detail/text.hpp"
#include "domain/identity_service.hpp"

namespace sinergi::domain {
namespace {

constexpr std::size_t kMinLength = 12;   // code points
constexpr std::size_t kMaxLength = 256;  // code points; longer inputs are more likely paste accidents than choices

constexpr std::string_view kBlocklist[] = {
    // Common worldwide.
    "password", "passwort", "qwerty", "qwertyuiop", "qwertyuiop123", "asdfghjkl", "asdfgh", "zxcvbnm", "qazwsx",
    "1qaz2wsx", "1qaz2wsx3edc", "letmein", "welcome", "admin", "administrator", "root", "iloveyou", "monkey", "dragon",
    "football", "baseball", "sunshine", "princess", "master", "shadow", "superman", "batman", "starwars", "whatever",
    "freedom", "computer", "internet", "secret", "changeme", "default", "login", "access", "hello", "helloworld",
    "trustno1", "abcdef", "abcdefghijkl", "abc123", "michael", "jessica", "charlie", "pokemon", "naruto", "doraemon",
    "barcelona", "liverpool", "manchester", "manchesterunited", "chelsea", "juventus", "realmadrid", "123456789012",
    "1234567890", "12345678901234", "123123123123", "147258369", "987654321", "qwerty123456", "password123",
    "admin12345",
    // Indonesian words and phrases common in leaked passwords.
    "rahasia", "rahasiaku", "katasandi", "katakunci", "sandi", "kunci", "sayang", "sayangku", "sayangkamu",
    "akusayangkamu", "cinta", "cintaku", "cintakamu", "akucintakamu", "kekasih", "bismillah", "alhamdulillah",
    "subhanallah", "insyaallah", "masyaallah", "astaghfirullah", "lailahaillallah", "assalamualaikum", "indonesia",
    "indonesiaraya", "merdeka", "garuda", "pancasila", "bhinnekatunggalika", "jakarta", "surabaya", "bandung",
    "yogyakarta", "semarang", "makassar", "keluarga", "bunda", "mamah", "bapak", "semangat", "sukses", "rezeki",
    "bahagia", "selamat", "selamatpagi", "cantik", "ganteng", "bidadari", "malaikat", "persib", "persija", "arema",
    "indomie", "ramadhan", "lebaran", "muhammad", "sinergi", "pekerjamigran", "migran", "tenagakerja", "hongkong",
    "malaysia", "bp2mi", "kp2mi", "bp3mi"};

bool IsAsciiLetter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

char Unleet(char c) {
  switch (c) {
    case '0':
      return 'o';
    case '1':
    case '!':
      return 'i';
    case '3':
      return 'e';
    case '4':
    case '@':
      return 'a';
    case '5':
    case '$':
      return 's';
    case '7':
      return 't';
    default:
      return c;
  }
}

// Lower-cased, leading/trailing non-letters dropped, separators (space . - _) removed, substitutions undone.
std::string Core(std::string_view text) {
  const std::string lower = Lower(text);
  std::size_t begin = 0;
  std::size_t end = lower.size();
  auto is_edge_noise = [](char c) { return !IsAsciiLetter(c) && (static_cast<unsigned char>(c) & 0x80U) == 0; };
  while (begin < end && is_edge_noise(lower[begin])) ++begin;
  while (end > begin && is_edge_noise(lower[end - 1])) --end;
  std::string out;
  for (std::size_t i = begin; i < end; ++i) {
    const char c = lower[i];
    if (c == ' ' || c == '.' || c == '-' || c == '_') continue;
    out.push_back(Unleet(c));
  }
  return out;
}

// True if `text` is `unit` repeated one or more times (an empty text is not).
bool IsRepetitionOf(std::string_view text, std::string_view unit) {
  if (unit.empty() || text.empty() || text.size() % unit.size() != 0) return false;
  for (std::size_t i = 0; i < text.size(); i += unit.size()) {
    if (text.substr(i, unit.size()) != unit) return false;
  }
  return true;
}

bool IsBlocked(const std::string& password) {
  static const std::vector<std::string> cores = [] {
    std::vector<std::string> out;
    for (std::string_view word : kBlocklist) out.push_back(Core(word));
    return out;
  }();
  const std::string lower = Lower(password);
  const std::string core = Core(password);
  for (std::size_t i = 0; i < std::size(kBlocklist); ++i) {
    if (lower == kBlocklist[i]) return true;
    if (IsRepetitionOf(core, cores[i])) return true;
  }
  return false;
}

// Digits only, and each digit one more (or one less) than the one before, wrapping 9 -> 0: "123456789012".
bool IsDigitRun(std::string_view s) {
  if (s.size() < 2 || !std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; })) return false;
  const int step = ((s[1] - s[0]) + 10) % 10;
  if (step != 1 && step != 9) return false;
  for (std::size_t i = 1; i < s.size(); ++i) {
    if (((s[i] - s[i - 1]) + 10) % 10 != step) return false;
  }
  return true;
}

// Every code point the same ("aaaaaaaaaaaa", "111111111111").
bool IsOneRepeatedCharacter(std::string_view s) {
  if (s.empty()) return false;
  std::size_t first_len = 1;
  while (first_len < s.size() && (static_cast<unsigned char>(s[first_len]) & 0xC0U) == 0x80U) ++first_len;
  return IsRepetitionOf(s, s.substr(0, first_len));
}

}  // namespace

std::vector<core::FieldError> CheckPasswordStrength(const std::string& password, const std::string& username) {
  std::vector<core::FieldError> errors;
  const std::size_t length = detail::CodePointCount(password);
  if (length < kMinLength) {
    errors.push_back({"password", "too_short", "Use at least 12 characters; a short sentence is easy to remember."});
  } else if (length > kMaxLength) {
    errors.push_back({"password", "too_long", "Use at most 256 characters."});
  }
  if (IsOneRepeatedCharacter(password)) {
    errors.push_back({"password", "repeated_character", "The password repeats one character."});
  } else if (IsBlocked(password) || IsDigitRun(password)) {
    errors.push_back({"password", "too_common", "This password is too common; attackers try it first."});
  }
  const std::string user = Lower(detail::Trim(username));
  if (user.size() >= 3 && Lower(password).find(user) != std::string::npos) {
    errors.push_back({"password", "contains_username", "The password must not contain the username."});
  }
  return errors;
}

}  // namespace sinergi::domain
