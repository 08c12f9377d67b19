#include "http/metrics.hpp"

#include <gtest/gtest.h>

#include <thread>
#include <vector>

#include "domain/ports/database.hpp"

namespace sinergi::http {
namespace {

bool Has(const std::string& text, const std::string& line) {
  return text.find("\n" + line + "\n") != std::string::npos || text.rfind(line + "\n", 0) == 0;
}

TEST(MetricsTest, CountsRequestsByRouteMethodStatus) {
  Metrics m;
  m.ObserveRequest("/api/v1/persons/{id}", "GET", 200, 0.003);
  m.ObserveRequest("/api/v1/persons/{id}", "GET", 200, 0.004);
  m.ObserveRequest("/api/v1/persons/{id}", "GET", 404, 0.001);
  m.ObserveRequest("/api/v1/persons", "POST", 201, 0.02);
  auto text = m.RenderPrometheus({});
  EXPECT_TRUE(Has(text, "# TYPE sinergi_http_requests_total counter"));
  EXPECT_TRUE(Has(text, R"(sinergi_http_requests_total{route="/api/v1/persons/{id}",method="GET",status="200"} 2)"));
  EXPECT_TRUE(Has(text, R"(sinergi_http_requests_total{route="/api/v1/persons/{id}",method="GET",status="404"} 1)"));
  EXPECT_TRUE(Has(text, R"(sinergi_http_requests_total{route="/api/v1/persons",method="POST",status="201"} 1)"));
}

TEST(MetricsTest, HistogramBucketsAreCumulative) {
  Metrics m;
  m.ObserveRequest("static", "GET", 200, 0.25);  // on a bound: counts in that bucket (le is <=)
  m.ObserveRequest("static", "GET", 200, 0.375);
  m.ObserveRequest("static", "GET", 200, 42.0);
  m.ObserveRequest("other", "GET", 200, 0.005);
  auto text = m.RenderPrometheus({});
  EXPECT_TRUE(Has(text, "# TYPE sinergi_http_request_duration_seconds histogram"));
  EXPECT_TRUE(Has(text, R"(sinergi_http_request_duration_seconds_bucket{route="static",le="0.005"} 0)"));
  EXPECT_TRUE(Has(text, R"(sinergi_http_request_duration_seconds_bucket{route="static",le="0.1"} 0)"));
  EXPECT_TRUE(Has(text, R"(sinergi_http_request_duration_seconds_bucket{route="static",le="0.25"} 1)"));
  EXPECT_TRUE(Has(text, R"(sinergi_http_request_duration_seconds_bucket{route="static",le="0.5"} 2)"));
  EXPECT_TRUE(Has(text, R"(sinergi_http_request_duration_seconds_bucket{route="static",le="10"} 2)"));
  EXPECT_TRUE(Has(text, R"(sinergi_http_request_duration_seconds_bucket{route="static",le="+Inf"} 3)"));
  EXPECT_TRUE(Has(text, R"(sinergi_http_request_duration_seconds_sum{route="static"} 42.625)"));
  EXPECT_TRUE(Has(text, R"(sinergi_http_request_duration_seconds_count{route="static"} 3)"));
  EXPECT_TRUE(Has(text, R"(sinergi_http_request_duration_seconds_bucket{route="other",le="0.005"} 1)"));
}

TEST(MetricsTest, DatabaseAndBugGauges) {
  Metrics m;
  domain::ports::DatabaseStats db;
  db.connections_total = 8;
  db.connections_in_use = 3;
  auto text = m.RenderPrometheus(db);
  EXPECT_TRUE(Has(text, "# TYPE sinergi_db_connections gauge"));
  EXPECT_TRUE(Has(text, R"(sinergi_db_connections{state="in_use"} 3)"));
  EXPECT_TRUE(Has(text, R"(sinergi_db_connections{state="total"} 8)"));
  EXPECT_TRUE(Has(text, "# TYPE sinergi_bugs_total counter"));
  EXPECT_NE(text.find("\nsinergi_bugs_total "), std::string::npos);
}

TEST(MetricsTest, EscapesLabelValues) {
  Metrics m;
  m.ObserveRequest("a\"b\\c\nd", "GET", 200, 0.001);
  auto text = m.RenderPrometheus({});
  EXPECT_NE(text.find(R"(route="a\"b\\c\nd")"), std::string::npos);
}

TEST(MetricsTest, ConcurrentObservationsAreAllCounted) {
  Metrics m;
  std::vector<std::thread> threads;
  for (int t = 0; t < 8; ++t) {
    threads.emplace_back([&m] {
      for (int i = 0; i < 1000; ++i) {
        m.ObserveRequest("/r", "GET", 200, 0.001);
      }
    });
  }
  for (auto& t : threads) {
    t.join();
  }
  auto text = m.RenderPrometheus({});
  EXPECT_TRUE(Has(text, R"(sinergi_http_requests_total{route="/r",method="GET",status="200"} 8000)"));
  EXPECT_TRUE(Has(text, R"(sinergi_http_request_duration_seconds_count{route="/r"} 8000)"));
}

}  // namespace
}  // namespace sinergi::http
