#include "app/audit_report.hpp"

#include <fmt/format.h>

namespace sinergi::app {

int ReportBrokenChain(const domain::AuditVerification& chain) {
  fmt::print("audit chain BROKEN at entry {}: {}\n", chain.first_broken_seq.value_or(0), chain.problem);
  return kExitTampered;
}

int ReportAnchorMismatch(const domain::AnchorMismatch& mismatch, const std::string& file) {
  // Anchor i is on line i + 1: the file reader refuses blank lines.
  fmt::print("audit anchor MISMATCH: {} line {}, {}head of {} (entry {}): {}\n", file, mismatch.index + 1,
             mismatch.anchor.open ? "open " : "", mismatch.anchor.period, mismatch.anchor.seq, mismatch.problem);
  return kExitTampered;
}

}  // namespace sinergi::app
