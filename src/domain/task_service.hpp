#pragma once
// The signed-in user's task list (domain/task.hpp). Thread-safe; one read unit of work per call, then its audit.
#include <vector>

#include "core/clock.hpp"
#include "core/id_generator.hpp"
#include "core/result.hpp"
#include "domain/actor.hpp"
#include "domain/ports/database.hpp"
#include "domain/task.hpp"

namespace sinergi::domain {

// Who sees which tasks:
//   case tasks (POLICE_REPORT_24H, FIRST_AID_7D, REINTEGRATION_MONITORING, RESTITUTION_PAYMENT_14D,
//   RESTITUTION_WARNING_14D, the COMPLAINT_* clocks and SETTLEMENT_7D of PMI complaints) — actors with Permission::kCaseWrite (case
//   workers, supervisors, police investigators: those who act on cases), for the open cases owned by their agency
//   (nationally owned cases for an actor without one) that the policy lets them see (the case list's scope; every
//   case is checked again by the case gate, a disagreement being a SINERGI_BUG);
//   REFERRAL_PENDING — the same actors, for the referrals sent to their agency and not answered yet (the inbox; the
//   case itself stays hidden until the referral is accepted, so the task names the referral, not the case);
//   SUBJECT_REQUEST_72H — actors with kAuditRead (supervisors, the administrator: they work the request queue,
//   PdpService). An actor who may read the registry sees the requests of persons in their scope; the administrator,
//   who has no registry access, sees the whole queue, as PdpService::ListRequests shows it.
//   COMMITMENT_DUE — actors with kCoordinationWrite, for the open commitments of their agency due within 7 days or
//   overdue (coordination forums, issue #5).
// Ordered by due_at (so the overdue come first), then kind and ids; at most `limit` tasks (each query is limited
// too, so the work is bounded whatever the number of cases). Audited as one "list" of entity "task" naming the cases
// and requests shown.
// Errors: kUnauthenticated "auth.required"; kForbidden "forbidden" for an actor with none of these permissions;
// kUnavailable/kInternal from storage.
class TaskService {
 public:
  // `referral_answer_hours`: how long a referral may wait for an answer (ReferralOptions::escalate_after_hours).
  TaskService(ports::Database& db, const core::Clock& clock, core::IdGenerator& ids, int referral_answer_hours = 72)
      : db_(db), clock_(clock), ids_(ids), referral_answer_hours_(referral_answer_hours) {}

  static constexpr int kDefaultLimit = 100;
  static constexpr int kMaxLimit = 500;

  core::Result<std::vector<Task>> ListTasks(const Actor& actor, int limit = kDefaultLimit);

 private:
  ports::Database& db_;
  const core::Clock& clock_;
  core::IdGenerator& ids_;
  int referral_answer_hours_;
};

}  // namespace sinergi::domain
