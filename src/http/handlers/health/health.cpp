// GET /healthz (the process answers), GET /readyz (the database answers too), GET /metrics (Prometheus text).
#include "domain/ports/database.hpp"
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"
#include "http/metrics.hpp"
#include "http/problem.hpp"

namespace sinergi::http {

Response Healthz(Request& /*req*/, ApiDeps& /*deps*/) {
  return JsonResponse(200, boost::json::object{{"status", "ok"}});
}

Response Readyz(Request& req, ApiDeps& deps) {
  if (core::Status ping = deps.db.Ping(); !ping) {
    // Whatever the cause, not ready is 503 so load balancers take the instance out and retry later.
    return Problem(503, "unavailable", "The database is not reachable: " + ping.error().message(), req.correlation_id);
  }
  return JsonResponse(200, boost::json::object{{"status", "ready"}});
}

Response MetricsGet(Request& /*req*/, ApiDeps& deps) {
  Response res;
  res.status = 200;
  res.content_type = "text/plain; version=0.0.4; charset=utf-8";
  res.body = deps.metrics.RenderPrometheus(deps.db.Stats());
  return res;
}

}  // namespace sinergi::http
