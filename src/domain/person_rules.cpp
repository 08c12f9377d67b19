#include "domain/person_rules.hpp"

#include <algorithm>
#include <string_view>

#include "domain/codelists.hpp"
#include "domain/detail/text.hpp"
#include "domain/name_match.hpp"

namespace sinergi::domain {
namespace {

using core::FieldError;

constexpr std::size_t kMaxNameChars = 200;
constexpr std::size_t kMaxAliases = 20;

bool IsDigit(char c) {
  return c >= '0' && c <= '9';
}
bool IsUpperAlnum(char c) {
  return IsDigit(c) || (c >= 'A' && c <= 'Z');
}

bool AllDigits(std::string_view s) {
  return std::all_of(s.begin(), s.end(), IsDigit);
}

std::string RemoveChars(std::string_view s, std::string_view unwanted) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    if (unwanted.find(c) == std::string_view::npos) out.push_back(c);
  }
  return out;
}

// Dotted Kemendagri code of any level: "33", "33.73", "33.73.04" or "33.73.04.1001".
bool IsDottedRegionCode(std::string_view code) {
  static constexpr std::size_t kGroupLengths[] = {2, 2, 2, 4};
  std::size_t level = 0;
  std::size_t pos = 0;
  while (true) {
    if (level == 4) return false;
    const std::size_t len = kGroupLengths[level];
    if (code.size() < pos + len || !AllDigits(code.substr(pos, len))) return false;
    pos += len;
    ++level;
    if (pos == code.size()) return true;
    if (code[pos] != '.') return false;
    ++pos;
  }
}

// Villages (level 4) may be absent from the directory (it is often loaded without them, ~84k rows), so a
// village code is accepted when its district exists.
bool RegionKnown(const std::string& code, const RegionDirectory& regions) {
  if (regions.Find(code) != nullptr) return true;
  constexpr std::size_t kDistrictCodeLength = 8;  // "33.73.04"
  return code.size() == kDistrictCodeLength + 5 && regions.Find(code.substr(0, kDistrictCodeLength)) != nullptr;
}

void ValidateName(const std::string& value, const std::string& field, std::vector<FieldError>& errors) {
  if (value.empty()) {
    errors.push_back({field, "required", "A name is required."});
  } else if (detail::CodePointCount(value) > kMaxNameChars) {
    errors.push_back({field, "too_long", "A name may have at most 200 characters."});
  }
}

// Collapses spaces in every item and drops duplicates (case-insensitive, first spelling kept). Empty items are
// dropped, or reported as `field`[i] (i: the input index) when `empty_is_error`; items longer than `max_chars`
// (0: no limit) are reported the same way.
std::vector<std::string> NormaliseList(const std::vector<std::string>& items, const std::string& field,
                                       bool empty_is_error, std::size_t max_chars, std::vector<FieldError>& errors) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    std::string item = detail::CollapseSpaces(items[i]);
    const std::string path = field + "[" + std::to_string(i) + "]";
    if (item.empty()) {
      if (empty_is_error) errors.push_back({path, "required", "Must not be empty."});
      continue;
    }
    if (max_chars != 0 && detail::CodePointCount(item) > max_chars) {
      errors.push_back({path, "too_long", "At most " + std::to_string(max_chars) + " characters."});
    }
    const bool seen = std::any_of(out.begin(), out.end(),
                                  [&](const std::string& kept) { return detail::EqualsIgnoreCase(kept, item); });
    if (!seen) out.push_back(std::move(item));
  }
  return out;
}

void ValidateCode(std::optional<std::string>& value, std::string_view list, const std::string& field,
                  std::vector<FieldError>& errors) {
  detail::TrimOptional(value);
  if (value && !IsValidCode(list, *value)) {
    errors.push_back({field, "unknown_code", "Not a code of the list " + std::string(list) + "."});
  }
}

void NormaliseNik(std::optional<std::string>& nik, const RegionDirectory& regions, const core::Date& today,
                  std::vector<FieldError>& errors) {
  if (!nik) return;
  *nik = RemoveChars(*nik, " \t.-");
  if (nik->empty()) {
    nik.reset();
    return;
  }
  const NikDecoded decoded = DecodeNik(*nik, regions, today);
  if (decoded.valid) return;
  for (const NikProblem& problem : decoded.problems) {
    if (problem.is_error) errors.push_back({"nik", problem.code, problem.message});
  }
}

void NormalisePassport(std::optional<std::string>& passport, std::vector<FieldError>& errors) {
  detail::TrimOptional(passport);
  if (!passport) return;
  *passport = detail::ToUpperAscii(*passport);
  const bool shape_ok =
      passport->size() >= 6 && passport->size() <= 12 && std::all_of(passport->begin(), passport->end(), IsUpperAlnum);
  if (!shape_ok) {
    errors.push_back({"passport_number", "invalid_format", "A passport number has 6 to 12 letters or digits."});
  }
}

void NormalisePhone(std::optional<std::string>& phone, std::vector<FieldError>& errors) {
  if (!phone) return;
  *phone = RemoveChars(detail::Trim(*phone), " -()");
  if (phone->empty()) {
    phone.reset();
    return;
  }
  const std::string_view digits = (*phone)[0] == '+' ? std::string_view(*phone).substr(1) : std::string_view(*phone);
  if (digits.size() < 6 || digits.size() > 15 || !AllDigits(digits)) {
    errors.push_back({"phone", "invalid_format", "A phone number has 6 to 15 digits, optionally after a '+'."});
  }
}

void NormaliseRegion(std::optional<std::string>& code, const RegionDirectory& regions,
                     std::vector<FieldError>& errors) {
  detail::TrimOptional(code);
  if (!code) return;
  if (!IsDottedRegionCode(*code)) {
    errors.push_back(
        {"address_region_code", "invalid_format", "A region code is dotted Kemendagri digits, e.g. 33.73.04.1001."});
  } else if (!RegionKnown(*code, regions)) {
    errors.push_back({"address_region_code", "unknown_code", "No such region."});
  }
}

// One FieldChange when the JSON texts differ.
void AddIfChanged(std::vector<FieldChange>& out, const char* field, std::optional<std::string> before,
                  std::optional<std::string> after) {
  if (before != after) out.push_back({field, std::move(before), std::move(after)});
}

}  // namespace

std::vector<FieldError> NormaliseAndValidate(PersonData& data, const RegionDirectory& regions,
                                             const core::Date& today) {
  std::vector<FieldError> errors;

  data.full_name = detail::CollapseSpaces(data.full_name);
  ValidateName(data.full_name, "full_name", errors);
  data.aliases = NormaliseList(data.aliases, "aliases", /*empty_is_error=*/true, kMaxNameChars, errors);
  if (data.aliases.size() > kMaxAliases) {
    errors.push_back({"aliases", "too_many", "At most 20 aliases."});
  }

  NormaliseNik(data.nik, regions, today, errors);
  NormalisePassport(data.passport_number, errors);
  ValidateCode(data.sex, "jenis_kelamin", "sex", errors);
  if (data.birth_date && *data.birth_date > today) {
    errors.push_back({"birth_date", "in_future", "The birth date is in the future."});
  }
  detail::TrimOptional(data.birth_place);
  detail::TrimOptional(data.address_line);
  NormaliseRegion(data.address_region_code, regions, errors);
  NormalisePhone(data.phone, errors);
  ValidateCode(data.marital_status, "status_perkawinan", "marital_status", errors);
  ValidateCode(data.education, "pendidikan", "education", errors);
  data.skills = NormaliseList(data.skills, "skills", /*empty_is_error=*/false, /*max_chars=*/0, errors);
  ValidateCode(data.pmi_status, "status_pmi", "pmi_status", errors);
  return errors;
}

std::vector<Warning> PersonWarnings(const PersonData& data, const RegionDirectory& regions, const core::Date& today) {
  std::vector<Warning> warnings;
  if (!data.nik) return warnings;
  const NikDecoded decoded = DecodeNik(*data.nik, regions, today);
  if (!decoded.valid) return warnings;  // validation refuses invalid NIKs; nothing to warn about here
  // Only region-prefix problems are worth keeping on the record: nik.century_ambiguous is resolved by the
  // birth-date comparison below.
  for (const NikProblem& problem : decoded.problems) {
    if (!problem.is_error && problem.code.starts_with("nik.unknown_")) {
      warnings.push_back({problem.code, "nik", problem.message});
    }
  }
  for (Warning& w : NikConsistencyWarnings(decoded, data.sex, data.birth_date)) {
    warnings.push_back(std::move(w));
  }
  return warnings;
}

std::vector<std::string> PersonNameKeys(const PersonData& data) {
  std::vector<std::string> keys;
  auto add = [&keys](std::string_view name) {
    std::string key = NameKey(name);
    if (!key.empty() && std::find(keys.begin(), keys.end(), key) == keys.end()) keys.push_back(std::move(key));
  };
  add(data.full_name);
  for (const std::string& alias : data.aliases) add(alias);
  return keys;
}

std::vector<FieldChange> DiffPersonData(const PersonData& before, const PersonData& after) {
  using detail::JsonOptional;
  using detail::JsonString;
  using detail::JsonStringArray;
  std::vector<FieldChange> out;
  AddIfChanged(out, "full_name", JsonString(before.full_name), JsonString(after.full_name));
  AddIfChanged(out, "aliases", JsonStringArray(before.aliases), JsonStringArray(after.aliases));
  AddIfChanged(out, "nik", JsonOptional(before.nik), JsonOptional(after.nik));
  AddIfChanged(out, "passport_number", JsonOptional(before.passport_number), JsonOptional(after.passport_number));
  AddIfChanged(out, "sex", JsonOptional(before.sex), JsonOptional(after.sex));
  AddIfChanged(out, "birth_date", JsonOptional(before.birth_date), JsonOptional(after.birth_date));
  AddIfChanged(out, "birth_place", JsonOptional(before.birth_place), JsonOptional(after.birth_place));
  AddIfChanged(out, "address_line", JsonOptional(before.address_line), JsonOptional(after.address_line));
  AddIfChanged(out, "address_region_code", JsonOptional(before.address_region_code),
               JsonOptional(after.address_region_code));
  AddIfChanged(out, "phone", JsonOptional(before.phone), JsonOptional(after.phone));
  AddIfChanged(out, "marital_status", JsonOptional(before.marital_status), JsonOptional(after.marital_status));
  AddIfChanged(out, "education", JsonOptional(before.education), JsonOptional(after.education));
  AddIfChanged(out, "skills", JsonStringArray(before.skills), JsonStringArray(after.skills));
  AddIfChanged(out, "pmi_status", JsonOptional(before.pmi_status), JsonOptional(after.pmi_status));
  AddIfChanged(out, "protected_identity", std::optional<std::string>(before.protected_identity ? "true" : "false"),
               std::optional<std::string>(after.protected_identity ? "true" : "false"));
  return out;
}

}  // namespace sinergi::domain
