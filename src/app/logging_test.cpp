#include "app/logging.hpp"

#include <gtest/gtest.h>
#include <spdlog/logger.h>
#include <spdlog/sinks/ostream_sink.h>

#include <boost/json.hpp>
#include <sstream>

namespace sinergi::app {
namespace {

TEST(LoggingTest, EveryLineIsValidJsonWhateverTheMessageHolds) {
  std::ostringstream out;
  auto sink = std::make_shared<spdlog::sinks::ostream_sink_mt>(out);
  spdlog::logger logger("test", sink);
  logger.set_formatter(NewJsonLineFormatter());
  logger.warn("failed: \"quoted\" \\ back\nslash\ttab \x01");
  std::string line = out.str();
  ASSERT_FALSE(line.empty());
  auto value = boost::json::parse(line);
  EXPECT_EQ(value.at("level").as_string(), "warning");
  EXPECT_EQ(value.at("msg").as_string(), "failed: \"quoted\" \\ back\nslash\ttab \x01");
  std::string ts(value.at("ts").as_string());
  EXPECT_EQ(ts.back(), 'Z');
}

}  // namespace
}  // namespace sinergi::app
