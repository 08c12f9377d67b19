#pragma once
// Request metrics in the Prometheus text format 0.0.4, served at GET /metrics (names in docs/api.md):
//   sinergi_http_requests_total{route,method,status}          counter
//   sinergi_http_request_duration_seconds{route}              histogram (.005 .01 .025 .05 .1 .25 .5 1 2.5 5 10)
//   sinergi_db_connections{state="in_use"|"total"}            gauge
//   sinergi_bugs_total                                        counter (core::BugCount())
// `route` is a route template ("/api/v1/persons/{id}"), "static" or "unmatched", never a raw path, so label
// cardinality stays bounded and no identifier (NIK, id) lands in a metric.
#include <array>
#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <string_view>
#include <tuple>

namespace sinergi::domain::ports {
struct DatabaseStats;
}  // namespace sinergi::domain::ports

namespace sinergi::http {

// Thread-safe: the server's threads observe concurrently while /metrics renders.
class Metrics {
 public:
  static constexpr std::array<double, 11> kBuckets = {.005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10};

  void ObserveRequest(const std::string& route, std::string_view method, int status, double seconds);
  std::string RenderPrometheus(const domain::ports::DatabaseStats& db) const;

 private:
  struct Histogram {
    std::array<std::uint64_t, kBuckets.size()> buckets{};  // per bucket, not cumulative
    std::uint64_t count = 0;
    double sum = 0;
  };

  mutable std::mutex mu_;
  // State below is protected by mu_.
  std::map<std::tuple<std::string, std::string, int>, std::uint64_t> requests_;  // (route, method, status)
  std::map<std::string, Histogram> durations_;                                   // by route
};

}  // namespace sinergi::http
