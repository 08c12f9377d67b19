#pragma once
// The one place that turns a domain ErrorCode into an HTTP status (STYLE.md §4).
#include "core/error.hpp"

namespace sinergi::http {

// HTTP status for an expected domain failure. Total over ErrorCode; thread-safe.
int HttpStatusFor(core::ErrorCode code);

}  // namespace sinergi::http
