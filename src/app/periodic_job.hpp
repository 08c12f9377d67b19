#pragma once
// A task run every `period` on its own thread (the serve command's background jobs, e.g. the overdue-referral
// escalation). The first run comes one period after the start. Stop() wakes the thread and joins it: a run in
// progress finishes first, no new one starts. Thread-safe; the task must not throw (exceptions are caught and
// logged, the job goes on).
#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <string>
#include <thread>

namespace sinergi::app {

class PeriodicJob {
 public:
  PeriodicJob(std::string name, std::chrono::milliseconds period, std::function<void()> task);
  ~PeriodicJob();  // Stop()
  PeriodicJob(const PeriodicJob&) = delete;
  PeriodicJob& operator=(const PeriodicJob&) = delete;

  // Idempotent; returns when the thread has ended.
  void Stop();
  // Completed runs so far (for tests).
  int RunsForTest() const;

 private:
  void Loop();

  const std::string name_;
  const std::chrono::milliseconds period_;
  const std::function<void()> task_;
  mutable std::mutex mu_;
  std::condition_variable wake_;
  bool stopping_ = false;  // GUARDED_BY(mu_)
  int runs_ = 0;           // GUARDED_BY(mu_)
  std::thread thread_;     // started last, in the constructor body
};

}  // namespace sinergi::app
