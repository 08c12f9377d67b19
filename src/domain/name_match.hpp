#pragma once
// Name normalisation and fuzzy matching for Indonesian names: spacing ("Nur Haliza" = "Nurhaliza"),
// spelling variants (Muhammad/Mohammad/Muhamad/Moh./Mochammad; old spelling oe->u, dj->j, tj->c, sj->sy,
// ch->h; doubled letters) and small typos. Pure functions; storage calls NameKey when writing.
#include <string>
#include <string_view>
#include <vector>

namespace sinergi::domain {

// Canonical tokens: lower-case ASCII letters, variants folded. "Mohammad  Rizky-Pratama" -> {"muhamad","riski","pratama"}
std::vector<std::string> NameTokens(std::string_view name);
// The stored/search key: canonical tokens joined without spaces. "Siti Nur Haliza" == "Siti Nurhaliza".
std::string NameKey(std::string_view name);
// Similarity of two keys in [0,1] (1 = equal), robust to one or two typos in a typical name.
// A key that begins (>= 2 letters) or ends (>= 4 letters) the other scores 0.75-0.95 by the share covered, so
// part of a name finds the whole; the same names in another order score at least 0.9.
double NameSimilarity(std::string_view key_a, std::string_view key_b);
// Threshold above which a search shows a match.
inline constexpr double kNameMatchThreshold = 0.72;

}  // namespace sinergi::domain
