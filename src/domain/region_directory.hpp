#pragma once
// In-memory index of regions (provinces, regencies, districts; villages optional) for fast lookups during
// validation and NIK decoding. Immutable after construction, so thread-safe to share.
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "domain/reference.hpp"

namespace sinergi::domain {

class RegionDirectory {
 public:
  RegionDirectory() = default;
  explicit RegionDirectory(const std::vector<Region>& regions);

  // By dotted code ("33.73.04"). nullptr if unknown.
  const Region* Find(std::string_view dotted_code) const;
  // By undotted NIK digits: 2 (province), 4 (regency) or 6 (district) digits.
  const Region* FindByNikDigits(std::string_view digits) const;
  std::size_t size() const { return by_code_.size(); }

 private:
  std::unordered_map<std::string, Region> by_code_;
};

// "3273" -> "32.73", "327304" -> "32.73.04"; other lengths return the input unchanged.
std::string DotNikDigits(std::string_view digits);

}  // namespace sinergi::domain
