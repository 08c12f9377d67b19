#pragma once
// What the audit commands print when the trail is not what it should be (run_audit.cpp, run_audit_heads.cpp).
// Evidence of tampering exits 3, not 1, so a scheduled job can tell "tampered" from "could not check".
#include <string>

#include "domain/audit.hpp"
#include "domain/audit_anchor.hpp"

namespace sinergi::app {

inline constexpr int kExitTampered = 3;

// "audit chain BROKEN at entry N: why" on stdout; returns kExitTampered.
int ReportBrokenChain(const domain::AuditVerification& chain);
// "audit anchor MISMATCH: FILE line L, head of P (entry S): why" on stdout; returns kExitTampered.
int ReportAnchorMismatch(const domain::AnchorMismatch& mismatch, const std::string& file);

}  // namespace sinergi::app
