// `sinergi retention run [--apply]`: the retention periods of the configuration (retention.*), applied by the
// system actor "system:retention" so every anonymisation and purge is in the audit trail.
#include <fmt/format.h>

#include "app/run_commands.hpp"
#include "app/runtime.hpp"
#include "domain/retention_job.hpp"

namespace sinergi::app {
namespace {

const domain::Actor kRetentionActor{"system:retention", "Retention job", "cli", "", {}, "", "", "", ""};

domain::RetentionPolicy PolicyFrom(const Config& c) {
  domain::RetentionPolicy p;
  p.deleted_person_days = c.retention_deleted_person_days;
  p.session_days = c.retention_session_days;
  p.idempotency_key_days = c.retention_idempotency_key_days;
  p.notification_days = c.retention_notification_days;
  return p;
}

}  // namespace

int RunRetention(const cli::RetentionRunCommand& cmd) {
  auto booted = Boot(cmd.common, nullptr);
  if (!booted) return Fail(booted.error());
  Runtime& rt = **booted;
  domain::RetentionJob job(*rt.db, *rt.clock, *rt.ids, PolicyFrom(rt.config));
  auto lines = cmd.apply ? job.Apply(kRetentionActor, cmd.batch) : job.Report();
  if (!lines) return Fail(lines.error());
  fmt::print("{:<18} {:>6} {:<26} {:>8} {:>10}\n", "record type", "days", "due if before", "due",
             cmd.apply ? "processed" : "");
  for (const auto& l : *lines) {
    if (l.days == 0) {
      fmt::print("{:<18} {:>6} {:<26} {:>8}\n", domain::ToString(l.kind), "-", "(kept forever)", "-");
      continue;
    }
    fmt::print("{:<18} {:>6} {:<26} {:>8} {:>10}\n", domain::ToString(l.kind), l.days, core::FormatTimestamp(l.cutoff),
               l.due, cmd.apply ? std::to_string(l.processed) : "");
  }
  if (!cmd.apply) fmt::print("report only: run with --apply to anonymise and purge\n");
  return 0;
}

}  // namespace sinergi::app
