// The outreach rules (outreach_rules.hpp).
#include "domain/outreach_rules.hpp"

#include <algorithm>
#include <functional>
#include <set>
#include <utility>

#include "domain/codelists.hpp"
#include "domain/detail/text.hpp"

namespace sinergi::domain {
namespace {

using core::FieldError;

void TooLong(std::vector<FieldError>& errors, const std::string& field, const std::optional<std::string>& text,
             std::size_t max) {
  if (text && detail::CodePointCount(*text) > max) {
    errors.push_back({field, "too_long", "At most " + std::to_string(max) + " characters."});
  }
}

void RequiredText(std::vector<FieldError>& errors, const std::string& field, const std::string& text, std::size_t max) {
  if (text.empty()) {
    errors.push_back({field, "required", "Required."});
  } else {
    TooLong(errors, field, text, max);
  }
}

// Trimmed (upper-cased when `upper`), without empty items and repeats, first mention kept.
void NormaliseList(std::vector<std::string>& items, bool upper) {
  std::set<std::string> seen;
  std::vector<std::string> out;
  for (const std::string& raw : items) {
    std::string item = upper ? detail::ToUpperAscii(detail::Trim(raw)) : detail::Trim(raw);
    if (!item.empty() && seen.insert(item).second) out.push_back(std::move(item));
  }
  items = std::move(out);
}

void CodeList(std::vector<FieldError>& errors, const std::string& field, const std::vector<std::string>& codes,
              std::string_view list) {
  if (codes.empty()) {
    errors.push_back({field, "required", "At least one code of the list " + std::string(list) + "."});
    return;
  }
  if (codes.size() > kMaxOutreachListItems) errors.push_back({field, "too_many", "Too many codes."});
  for (std::size_t i = 0; i < codes.size(); ++i) {
    if (!IsValidCode(list, codes[i])) {
      errors.push_back({field + "[" + std::to_string(i) + "]", "unknown_code", "Not in the list " + std::string(list)});
    }
  }
}

bool AllDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// The number of dotted groups of a well-formed Kemendagri code (2, 2, 2, 4 digits), 0 when malformed.
int RegionLevel(std::string_view code) {
  static constexpr std::size_t kGroupLengths[] = {2, 2, 2, 4};
  int level = 0;
  std::size_t pos = 0;
  while (level < 4) {
    const std::size_t len = kGroupLengths[level];
    if (code.size() < pos + len || !AllDigits(code.substr(pos, len))) return 0;
    pos += len;
    ++level;
    if (pos == code.size()) return level;
    if (code[pos] != '.') return 0;
    ++pos;
  }
  return 0;
}

}  // namespace

void NormaliseOutreachEvent(OutreachEventData& data) {
  data.title = detail::CollapseSpaces(detail::Trim(data.title));
  data.organiser_agency_id = detail::Trim(data.organiser_agency_id);
  NormaliseList(data.partner_agency_ids, false);
  std::erase(data.partner_agency_ids, data.organiser_agency_id);
  data.region_code = detail::Trim(data.region_code);
  detail::TrimOptional(data.venue);
  NormaliseList(data.topics, true);
  NormaliseList(data.target_groups, true);
  data.channel = detail::ToUpperAscii(detail::Trim(data.channel));
  NormaliseList(data.materials, false);
  detail::TrimOptional(data.notes);
  detail::TrimOptional(data.commitment_id);
}

void NormaliseFollowUp(OutreachFollowUp& f) {
  detail::TrimOptional(f.name);
  if (f.name) *f.name = detail::CollapseSpaces(*f.name);
  detail::TrimOptional(f.contact);
  f.request = detail::Trim(f.request);
  f.needs_category = detail::ToUpperAscii(detail::Trim(f.needs_category));
}

std::vector<FieldError> ValidateOutreachEvent(const OutreachEventData& data) {
  std::vector<FieldError> errors;
  RequiredText(errors, "title", data.title, kMaxOutreachTitleChars);
  if (data.organiser_agency_id.empty()) errors.push_back({"organiser_agency_id", "required", "Required."});
  if (data.partner_agency_ids.size() > kMaxOutreachListItems) {
    errors.push_back({"partner_agency_ids", "too_many", "Too many agencies."});
  }
  if (data.ends_on && *data.ends_on < data.held_on) {
    errors.push_back({"ends_on", "before_held_on", "An event ends on or after the day it starts."});
  }
  if (data.region_code.empty()) {
    errors.push_back({"region_code", "required", "Required."});
  } else if (!IsSubProvinceRegionCode(data.region_code)) {
    errors.push_back({"region_code", "invalid_format",
                      "A dotted Kemendagri code of a regency, district or village, e.g. 61.01.02.2001."});
  }
  TooLong(errors, "venue", data.venue, kMaxOutreachTitleChars);
  CodeList(errors, "topics", data.topics, "topik_sosialisasi");
  CodeList(errors, "target_groups", data.target_groups, "sasaran_sosialisasi");
  if (data.channel.empty()) {
    errors.push_back({"channel", "required", "Required."});
  } else if (!IsValidCode("saluran_sosialisasi", data.channel)) {
    errors.push_back({"channel", "unknown_code", "Not in the list saluran_sosialisasi."});
  }
  for (std::size_t s = 0; s < kParticipantSexes.size(); ++s) {
    for (std::size_t a = 0; a < kParticipantAgeGroups.size(); ++a) {
      const std::int64_t n = data.participants.counts[s][a];
      if (n < 0 || n > kMaxParticipantsPerCell) {
        errors.push_back(
            {"participants." + std::string(kParticipantSexes[s]) + "." + std::string(kParticipantAgeGroups[a]),
             "out_of_range", "A count from 0 to " + std::to_string(kMaxParticipantsPerCell) + "."});
      }
    }
  }
  if (data.materials.size() > kMaxOutreachListItems) errors.push_back({"materials", "too_many", "Too many items."});
  for (std::size_t i = 0; i < data.materials.size(); ++i) {
    TooLong(errors, "materials[" + std::to_string(i) + "]", data.materials[i], kMaxOutreachTitleChars);
  }
  TooLong(errors, "notes", data.notes, kMaxOutreachTextChars);
  return errors;
}

std::vector<FieldError> ValidateFollowUp(const OutreachFollowUp& f) {
  std::vector<FieldError> errors;
  RequiredText(errors, "request", f.request, kMaxOutreachTextChars);
  if (f.needs_category.empty()) {
    errors.push_back({"needs_category", "required", "A code of the list jenis_kasus."});
  } else if (!IsValidCode("jenis_kasus", f.needs_category)) {
    errors.push_back({"needs_category", "unknown_code", "Not in the list jenis_kasus."});
  }
  TooLong(errors, "name", f.name, kMaxOutreachTitleChars);
  TooLong(errors, "contact", f.contact, kMaxOutreachTitleChars);
  return errors;
}

std::int64_t ParticipantTotal(const ParticipantCounts& p) {
  std::int64_t total = 0;
  for (const auto& row : p.counts) {
    for (std::int64_t n : row) total += n;
  }
  return total;
}

std::int64_t ParticipantsOfSex(const ParticipantCounts& p, std::size_t sex) {
  std::int64_t total = 0;
  for (std::int64_t n : p.counts.at(sex)) total += n;
  return total;
}

std::int64_t ParticipantsOfAgeGroup(const ParticipantCounts& p, std::size_t age_group) {
  std::int64_t total = 0;
  for (const auto& row : p.counts) total += row.at(age_group);
  return total;
}

bool IsSubProvinceRegionCode(std::string_view code) {
  return RegionLevel(code) >= 2;
}

std::string RegencyOf(std::string_view region_code) {
  if (!IsSubProvinceRegionCode(region_code)) return "";
  return std::string(region_code.substr(0, 5));
}

std::vector<std::string> OutreachAgencies(const OutreachEventData& data) {
  std::vector<std::string> out;
  if (!data.organiser_agency_id.empty()) out.push_back(data.organiser_agency_id);
  for (const std::string& id : data.partner_agency_ids) {
    if (std::find(out.begin(), out.end(), id) == out.end()) out.push_back(id);
  }
  return out;
}

std::optional<std::string> CountedCommitment(const OutreachEventData& data) {
  if (data.cancelled) return std::nullopt;
  return data.commitment_id;
}

void MaskFollowUp(OutreachFollowUp& f) {
  f.name.reset();
  f.contact.reset();
  f.request.clear();
  f.masked = true;
}

std::int64_t HighDepartureThreshold(const std::vector<std::int64_t>& departures) {
  if (departures.empty()) return 0;
  std::vector<std::int64_t> sorted = departures;
  std::sort(sorted.begin(), sorted.end(), std::greater<>());
  const std::size_t rank = (sorted.size() + 3) / 4;  // ceil(n / 4), at least 1
  return std::max<std::int64_t>(1, sorted[rank - 1]);
}

std::int64_t FlagCoverage(std::vector<RegencyCoverage>& regencies) {
  std::vector<std::int64_t> departures;
  departures.reserve(regencies.size());
  for (const RegencyCoverage& r : regencies) departures.push_back(r.departures);
  const std::int64_t threshold = HighDepartureThreshold(departures);
  for (RegencyCoverage& r : regencies) {
    r.high_departure = threshold > 0 && r.departures >= threshold;
    r.no_outreach_high_departure = r.high_departure && r.events == 0;
  }
  return threshold;
}

core::Date TwelveMonthsBefore(core::Date to) {
  core::Date from{to.year - 1, to.month, to.day};
  if (!core::Date::IsValid(from.year, from.month, from.day)) from.day = 28;  // 29 February
  return from;
}

}  // namespace sinergi::domain
