#include "domain/name_match.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <iterator>
#include <utility>

namespace sinergi::domain {
namespace {

// Base letter for U+00C0..U+017F (Latin-1 Supplement letters and Latin Extended-A); '\0' = not a letter.
// Ligatures fold to their first letter (Æ -> a, Œ -> o): they do not occur in Indonesian names, and one letter
// keeps the table one character per code point.
constexpr char kLatinBaseChars[] =
    "aaaaaaaceeeeiiiidnooooo\0ouuuuytsaaaaaaaceeeeiiiidnooooo\0ouuuuyty"              // U+00C0..U+00FF
    "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkklllllllllln"            // U+0100..U+0143
    "nnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";                   // U+0144..U+017F
constexpr std::string_view kLatinBase(kLatinBaseChars, sizeof(kLatinBaseChars) - 1);  // keeps the embedded '\0's
static_assert(kLatinBase.size() == 0x180 - 0xC0);

// A code point's contribution to a name: a letter, nothing (combining accents of decomposed input), or a
// separator (spaces, punctuation incl. '.', '-', apostrophes, digits, scripts we cannot transliterate).
constexpr char kSeparator = ' ';
constexpr char kNothing = '\0';

char Classify(std::uint32_t cp) {
  if (cp < 0x80) {
    const char c = static_cast<char>(cp);
    if (c >= 'a' && c <= 'z') {
      return c;
    }
    if (c >= 'A' && c <= 'Z') {
      return static_cast<char>(c - 'A' + 'a');
    }
    return kSeparator;
  }
  if (cp >= 0x300 && cp <= 0x36F) {
    return kNothing;  // combining diacritical marks (NFD "e" + U+0301)
  }
  if (cp >= 0xC0 && cp < 0x180) {
    const char base = kLatinBase[cp - 0xC0];
    return base == '\0' ? kSeparator : base;
  }
  return kSeparator;
}

// Decodes one UTF-8 sequence at text[i], advancing i. Malformed bytes decode as U+FFFD (a separator).
std::uint32_t NextCodePoint(std::string_view text, std::size_t& i) {
  const auto byte = [&](std::size_t k) { return static_cast<std::uint8_t>(text[k]); };
  const std::uint8_t lead = byte(i);
  std::size_t extra = 0;
  std::uint32_t cp = 0;
  if (lead < 0x80) {
    ++i;
    return lead;
  }
  if ((lead & 0xE0) == 0xC0) {
    extra = 1;
    cp = lead & 0x1Fu;
  } else if ((lead & 0xF0) == 0xE0) {
    extra = 2;
    cp = lead & 0x0Fu;
  } else if ((lead & 0xF8) == 0xF0) {
    extra = 3;
    cp = lead & 0x07u;
  } else {
    ++i;
    return 0xFFFD;
  }
  if (i + extra >= text.size()) {  // truncated sequence at the end
    i = text.size();
    return 0xFFFD;
  }
  for (std::size_t k = 1; k <= extra; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) {
      i += k;
      return 0xFFFD;
    }
    cp = (cp << 6) | (byte(i + k) & 0x3Fu);
  }
  i += extra + 1;
  return cp;
}

bool IsVowel(char c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

// Spelling folds, applied left to right on the original letters so one fold never feeds another:
// - Pre-1972 (Soewandi/Van Ophuijsen) spelling still found in names: oe -> u, dj -> j, tj -> c, sj -> sy.
// - Transliterations of Arabic sounds written several ways: ch/kh -> h (Achmad, Akhmad, Ahmad),
//   dh -> d (Ramadhan), th -> t (Fathur), dz -> s and z -> s (Dzikri, Zikri, Rizki/Riski), q -> k (Taufiq),
//   ph -> f (Stephanus).
// - y -> i where it is not a consonant before a vowel (Rizky, Dessy), keeping Yusuf, Surya, Nyoman.
// Then doubled letters collapse (Muhammad, Fathurrahman). The folds are deliberately coarse: applied to both
// sides they cannot break a match, and the similarity score absorbs the rare false friend.
struct Digraph {
  char first;
  char second;
  std::string_view replacement;
};
constexpr Digraph kDigraphs[] = {
    {'o', 'e', "u"}, {'d', 'j', "j"}, {'t', 'j', "c"}, {'s', 'j', "sy"}, {'c', 'h', "h"},
    {'k', 'h', "h"}, {'d', 'h', "d"}, {'t', 'h', "t"}, {'d', 'z', "s"},  {'p', 'h', "f"},
};

std::string FoldSpelling(std::string_view token) {
  std::string out;
  out.reserve(token.size() + 1);
  for (std::size_t i = 0; i < token.size(); ++i) {
    const char c = token[i];
    const char next = i + 1 < token.size() ? token[i + 1] : '\0';
    const auto digraph = std::find_if(std::begin(kDigraphs), std::end(kDigraphs),
                                      [&](const Digraph& d) { return d.first == c && d.second == next; });
    if (digraph != std::end(kDigraphs)) {
      out += digraph->replacement;
      ++i;
    } else if (c == 'q') {
      out += 'k';
    } else if (c == 'z') {
      out += 's';
    } else if (c == 'y' && !IsVowel(next)) {
      out += 'i';
    } else {
      out += c;
    }
  }
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

// Spellings and abbreviations of Muhammad, after FoldSpelling (mochammad -> mohamad, mohammed -> mohamed).
constexpr std::array<std::string_view, 11> kMuhammadVariants = {
    "muhamad", "mohamad", "muhamed", "mohamed", "moh", "muh", "mhd", "md", "mohd", "muhd", "mhmd"};
constexpr std::string_view kMuhammad = "muhamad";

}  // namespace

std::vector<std::string> NameTokens(std::string_view name) {
  std::vector<std::string> raw;
  std::string current;
  for (std::size_t i = 0; i < name.size();) {
    const char c = Classify(NextCodePoint(name, i));
    if (c == kNothing) {
      continue;
    }
    if (c != kSeparator) {
      current += c;
    } else if (!current.empty()) {
      raw.push_back(std::move(current));
      current.clear();
    }
  }
  if (!current.empty()) {
    raw.push_back(std::move(current));
  }

  std::vector<std::string> tokens;
  tokens.reserve(raw.size());
  for (std::size_t t = 0; t < raw.size(); ++t) {
    std::string folded = FoldSpelling(raw[t]);
    const bool is_variant =
        std::find(kMuhammadVariants.begin(), kMuhammadVariants.end(), folded) != kMuhammadVariants.end();
    // "M." is Muhammad when other names follow ("M. Rizki"); last ("Rizki M.") it is an unknown initial.
    const bool is_initial_m = folded == "m" && t + 1 < raw.size();
    tokens.push_back(is_variant || is_initial_m ? std::string(kMuhammad) : std::move(folded));
  }
  return tokens;
}

// Doubled letters also collapse across the joins, so "Nur Rahman" and "Nurrahman" give the same key.
std::string NameKey(std::string_view name) {
  std::string key;
  for (const std::string& token : NameTokens(name)) {
    key += token;
  }
  key.erase(std::unique(key.begin(), key.end()), key.end());
  return key;
}

namespace {

// Optimal-string-alignment distance (Damerau-Levenshtein without re-editing a transposed pair): insert, delete,
// substitute and swap two neighbours each cost 1. O(|a|*|b|) time, three rolling rows in one allocation.
std::size_t OsaDistance(std::string_view a, std::string_view b) {
  const std::size_t width = b.size() + 1;
  std::vector<std::size_t> rows(3 * width);
  std::size_t* before = rows.data();        // row i-2
  std::size_t* previous = before + width;   // row i-1
  std::size_t* current = previous + width;  // row i
  for (std::size_t j = 0; j < width; ++j) {
    previous[j] = j;
  }
  for (std::size_t i = 1; i <= a.size(); ++i) {
    current[0] = i;
    for (std::size_t j = 1; j < width; ++j) {
      std::size_t best = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
      best = std::min(best, previous[j] + 1);
      best = std::min(best, current[j - 1] + 1);
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        best = std::min(best, before[j - 2] + 1);
      }
      current[j] = best;
    }
    std::swap(before, previous);  // the old i-2 row becomes scratch for the next row
    std::swap(previous, current);
  }
  return previous[b.size()];
}

// Keys that are the same names in another order ("Rizki Muhamad" / "Muhamad Rizki"), which happens between
// documents (passports split given name and surname; Indonesian names have no fixed order).
constexpr double kReorderedScore = 0.9;
// Both parts of a rotation must be at least this long to stand for a name, not a shifted letter.
constexpr std::size_t kMinRotatedPart = 2;

bool IsReordering(std::string_view a, std::string_view b) {
  if (a.size() != b.size() || a.size() < 2 * kMinRotatedPart) {
    return false;
  }
  for (std::size_t cut = kMinRotatedPart; cut + kMinRotatedPart <= a.size(); ++cut) {
    if (a.substr(cut) == b.substr(0, a.size() - cut) && a.substr(0, cut) == b.substr(a.size() - cut)) {
      return true;
    }
  }
  return false;
}

// A partial name: one key begins the other (a name typed as far as the user knows it, or a record registered
// with fewer names) or ends it (a family name such as a Batak marga, or a father's name). Scored from
// kPartialBase up to kPartialBase + kPartialSpan with the share of the longer key covered, so a near-complete
// name ranks with one-typo matches and a bare "Siti" ranks below every closer candidate.
constexpr double kPartialBase = 0.75;
constexpr double kPartialSpan = 0.2;
static_assert(kPartialBase >= kNameMatchThreshold && kPartialBase + kPartialSpan < 1.0);
// Two letters begin a name meaningfully (type-ahead; storage serves such keys by prefix). Endings shorter than
// four letters are common suffixes (-ah, -ni, -wati), not names.
constexpr std::size_t kMinPrefix = 2;
constexpr std::size_t kMinSuffix = 4;

double PartialScore(std::string_view shorter, std::string_view longer) {
  const bool begins = shorter.size() >= kMinPrefix && longer.starts_with(shorter);
  const bool ends = shorter.size() >= kMinSuffix && longer.ends_with(shorter);
  if (!begins && !ends) {
    return 0.0;
  }
  return kPartialBase + kPartialSpan * static_cast<double>(shorter.size()) / static_cast<double>(longer.size());
}

}  // namespace

// Similarity = the best of three readings of the keys:
// 1. 1 - OSA distance / length of the longer key: one typo in a ten-letter key costs 0.1, two cost 0.2, which
//    stays above kNameMatchThreshold (0.72) for typical keys;
// 2. PartialScore (0.75-0.95) when one key begins or ends the other;
// 3. kReorderedScore (0.9) when the keys are the same names in another order.
//
// Why not Jaro-Winkler (the usual record-linkage choice): it rewards any shared beginning, and Indonesian names
// very often share one: "Siti", "Muhamad", "Nur", Balinese birth-order names ("Ni Putu", "I Made"). It scores
// "Siti Aminah"/"Siti Nurhaliza" 0.86 and "Muhamad Rizki"/"Muhamad Ali" 0.89, so every full name starting with
// Siti would match every other. Here those score 0.46 and 0.67 (no match), while a query that is only part of a
// name ("Siti", "Ni Putu Ayu" against "Ni Putu Ayu Sari": 0.89) still finds it through PartialScore.
double NameSimilarity(std::string_view key_a, std::string_view key_b) {
  if (key_a == key_b) {
    return 1.0;
  }
  if (key_a.empty() || key_b.empty()) {
    return 0.0;
  }
  const std::string_view shorter = key_a.size() <= key_b.size() ? key_a : key_b;
  const std::string_view longer = key_a.size() <= key_b.size() ? key_b : key_a;
  double score = 1.0 - static_cast<double>(OsaDistance(key_a, key_b)) / static_cast<double>(longer.size());
  score = std::max(score, PartialScore(shorter, longer));
  if (IsReordering(key_a, key_b)) {
    score = std::max(score, kReorderedScore);
  }
  return score;
}

}  // namespace sinergi::domain
