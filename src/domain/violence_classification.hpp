#pragma once
// Derives the standard views of an incident from the granular acts Sinergi stores (code list tindakan_kekerasan):
// SIMFONI-PPA's forms of violence (multi-valued, DOMAIN.md §7) and the single GBVIMS core type chosen by the
// elimination rule, most specific first (§6.3). Never the other way round (issue #4: store granular values,
// derive the views). One survivor per incident: several victims of one event are classified one by one.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"

namespace sinergi::domain {

struct ViolenceClassification {
  std::vector<std::string> simfoni_forms;  // code list bentuk_kekerasan, in code-list order, without repeats
  std::optional<std::string> gbvims_type;  // code list gbvims_type; nullopt when no act is GBV (e.g. only labour
                                           // exploitation): GBVIMS records such incidents as non-GBV
  bool trafficking_context = false;        // an act of trafficking: GBVIMS "abduction status: trafficked"

  bool operator==(const ViolenceClassification&) const = default;
};

// Errors: kInvalid "validation_failed" naming each unknown act ("acts[2]", code "unknown_code").
core::Result<ViolenceClassification> ClassifyViolence(const std::vector<std::string>& acts);

// The SIMFONI form and GBVIMS type (if any) of one act; nullopt for an act not in tindakan_kekerasan.
struct ActViews {
  std::string_view simfoni_form;
  std::optional<std::string_view> gbvims_type;
};
std::optional<ActViews> ViewsOfAct(std::string_view act);

}  // namespace sinergi::domain
