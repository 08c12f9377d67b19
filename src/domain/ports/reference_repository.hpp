#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/date.hpp"
#include "core/result.hpp"
#include "domain/ports/page.hpp"
#include "domain/reference.hpp"

namespace sinergi::domain::ports {

class ReferenceRepository {
 public:
  virtual ~ReferenceRepository() = default;

  // Errors: kNotFound "region.not_found".
  virtual core::Result<Region> GetRegion(const std::string& code) = 0;
  // Children of `parent` (nullopt: provinces), ordered by code; PageRequest.after is a code.
  virtual core::Result<Page<Region>> ListRegions(const std::optional<std::string>& parent, const PageRequest& page) = 0;
  // All regions with level <= max_level (used to build the in-memory RegionDirectory at start).
  virtual core::Result<std::vector<Region>> AllRegions(int max_level) = 0;
  virtual core::Result<std::int64_t> CountRegions() = 0;
  // Inserts or replaces the given regions (bulk; one statement prepared once).
  virtual core::Status UpsertRegions(const std::vector<Region>& regions) = 0;

  // Errors: kNotFound "country.not_found". Accepts alpha-2.
  virtual core::Result<Country> GetCountry(const std::string& alpha2) = 0;
  virtual core::Result<std::vector<Country>> ListCountries() = 0;
  virtual core::Status UpsertCountries(const std::vector<Country>& countries) = 0;

  // Indonesia's national public holidays (PublicHoliday; for working days, domain/working_days.hpp): the distinct
  // dates within [from, to], ascending.
  virtual core::Result<std::vector<core::Date>> PublicHolidays(core::Date from, core::Date to) = 0;
  virtual core::Result<std::int64_t> CountPublicHolidays() = 0;
  // Inserts or replaces (by date and name) the given holidays.
  virtual core::Status UpsertPublicHolidays(const std::vector<PublicHoliday>& holidays) = 0;
};

}  // namespace sinergi::domain::ports
