#include "http/metrics.hpp"

#include <fmt/format.h>

#include <iterator>

#include "core/assert.hpp"
#include "domain/ports/database.hpp"

namespace sinergi::http {
namespace {

// Bucket bounds as Prometheus clients print them (no trailing zeros, no exponent).
constexpr std::array<const char*, Metrics::kBuckets.size()> kBucketLabels = {
    "0.005", "0.01", "0.025", "0.05", "0.1", "0.25", "0.5", "1", "2.5", "5", "10"};

// Label values escape backslash, double quote and newline (text format 0.0.4).
std::string EscapeLabel(std::string_view value) {
  std::string out;
  out.reserve(value.size());
  for (char c : value) {
    switch (c) {
      case '\\':
        out += "\\\\";
        break;
      case '"':
        out += "\\\"";
        break;
      case '\n':
        out += "\\n";
        break;
      default:
        out += c;
    }
  }
  return out;
}

}  // namespace

void Metrics::ObserveRequest(const std::string& route, std::string_view method, int status, double seconds) {
  if (seconds < 0) {
    seconds = 0;
  }
  std::lock_guard lock(mu_);
  ++requests_[{route, std::string(method), status}];
  Histogram& h = durations_[route];
  for (std::size_t i = 0; i < kBuckets.size(); ++i) {
    if (seconds <= kBuckets[i]) {
      ++h.buckets[i];
      break;
    }
  }
  ++h.count;
  h.sum += seconds;
}

std::string Metrics::RenderPrometheus(const domain::ports::DatabaseStats& db) const {
  fmt::memory_buffer out;
  auto it = std::back_inserter(out);
  {
    std::lock_guard lock(mu_);
    fmt::format_to(it,
                   "# HELP sinergi_http_requests_total HTTP requests by route template, method and status.\n"
                   "# TYPE sinergi_http_requests_total counter\n");
    for (const auto& [key, count] : requests_) {
      const auto& [route, method, status] = key;
      fmt::format_to(it, "sinergi_http_requests_total{{route=\"{}\",method=\"{}\",status=\"{}\"}} {}\n",
                     EscapeLabel(route), EscapeLabel(method), status, count);
    }

    fmt::format_to(it,
                   "# HELP sinergi_http_request_duration_seconds HTTP request duration by route template.\n"
                   "# TYPE sinergi_http_request_duration_seconds histogram\n");
    for (const auto& [route, h] : durations_) {
      const std::string label = EscapeLabel(route);
      std::uint64_t cumulative = 0;
      for (std::size_t i = 0; i < kBuckets.size(); ++i) {
        cumulative += h.buckets[i];
        fmt::format_to(it, "sinergi_http_request_duration_seconds_bucket{{route=\"{}\",le=\"{}\"}} {}\n", label,
                       kBucketLabels[i], cumulative);
      }
      fmt::format_to(it, "sinergi_http_request_duration_seconds_bucket{{route=\"{}\",le=\"+Inf\"}} {}\n", label,
                     h.count);
      fmt::format_to(it, "sinergi_http_request_duration_seconds_sum{{route=\"{}\"}} {}\n", label, h.sum);
      fmt::format_to(it, "sinergi_http_request_duration_seconds_count{{route=\"{}\"}} {}\n", label, h.count);
    }
  }

  fmt::format_to(it,
                 "# HELP sinergi_db_connections Database connections by state.\n"
                 "# TYPE sinergi_db_connections gauge\n"
                 "sinergi_db_connections{{state=\"in_use\"}} {}\n"
                 "sinergi_db_connections{{state=\"total\"}} {}\n",
                 db.connections_in_use, db.connections_total);
  fmt::format_to(it,
                 "# HELP sinergi_bugs_total Internal invariant violations (SINERGI_BUG) since start.\n"
                 "# TYPE sinergi_bugs_total counter\n"
                 "sinergi_bugs_total {}\n",
                 core::BugCount());
  return fmt::to_string(out);
}

}  // namespace sinergi::http
