#include "domain/codelists.hpp"

#include <vector>

#include "domain/codelist_data.hpp"

namespace sinergi::domain {
namespace {

// One contiguous registry so AllCodelists() can hand out a span. Built once, on first use (thread-safe static
// initialisation); the data it points at is constant-initialised, so there is no cross-file init-order hazard.
const std::vector<Codelist>& Registry() {
  static const std::vector<Codelist> registry = [] {
    std::vector<Codelist> all;
    for (auto group :
         {detail::PersonCodelists(), detail::PmiCodelists(), detail::JourneyCodelists(), detail::IdentityCodelists(),
          detail::PdpCodelists(), detail::TppoCodelists(), detail::CaseCodelists(), detail::ViolenceCodelists(),
          detail::OutreachCodelists(), detail::CoordinationCodelists()}) {
      all.insert(all.end(), group.begin(), group.end());
    }
    return all;
  }();
  return registry;
}

}  // namespace

std::span<const Codelist> AllCodelists() {
  return Registry();
}

// A linear scan: there are about twenty lists of at most a few dozen codes; hashing would not pay off.
const Codelist* FindCodelist(std::string_view name) {
  for (const Codelist& list : Registry()) {
    if (list.name == name) {
      return &list;
    }
  }
  return nullptr;
}

bool IsValidCode(std::string_view list, std::string_view code) {
  const Codelist* found = FindCodelist(list);
  if (found == nullptr) {
    return false;
  }
  for (const CodeItem& item : found->items) {
    if (item.code == code) {
      return true;
    }
  }
  return false;
}

std::span<const CodeItem> RequiredPmiDocuments() {
  return detail::PmiDocumentItems();
}

}  // namespace sinergi::domain
