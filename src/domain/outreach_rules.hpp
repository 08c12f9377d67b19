#pragma once
// The rules of outreach events (domain/outreach.hpp) as pure functions: the outreach service applies them and
// outreach_rules_test.cpp calls them directly. Checks that need storage (does the agency, the region, the
// commitment exist) stay in the service.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"
#include "domain/outreach.hpp"

namespace sinergi::domain {

// Trims texts (an empty optional text becomes absent), upper-cases codes, drops empty and repeated ids, codes and
// materials (first kept); drops the organiser from the partners.
void NormaliseOutreachEvent(OutreachEventData& data);
void NormaliseFollowUp(OutreachFollowUp& follow_up);

// Field errors: title required / too_long; organiser_agency_id required; ends_on before_held_on; region_code
// required / invalid_format (not a dotted regency, district or village code); topics required / unknown_code (also
// topics[i]) / too_many; target_groups likewise (sasaran_sosialisasi); channel required / unknown_code
// (saluran_sosialisasi); participants.<sex>.<age> out_of_range (negative or over kMaxParticipantsPerCell);
// materials too_many / materials[i] too_long; partner_agency_ids too_many; venue too_long; notes too_long.
std::vector<core::FieldError> ValidateOutreachEvent(const OutreachEventData& data);
// request required / too_long; needs_category required / unknown_code (jenis_kasus); name, contact too_long.
std::vector<core::FieldError> ValidateFollowUp(const OutreachFollowUp& follow_up);

// The sum of every cell.
std::int64_t ParticipantTotal(const ParticipantCounts& participants);
// The sum of one row (a sex, index into kParticipantSexes) or one column (an age group).
std::int64_t ParticipantsOfSex(const ParticipantCounts& participants, std::size_t sex);
std::int64_t ParticipantsOfAgeGroup(const ParticipantCounts& participants, std::size_t age_group);

// The regency ("61.01") of a dotted region code of level 2 or deeper; "" for a province or a malformed code.
std::string RegencyOf(std::string_view region_code);
// Whether the code is a dotted Kemendagri code of a regency, district or village ("61.01", "61.01.02",
// "61.01.02.2001").
bool IsSubProvinceRegionCode(std::string_view code);

// The agencies of an event: the organiser and its partners, without duplicates.
std::vector<std::string> OutreachAgencies(const OutreachEventData& data);
// The commitment the event counts towards: none when cancelled.
std::optional<std::string> CountedCommitment(const OutreachEventData& data);

// Empties a follow-up's name, contact and request and sets masked.
void MaskFollowUp(OutreachFollowUp& follow_up);

// The high-departure rule of the coverage view: rank the regencies by departures, highest first; the threshold is
// the departures of the regency at rank ceil(n / 4) (the top quarter, ties included), and at least 1. A regency is
// high_departure when its departures reach the threshold. Returns the threshold (0 when there are no regencies).
std::int64_t HighDepartureThreshold(const std::vector<std::int64_t>& departures);
// Sets high_departure and no_outreach_high_departure (high departure and no event) on every regency; returns the
// threshold.
std::int64_t FlagCoverage(std::vector<RegencyCoverage>& regencies);

// The first day of the 12 months ending on `to`: the same day a year earlier (28 February for 29 February).
core::Date TwelveMonthsBefore(core::Date to);

}  // namespace sinergi::domain
