#pragma once
// Idempotent creates (docs/api.md "Idempotency-Key"): a retried POST with the same key and body replays the
// first response instead of creating twice.
//
// With an Idempotency-Key header (1..200 visible ASCII characters, else 400 invalid_parameter):
//   scope = actor id + " " + route ("POST /api/v1/persons"), hash = BLAKE2b of the request path and body;
//   stored and completed, same hash   -> the stored status, body, Location and ETag, plus
//                                        "Idempotent-Replayed: true";
//   stored with another hash          -> 422 idempotency_key_reused;
//   stored, still running (< 60 s)    -> 409 idempotency_in_progress (a reservation older than that belongs to a
//                                        request that died, and is taken over);
//   not stored                        -> reserve, run `create`, then keep the response if it is 2xx or forget
//                                        the reservation otherwise (so a failed request may be retried).
// Only the request that holds the reservation (same reservation time) completes or releases it, so a request
// outlived by a takeover cannot undo its successor's outcome.
// Lookup+reservation and completion/release are each their own short write unit of work; `create` runs its own.
// Without the header `create` simply runs. Thread-safe.
#include <chrono>
#include <functional>
#include <string>
#include <string_view>

#include "http/api.hpp"
#include "http/request.hpp"
#include "http/response.hpp"

namespace sinergi::http {

inline constexpr std::chrono::seconds kIdempotencyTakeoverAfter{60};
inline constexpr std::size_t kMaxIdempotencyKeyLength = 200;

Response WithIdempotency(Request& req, ApiDeps& deps, std::string_view route,
                         const std::function<Response(Request&)>& create);

}  // namespace sinergi::http
