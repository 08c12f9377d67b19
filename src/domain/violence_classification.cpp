#include "domain/violence_classification.hpp"

#include <algorithm>
#include <array>

#include "domain/codelists.hpp"

namespace sinergi::domain {
namespace {

struct ActRow {
  std::string_view act;
  std::string_view simfoni_form;
  std::string_view gbvims_type;  // "" = not a GBVIMS core type
};

// [DESIGN] after DOMAIN.md §9: SEKSUAL -> RAPE/SEXUAL_ASSAULT, FISIK -> PHYSICAL_ASSAULT, PSIKIS ->
// PSYCH_EMOTIONAL, PENELANTARAN -> DENIAL_RESOURCES, forced marriage has no SIMFONI form (LAINNYA),
// trafficking and exploitation are GBVIMS context, not a type. Verbal sexual harassment is SIMFONI SEKSUAL
// (UU TPKS counts non-physical sexual violence) but GBVIMS psychological abuse ("sexual remarks"). Sexual
// exploitation is a SIMFONI SEKSUAL form; its GBVIMS type comes from the acts recorded with it (rape, assault).
constexpr std::array<ActRow, 14> kActs{{
    {"PERKOSAAN", "SEKSUAL", "RAPE"},
    {"PERCOBAAN_PERKOSAAN", "SEKSUAL", "SEXUAL_ASSAULT"},
    {"PELECEHAN_SEKSUAL_FISIK", "SEKSUAL", "SEXUAL_ASSAULT"},
    {"PELECEHAN_SEKSUAL_NONFISIK", "SEKSUAL", "PSYCH_EMOTIONAL"},
    {"EKSPLOITASI_SEKSUAL", "SEKSUAL", ""},
    {"KEKERASAN_FISIK", "FISIK", "PHYSICAL_ASSAULT"},
    {"PERKAWINAN_PAKSA", "LAINNYA", "FORCED_MARRIAGE"},
    {"PENELANTARAN", "PENELANTARAN", "DENIAL_RESOURCES"},
    {"PERAMPASAN_SUMBER_DAYA", "PENELANTARAN", "DENIAL_RESOURCES"},
    {"ANCAMAN_INTIMIDASI", "PSIKIS", "PSYCH_EMOTIONAL"},
    {"PENGHINAAN_ISOLASI", "PSIKIS", "PSYCH_EMOTIONAL"},
    {"PERDAGANGAN_ORANG", "TRAFFICKING", ""},
    {"EKSPLOITASI_EKONOMI", "EKSPLOITASI", ""},
    {"LAINNYA", "LAINNYA", ""},
}};

// Position of `code` in its code list (the list order is the derivation order).
std::size_t OrderIn(std::string_view list, std::string_view code) {
  const Codelist* cl = FindCodelist(list);
  if (cl == nullptr) return 0;
  for (std::size_t i = 0; i < cl->items.size(); ++i) {
    if (cl->items[i].code == code) return i;
  }
  return cl->items.size();
}

}  // namespace

std::optional<ActViews> ViewsOfAct(std::string_view act) {
  for (const ActRow& row : kActs) {
    if (row.act == act) {
      ActViews v{row.simfoni_form, std::nullopt};
      if (!row.gbvims_type.empty()) v.gbvims_type = row.gbvims_type;
      return v;
    }
  }
  return std::nullopt;
}

core::Result<ViolenceClassification> ClassifyViolence(const std::vector<std::string>& acts) {
  std::vector<core::FieldError> errors;
  ViolenceClassification out;
  std::vector<std::string_view> forms;
  std::optional<std::string_view> type;
  for (std::size_t i = 0; i < acts.size(); ++i) {
    std::optional<ActViews> views = ViewsOfAct(acts[i]);
    if (!views) {
      errors.push_back({"acts[" + std::to_string(i) + "]", "unknown_code",
                        "'" + acts[i] + "' is not in code list tindakan_kekerasan"});
      continue;
    }
    forms.push_back(views->simfoni_form);
    // Elimination: keep the most specific type, i.e. the earliest in the gbvims_type list.
    if (views->gbvims_type && (!type || OrderIn("gbvims_type", *views->gbvims_type) < OrderIn("gbvims_type", *type))) {
      type = views->gbvims_type;
    }
    if (acts[i] == "PERDAGANGAN_ORANG") out.trafficking_context = true;
  }
  if (!errors.empty()) return core::Error::Validation(std::move(errors));
  std::sort(forms.begin(), forms.end(), [](std::string_view a, std::string_view b) {
    return OrderIn("bentuk_kekerasan", a) < OrderIn("bentuk_kekerasan", b);
  });
  forms.erase(std::unique(forms.begin(), forms.end()), forms.end());
  for (std::string_view f : forms) out.simfoni_forms.emplace_back(f);
  if (type) out.gbvims_type = std::string(*type);
  return out;
}

}  // namespace sinergi::domain
