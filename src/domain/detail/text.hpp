#pragma once
// Small text helpers shared by the domain rules and services: trimming, ASCII case, and the JSON texts that
// history records carry as before/after values (history.hpp). Internal to src/domain; not an API.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.hpp"

namespace sinergi::domain::detail {

// Removes ASCII whitespace at both ends.
std::string Trim(std::string_view s);
// Trims and turns every inner run of ASCII whitespace into one space ("  Siti   Aminah " -> "Siti Aminah").
std::string CollapseSpaces(std::string_view s);
std::string ToUpperAscii(std::string_view s);
// Trims an optional text; an empty result becomes nullopt, so "" and absent mean the same thing.
void TrimOptional(std::optional<std::string>& s);
// Number of Unicode code points in UTF-8 text (invalid bytes count one each).
std::size_t CodePointCount(std::string_view s);
// Case-insensitive (ASCII) equality, used to deduplicate lists typed by hand.
bool EqualsIgnoreCase(std::string_view a, std::string_view b);

// JSON texts for history values.
std::string JsonString(std::string_view s);  // quoted, with RFC 8259 escapes
std::string JsonStringArray(const std::vector<std::string>& items);
std::string JsonDate(const core::Date& d);  // "YYYY-MM-DD" quoted
std::string JsonBool(bool b);
std::optional<std::string> JsonOptional(const std::optional<std::string>& s);
std::optional<std::string> JsonOptional(const std::optional<core::Date>& d);

}  // namespace sinergi::domain::detail
