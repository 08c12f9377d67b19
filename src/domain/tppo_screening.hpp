#pragma once
// TPPO screening (UU 21/2007; DOMAIN.md §1.3, §1.4, §1.6 reference rule, §2.1 ILO-11 rule). A screening aid shown
// to the officer, never a determination: the officer records the final determination and who made it. The
// victim's consent never enters the rule (Ps 26; Palermo 3(b)), so it cannot lower the result.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"
#include "domain/actor.hpp"

namespace sinergi::domain {

struct TppoScreeningInput {
  std::vector<std::string> acts;            // codelist tppo_act
  std::vector<std::string> means;           // codelist tppo_means
  std::vector<std::string> purposes;        // codelist eksploitasi_type: intended or realised exploitation
  std::optional<int> victim_age;            // years; nullopt = unknown (treated as an adult)
  bool exploitation_occurred = false;       // moves the case from Ps 2(1) to Ps 2(2); not needed (delik formil)
  std::vector<std::string> ilo_indicators;  // codelist ilo_forced_labour (FL01..FL11)
};

struct TppoElementsMet {
  bool act = false;
  bool means = false;
  bool purpose = false;
  bool child = false;  // victim_age < 18 (Ps 1 angka 5)
  bool exploitation_occurred = false;

  bool operator==(const TppoElementsMet&) const = default;
};

// ILO-11 rule (DOMAIN.md §2.1): suspected when an involuntariness indicator (FL02, FL09, FL10, FL11) and a
// penalty indicator (FL03..FL09) are both present; FL05, FL07 or FL09 alone already calls for an assessment.
struct ForcedLabourScreening {
  bool suspected = false;
  bool refer_for_assessment = false;
  std::vector<std::string> involuntariness;  // the indicators given that show work undertaken involuntarily
  std::vector<std::string> penalty;          // the indicators given that show a menace of penalty

  bool operator==(const ForcedLabourScreening&) const = default;
};

struct TppoScreeningResult {
  std::string result;  // codelist hasil_skrining_tppo
  TppoElementsMet elements_met;
  std::vector<std::string> legal_basis;  // articles the result rests on, e.g. "UU 21/2007 Pasal 2 ayat (1)"
  std::string explanation;               // English
  std::string explanation_id;            // Bahasa Indonesia, for the officer
  ForcedLabourScreening forced_labour;
};

// The reason of the error naming codes that are not in their code list: the request speaks another vocabulary,
// so the HTTP layer answers 400 (not 422) for it.
inline constexpr std::string_view kUnknownCodeReason = "unknown_code";

// Errors: kInvalid kUnknownCodeReason naming every unknown code ("acts[1]", code "unknown_code"), with any other
// field errors; else kInvalid "validation_failed" for an age outside 0..130 ("victim_age").
core::Result<TppoScreeningResult> ScreenTppo(const TppoScreeningInput& input);

// The stand-alone screening a field officer runs without a case (POST /api/v1/screenings/tppo): Authorize
// (Permission::kScreening), then ScreenTppo. Nothing is stored or audited: the input holds no identity.
// Errors: those of Authorize and ScreenTppo.
core::Result<TppoScreeningResult> RunTppoScreening(const Actor& actor, const TppoScreeningInput& input);

}  // namespace sinergi::domain
