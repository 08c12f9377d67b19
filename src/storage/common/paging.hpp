#pragma once
// Keyset pagination helpers shared by backends: queries fetch limit + 1 rows, and the extra row only tells
// that another page exists.
#include <algorithm>
#include <string>

#include "domain/ports/page.hpp"

namespace sinergi::storage {

// The LIMIT to send: the requested page size (at least 1) plus one look-ahead row.
inline int FetchLimit(const domain::ports::PageRequest& page) {
  return std::max(1, page.limit) + 1;
}

// Drops the look-ahead row, if any, and sets next_after to the last kept item's key.
template <typename T, typename KeyFn>
void FinishPage(domain::ports::Page<T>& page, const domain::ports::PageRequest& request, KeyFn key) {
  const auto limit = static_cast<std::size_t>(std::max(1, request.limit));
  if (page.items.size() > limit) {
    page.items.resize(limit);
    page.next_after = std::string(key(page.items.back()));
  }
}

}  // namespace sinergi::storage
