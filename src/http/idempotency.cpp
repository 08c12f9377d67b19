#include "http/idempotency.hpp"

#include <sodium.h>
#include <spdlog/spdlog.h>

#include <array>
#include <boost/json/object.hpp>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <optional>
#include <utility>

#include "domain/ports/database.hpp"
#include "http/handlers/common.hpp"
#include "http/json_read.hpp"

namespace sinergi::http {
namespace {

using domain::ports::IdempotencyRecord;
using domain::ports::TxMode;

// Headers a replay repeats; the rest (X-Request-Id, ...) belong to the new request.
constexpr std::array<std::string_view, 2> kReplayedHeaders = {"Location", "ETag"};

bool IsValidKey(std::string_view key) {
  if (key.empty() || key.size() > kMaxIdempotencyKeyLength) return false;
  for (char c : key) {
    if (c < 0x21 || c > 0x7e) return false;
  }
  return true;
}

// The path is hashed with the body: under one route template ("/persons/{id}/journeys") the same body sent for
// two different persons is two different requests.
std::string RequestHash(const Request& req) {
  std::array<unsigned char, crypto_generichash_BYTES> digest{};
  crypto_generichash_state state;
  crypto_generichash_init(&state, nullptr, 0, digest.size());
  crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(req.path.data()), req.path.size());
  const unsigned char separator = '\n';
  crypto_generichash_update(&state, &separator, 1);
  crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(req.body.data()), req.body.size());
  crypto_generichash_final(&state, digest.data(), digest.size());
  std::string hex(digest.size() * 2 + 1, '\0');
  sodium_bin2hex(hex.data(), hex.size(), digest.data(), digest.size());
  hex.pop_back();
  return hex;
}

Response Replay(const IdempotencyRecord& record) {
  Response res;
  res.status = record.status_code;
  res.content_type = "application/json";
  res.body = record.response_body;
  boost::system::error_code ec;
  boost::json::value headers = boost::json::parse(record.response_headers, ec);
  if (!ec && headers.is_object()) {
    for (const auto& [name, value] : headers.get_object()) {
      if (value.is_string()) res.SetHeader(std::string(name), std::string(value.get_string()));
    }
  }
  res.SetHeader("Idempotent-Replayed", "true");
  return res;
}

// What the lookup decided: run the create (reserved), or answer now.
struct Decision {
  std::optional<Response> answer;
};

core::Result<Decision> ReserveOrAnswer(ApiDeps& deps, const IdempotencyRecord& fresh) {
  SINERGI_TRY(auto uow, deps.db.Begin(TxMode::kWrite));
  auto& repo = uow->idempotency();
  SINERGI_TRY(std::optional<IdempotencyRecord> found, repo.Find(fresh.scope, fresh.key));
  if (found) {
    const bool same_body = found->request_hash == fresh.request_hash;
    const bool stale = !found->completed && fresh.created_at - found->created_at > kIdempotencyTakeoverAfter;
    if (found->completed && same_body) return Decision{Replay(*found)};
    if (!stale) {
      if (!same_body) {
        return core::Error::Invalid("idempotency_key_reused",
                                    "This Idempotency-Key was already used with a different request.");
      }
      return core::Error::Conflict("idempotency_in_progress",
                                   "A request with this Idempotency-Key is still being processed; retry later.");
    }
    SINERGI_TRY_STATUS(repo.Release(fresh.scope, fresh.key));
  }
  core::Status reserved = repo.Reserve(fresh);
  if (!reserved) {
    if (reserved.error().code() == core::ErrorCode::kConflict) {
      return core::Error::Conflict("idempotency_in_progress",
                                   "A request with this Idempotency-Key is still being processed; retry later.");
    }
    return reserved.error();
  }
  SINERGI_TRY_STATUS(uow->Commit());
  return Decision{};
}

core::Status Finish(ApiDeps& deps, const IdempotencyRecord& reserved, const Response& res) {
  SINERGI_TRY(auto uow, deps.db.Begin(TxMode::kWrite));
  auto& repo = uow->idempotency();
  // A request that ran past the takeover window no longer owns the key: its retry took it over (a newer
  // reservation time) and that one's outcome is what the key must keep.
  SINERGI_TRY(std::optional<IdempotencyRecord> current, repo.Find(reserved.scope, reserved.key));
  if (!current || current->created_at != reserved.created_at) return core::Ok();
  if (res.status >= 200 && res.status < 300) {
    IdempotencyRecord done = reserved;
    done.completed = true;
    done.status_code = res.status;
    done.response_body = res.body;
    boost::json::object headers;
    for (std::string_view name : kReplayedHeaders) {
      if (const std::string* value = res.FindHeader(name)) headers[name] = *value;
    }
    done.response_headers = boost::json::serialize(headers);
    SINERGI_TRY_STATUS(repo.Complete(done));
  } else {
    SINERGI_TRY_STATUS(repo.Release(reserved.scope, reserved.key));
  }
  return uow->Commit();
}

}  // namespace

Response WithIdempotency(Request& req, ApiDeps& deps, std::string_view route,
                         const std::function<Response(Request&)>& create) {
  std::optional<std::string_view> key = req.Header("idempotency-key");
  if (!key) return create(req);
  if (!IsValidKey(*key)) {
    return ErrorResponse(
        core::Error::Invalid(std::string(kInvalidParameter),
                             "Idempotency-Key must be 1 to 200 visible ASCII characters.",
                             {{"Idempotency-Key", "invalid_value", "must be 1 to 200 visible ASCII characters"}}),
        req);
  }
  IdempotencyRecord record;
  record.scope = req.actor.id + " " + std::string(route);
  record.key = std::string(*key);
  record.request_hash = RequestHash(req);
  record.created_at = deps.clock.Now();

  core::Result<Decision> decision = ReserveOrAnswer(deps, record);
  if (!decision) return ErrorResponse(decision.error(), req);
  if (decision->answer) return std::move(*decision->answer);

  Response res;
  try {
    res = create(req);
  } catch (...) {
    // The server's catch-all answers 500; forget the reservation so a retry is not blocked for a minute.
    (void)Finish(deps, record, Response{500, "application/json", {}, {}});
    throw;
  }
  if (core::Status done = Finish(deps, record, res); !done) {
    // The create itself succeeded or failed as `res` says; only the replay record is lost, so a retry within
    // the takeover window gets 409 and later runs again.
    spdlog::warn("idempotency record for key in scope '{}' not finalised: {} (correlation id {})", record.scope,
                 done.error().message(), req.correlation_id);
  }
  return res;
}

}  // namespace sinergi::http
