#include "app/periodic_job.hpp"

#include <gtest/gtest.h>

#include <atomic>

namespace sinergi::app {
namespace {

TEST(PeriodicJobTest, RunsEveryPeriodAndStopsPromptly) {
  std::atomic<int> calls{0};
  PeriodicJob job("test", std::chrono::milliseconds(5), [&calls] { ++calls; });
  while (job.RunsForTest() < 3) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  job.Stop();
  const int after_stop = calls.load();
  EXPECT_GE(after_stop, 3);
  std::this_thread::sleep_for(std::chrono::milliseconds(20));
  EXPECT_EQ(calls.load(), after_stop);
  job.Stop();  // idempotent
}

TEST(PeriodicJobTest, StopDoesNotWaitForTheNextPeriod) {
  const auto start = std::chrono::steady_clock::now();
  {
    PeriodicJob job("slow", std::chrono::hours(1), [] {});
  }
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(5));
}

TEST(PeriodicJobTest, AThrowingTaskDoesNotEndTheJob) {
  std::atomic<int> calls{0};
  PeriodicJob job("throws", std::chrono::milliseconds(2), [&calls] {
    ++calls;
    throw std::runtime_error("boom");
  });
  while (job.RunsForTest() < 2) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  EXPECT_GE(calls.load(), 2);
}

}  // namespace
}  // namespace sinergi::app
