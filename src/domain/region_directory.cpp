#include "domain/region_directory.hpp"

#include <algorithm>

namespace sinergi::domain {
namespace {

bool AllDigits(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

// If the input repeats a code, the first occurrence wins: reference data is loaded from one source and a
// duplicate there is a data error we should not silently "fix" by preferring a later row.
RegionDirectory::RegionDirectory(const std::vector<Region>& regions) {
  by_code_.reserve(regions.size());
  for (const Region& region : regions) {
    by_code_.emplace(region.code, region);
  }
}

const Region* RegionDirectory::Find(std::string_view dotted_code) const {
  // The map's hash is not transparent, so the key is copied; codes are at most 13 chars and fit the
  // small-string buffer, so this does not allocate.
  auto it = by_code_.find(std::string(dotted_code));
  return it == by_code_.end() ? nullptr : &it->second;
}

const Region* RegionDirectory::FindByNikDigits(std::string_view digits) const {
  if ((digits.size() != 2 && digits.size() != 4 && digits.size() != 6) || !AllDigits(digits)) {
    return nullptr;
  }
  return Find(DotNikDigits(digits));
}

std::string DotNikDigits(std::string_view digits) {
  std::string dotted(digits);
  if (digits.size() == 4 || digits.size() == 6) {
    dotted.insert(2, 1, '.');
  }
  if (digits.size() == 6) {
    dotted.insert(5, 1, '.');
  }
  return dotted;
}

}  // namespace sinergi::domain
