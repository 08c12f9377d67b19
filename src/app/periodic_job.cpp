#include "app/periodic_job.hpp"

#include <spdlog/spdlog.h>

#include <exception>
#include <utility>

namespace sinergi::app {

PeriodicJob::PeriodicJob(std::string name, std::chrono::milliseconds period, std::function<void()> task)
    : name_(std::move(name)), period_(period), task_(std::move(task)) {
  thread_ = std::thread([this] { Loop(); });
}

PeriodicJob::~PeriodicJob() {
  Stop();
}

void PeriodicJob::Stop() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    stopping_ = true;
  }
  wake_.notify_all();
  if (thread_.joinable()) thread_.join();
}

int PeriodicJob::RunsForTest() const {
  std::lock_guard<std::mutex> lock(mu_);
  return runs_;
}

void PeriodicJob::Loop() {
  std::unique_lock<std::mutex> lock(mu_);
  while (true) {
    // wait_for with a predicate: spurious wake-ups do not run the task early, Stop() ends the wait at once.
    if (wake_.wait_for(lock, period_, [this] { return stopping_; })) return;
    lock.unlock();
    try {
      task_();
    } catch (const std::exception& e) {
      // A bug in the task must not take the server down; it is logged and retried next period.
      spdlog::error("periodic job {} failed: {}", name_, e.what());
    }
    lock.lock();
    ++runs_;
  }
}

}  // namespace sinergi::app
