#pragma once
// Keyset pagination shared by every list. Ids are ULIDs, so "after id" follows creation order.
#include <optional>
#include <string>
#include <vector>

namespace sinergi::domain::ports {

struct PageRequest {
  int limit = 50;                    // 1..200, validated by the caller
  std::optional<std::string> after;  // return items strictly after this sort key
};

template <typename T>
struct Page {
  std::vector<T> items;
  std::optional<std::string> next_after;  // set when more items may follow: the last item's sort key
};

}  // namespace sinergi::domain::ports
