#pragma once
// Code lists from DOMAIN.md with their official Indonesian labels and English glosses.
// Served at GET /api/v1/reference/codelists/{name}; used by validation.
#include <span>
#include <string_view>

namespace sinergi::domain {

struct CodeItem {
  std::string_view code;
  std::string_view label_id;  // official Indonesian label
  std::string_view label_en;  // English gloss
};

struct Codelist {
  std::string_view name;         // e.g. "skema_penempatan"
  std::string_view description;  // English, with the legal source (e.g. "UU 18/2017 Ps 49")
  std::span<const CodeItem> items;
};

std::span<const Codelist> AllCodelists();
const Codelist* FindCodelist(std::string_view name);
bool IsValidCode(std::string_view list, std::string_view code);

// The nine Ps 13 documents, in statutory order (codelist dokumen_pmi).
std::span<const CodeItem> RequiredPmiDocuments();

}  // namespace sinergi::domain
