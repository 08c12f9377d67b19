// Referral status codes (code list status_rujukan) and the statuses that grant the receiver access.
#include "domain/referral.hpp"

#include <array>
#include <utility>

namespace sinergi::domain {
namespace {

constexpr std::array<std::pair<ReferralStatus, std::string_view>, 6> kCodes{{
    {ReferralStatus::kPending, "MENUNGGU"},
    {ReferralStatus::kAccepted, "DITERIMA"},
    {ReferralStatus::kDeclined, "DITOLAK"},
    {ReferralStatus::kCompleted, "SELESAI"},
    {ReferralStatus::kRevoked, "DICABUT"},
    {ReferralStatus::kForwarded, "DITERUSKAN"},
}};

}  // namespace

std::string_view ToString(ReferralStatus s) {
  for (const auto& [status, code] : kCodes) {
    if (status == s) return code;
  }
  return "MENUNGGU";
}

std::optional<ReferralStatus> ParseReferralStatus(std::string_view code) {
  for (const auto& [status, text] : kCodes) {
    if (text == code) return status;
  }
  return std::nullopt;
}

bool GrantsAccess(ReferralStatus s) {
  return s == ReferralStatus::kAccepted || s == ReferralStatus::kCompleted;
}

}  // namespace sinergi::domain
