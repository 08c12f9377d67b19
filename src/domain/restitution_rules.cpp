// The rules of a restitution claim (restitution_rules.hpp).
#include "domain/restitution_rules.hpp"

#include <set>
#include <string>

#include "domain/codelists.hpp"
#include "domain/detail/text.hpp"

namespace sinergi::domain {
namespace {

using core::Date;
using core::FieldError;

Date AddDays(Date d, int days) {
  return Date::FromDaysSinceEpoch(d.DaysSinceEpoch() + days);
}

void CheckAmount(std::vector<FieldError>& errors, const std::string& field, std::int64_t amount) {
  if (amount < 0) {
    errors.push_back({field, "negative", "An amount in rupiah is 0 or more."});
  } else if (amount > kMaxRestitutionIdr) {
    errors.push_back({field, "too_large", "At most " + std::to_string(kMaxRestitutionIdr) + " rupiah."});
  }
}

void CheckComponents(std::vector<FieldError>& errors, const RestitutionData& data) {
  if (data.components.empty()) {
    errors.push_back({"components", "required", "At least one component (komponen_restitusi) is claimed."});
    return;
  }
  std::set<std::string> seen;
  for (std::size_t i = 0; i < data.components.size(); ++i) {
    const RestitutionComponent& c = data.components[i];
    const std::string at = "components[" + std::to_string(i) + "].";
    if (c.component.empty()) {
      errors.push_back({at + "component", "required", "A code of the list komponen_restitusi is required."});
    } else if (!IsValidCode("komponen_restitusi", c.component)) {
      errors.push_back({at + "component", "unknown_code", "Not a code of the list komponen_restitusi."});
    } else if (!seen.insert(c.component).second) {
      errors.push_back({at + "component", "duplicate", "Each component is claimed at most once."});
    }
    CheckAmount(errors, at + "claimed_idr", c.claimed_idr);
    if (c.awarded_idr) {
      CheckAmount(errors, at + "awarded_idr", *c.awarded_idr);
      if (!data.verdict_on) {
        errors.push_back(
            {at + "awarded_idr", "requires_verdict", "An award is recorded with the verdict (verdict_on)."});
      }
    } else if (data.verdict_on) {
      errors.push_back({at + "awarded_idr", "required", "With the verdict recorded, say what it awarded (0 if none)."});
    }
    if (c.note && detail::CodePointCount(*c.note) > kMaxRestitutionNoteChars) {
      errors.push_back(
          {at + "note", "too_long", "At most " + std::to_string(kMaxRestitutionNoteChars) + " characters."});
    }
  }
}

void CheckNotFuture(std::vector<FieldError>& errors, const char* field, const std::optional<Date>& d, Date today) {
  if (d && *d > today) errors.push_back({field, "in_future", "Must not be in the future."});
}

// Every component has an award within bounds, so the awarded total is known and cannot overflow.
bool AwardsComplete(const RestitutionData& data) {
  for (const RestitutionComponent& c : data.components) {
    if (!c.awarded_idr || *c.awarded_idr < 0 || *c.awarded_idr > kMaxRestitutionIdr) return false;
  }
  return !data.components.empty();
}

// The order of the steps, each after the one it follows.
void CheckCourse(std::vector<FieldError>& errors, const RestitutionData& d) {
  if (d.verdict_on && *d.verdict_on < d.claimed_on) {
    errors.push_back({"verdict_on", "before_claimed_on", "The verdict comes on or after the claim."});
  }
  if (d.final_notice_on) {
    if (!d.verdict_on) {
      errors.push_back({"final_notice_on", "requires_verdict", "The final verdict's notice needs the verdict."});
    } else if (*d.final_notice_on < *d.verdict_on) {
      errors.push_back({"final_notice_on", "before_verdict", "The notice of the final verdict follows the verdict."});
    } else if (AwardsComplete(d) && RestitutionAwardedTotal(d) == 0) {
      errors.push_back({"final_notice_on", "nothing_awarded", "Nothing was awarded, so nothing is to be paid."});
    }
  }
  if (d.paid_idr && !d.paid_on) errors.push_back({"paid_on", "required", "Say when it was paid."});
  if (d.paid_on) {
    if (!d.paid_idr) errors.push_back({"paid_idr", "required", "Say how much was paid, in rupiah."});
    if (!d.verdict_on) {
      errors.push_back({"paid_on", "requires_verdict", "A payment of restitution follows the verdict awarding it."});
    } else if (*d.paid_on < *d.verdict_on) {
      errors.push_back({"paid_on", "before_verdict", "A payment of restitution follows the verdict awarding it."});
    }
  }
  if (d.paid_idr) {
    if (*d.paid_idr <= 0) {
      errors.push_back({"paid_idr", "not_positive", "A payment is more than 0 rupiah."});
    } else {
      CheckAmount(errors, "paid_idr", *d.paid_idr);
    }
  }
  if (d.unpaid_reported_on) {
    if (!d.final_notice_on) {
      errors.push_back({"unpaid_reported_on", "requires_final_notice",
                        "Non-payment is reported after the 14 days from the final verdict's notice."});
    } else if (*d.unpaid_reported_on <= *RestitutionPaymentDueOn(d)) {
      errors.push_back({"unpaid_reported_on", "before_payment_deadline",
                        "The offender has until " + RestitutionPaymentDueOn(d)->ToString() +
                            " to pay (UU 21/2007 Ps 50(1)); non-payment is reported after that day."});
    }
  }
  if (d.warning_on) {
    if (!d.unpaid_reported_on) {
      errors.push_back(
          {"warning_on", "requires_unpaid_report", "The court warns after the victim reports non-payment."});
    } else if (*d.warning_on < *d.unpaid_reported_on) {
      errors.push_back({"warning_on", "before_unpaid_report", "The court warns after the victim reports non-payment."});
    }
  }
  auto after_warning = [&](const char* field, const std::optional<Date>& on) {
    if (!on) return;
    if (!d.warning_on) {
      errors.push_back({field, "requires_warning", "This step follows the court's written warning."});
    } else if (*on < *RestitutionSeizureDueOn(d)) {
      errors.push_back({field, "before_warning_lapsed",
                        "The 14 days after the court's warning run until " + RestitutionSeizureDueOn(d)->ToString() +
                            " (UU 21/2007 Ps 50(3))."});
    }
  };
  after_warning("seizure_on", d.seizure_on);
  after_warning("substitute_detention_on", d.substitute_detention_on);
  if (d.substitute_detention_on && d.seizure_on && *d.substitute_detention_on < *d.seizure_on) {
    errors.push_back({"substitute_detention_on", "before_seizure",
                      "Substitute detention follows the seizure that did not cover the restitution."});
  }
}

}  // namespace

void NormaliseRestitutionData(RestitutionData& data) {
  data.person_id = detail::Trim(data.person_id);
  detail::TrimOptional(data.court_case_number);
  for (RestitutionComponent& c : data.components) {
    c.component = detail::ToUpperAscii(detail::Trim(c.component));
    detail::TrimOptional(c.note);
  }
}

std::vector<FieldError> ValidateRestitutionData(const RestitutionData& data, Date today) {
  std::vector<FieldError> errors;
  if (data.person_id.empty()) errors.push_back({"person_id", "required", "The victim (a KORBAN of the case)."});
  CheckComponents(errors, data);
  if (data.court_case_number && detail::CodePointCount(*data.court_case_number) > kMaxCourtCaseNumberChars) {
    errors.push_back(
        {"court_case_number", "too_long", "At most " + std::to_string(kMaxCourtCaseNumberChars) + " characters."});
  }
  CheckNotFuture(errors, "claimed_on", data.claimed_on, today);
  CheckNotFuture(errors, "verdict_on", data.verdict_on, today);
  CheckNotFuture(errors, "final_notice_on", data.final_notice_on, today);
  CheckNotFuture(errors, "paid_on", data.paid_on, today);
  CheckNotFuture(errors, "unpaid_reported_on", data.unpaid_reported_on, today);
  CheckNotFuture(errors, "warning_on", data.warning_on, today);
  CheckNotFuture(errors, "seizure_on", data.seizure_on, today);
  CheckNotFuture(errors, "substitute_detention_on", data.substitute_detention_on, today);
  CheckCourse(errors, data);
  return errors;
}

std::int64_t RestitutionClaimedTotal(const RestitutionData& data) {
  std::int64_t total = 0;
  for (const RestitutionComponent& c : data.components) total += c.claimed_idr;
  return total;
}

std::optional<std::int64_t> RestitutionAwardedTotal(const RestitutionData& data) {
  std::optional<std::int64_t> total;
  for (const RestitutionComponent& c : data.components) {
    if (c.awarded_idr) total = total.value_or(0) + *c.awarded_idr;
  }
  return total;
}

bool RestitutionPaidInFull(const RestitutionData& data) {
  const std::optional<std::int64_t> awarded = RestitutionAwardedTotal(data);
  return data.paid_idr && awarded && *data.paid_idr >= *awarded;
}

std::optional<Date> RestitutionPaymentDueOn(const RestitutionData& data) {
  if (!data.final_notice_on) return std::nullopt;
  return AddDays(*data.final_notice_on, kRestitutionPaymentDays);
}

std::optional<Date> RestitutionSeizureDueOn(const RestitutionData& data) {
  if (!data.warning_on) return std::nullopt;
  return AddDays(*data.warning_on, kRestitutionWarningDays);
}

bool RestitutionPaymentTimerRunning(const RestitutionData& data) {
  return data.final_notice_on && !RestitutionPaidInFull(data) && !data.unpaid_reported_on;
}

bool RestitutionWarningTimerRunning(const RestitutionData& data) {
  return data.warning_on && !RestitutionPaidInFull(data) && !data.seizure_on && !data.substitute_detention_on;
}

std::string_view RestitutionStage(const RestitutionData& data) {
  if (RestitutionPaidInFull(data)) return kStagePaid;
  if (data.substitute_detention_on) return kStageSubstituteDetention;
  if (data.seizure_on) return kStageSeizure;
  if (data.warning_on) return kStageWarning;
  if (data.unpaid_reported_on) return kStageUnpaidReported;
  if (data.paid_idr) return kStagePartlyPaid;
  if (data.final_notice_on) return kStageAwaitingPayment;
  if (data.verdict_on) return kStageAwarded;
  return kStageClaimed;
}

void DeriveRestitution(CaseRestitution& r) {
  r.stage = std::string(RestitutionStage(r.data));
  r.claimed_total_idr = RestitutionClaimedTotal(r.data);
  r.awarded_total_idr = RestitutionAwardedTotal(r.data);
  r.payment_due_on = RestitutionPaymentDueOn(r.data);
  r.seizure_due_on = RestitutionSeizureDueOn(r.data);
}

}  // namespace sinergi::domain
