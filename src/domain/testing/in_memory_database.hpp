#pragma once
// TEST DOUBLE. An in-memory implementation of the storage ports (ports/database.hpp) for domain tests
// (STYLE.md §12, after leveldb's memenv). Not for production: no persistence, linear scans everywhere.
// The identity, audit, access, PDP, retention and case repositories are in in_memory_identity.cpp,
// in_memory_audit.cpp, in_memory_access.cpp, in_memory_pdp.cpp, in_memory_retention.cpp and in_memory_cases.cpp.
//
// Transactions: Begin() copies the whole state into the unit of work; Commit() of a write unit replaces the
// shared state with the copy, so an uncommitted unit leaves nothing behind. Like SQLite's BEGIN IMMEDIATE, at
// most one write unit is open at a time: a second Begin(kWrite) waits up to `write_lock_timeout` and then
// fails with kUnavailable (which also exposes a service that opens two write units at once on one thread).
// Thread-safe: the shared state is guarded by `mu_`; each unit of work belongs to one thread.
// The namespace is test_doubles rather than `testing` so it never shadows GoogleTest's ::testing in tests.
#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "core/id_generator.hpp"
#include "domain/access.hpp"
#include "domain/ports/database.hpp"

namespace sinergi::domain::test_doubles {

// Everything a backend stores. Plain data so a unit of work can copy it.
struct InMemoryState {
  struct StoredPerson {
    Person person;
    std::vector<std::string> name_keys;
  };
  std::map<std::string, StoredPerson> persons;
  std::map<std::string, FamilyLink> links;
  std::map<std::string, Journey> journeys;
  std::vector<JourneyTransition> transitions;  // insertion order
  std::vector<FollowUp> follow_ups;            // insertion order
  std::vector<ChangeRecord> history;           // insertion order (oldest first)
  std::map<std::string, Region> regions;
  std::map<std::string, Country> countries;
  std::map<std::pair<std::string, std::string>, ports::IdempotencyRecord> idempotency;
  std::map<std::string, Agency> agencies;                      // by id
  std::map<std::string, User> users;                           // by id
  std::map<std::string, Session> sessions;                     // by id
  std::map<std::string, LoginThrottle> throttles;              // by key
  std::vector<AuditEntry> audit;                               // seq order (seq == index + 1)
  std::vector<AccessGrant> grants;                             // insertion order
  std::map<std::string, Notification> notifications;           // by id
  std::map<std::string, Consent> consents;                     // by id
  std::map<std::string, DataSubjectRequest> subject_requests;  // by id
  std::map<std::string, core::Timestamp> anonymised_at;        // person id -> when retention anonymised it
  std::map<std::string, Case> cases;                           // by id; victim_count and masked_fields unset
  std::map<std::string, CaseParty> case_parties;               // by id
  std::map<std::string, CaseScreening> case_screenings;        // by id
  std::map<std::string, CaseTransition> case_transitions;      // by id
  std::map<std::string, Referral> referrals;                   // by id; masked_fields unset
  std::map<std::string, CaseServiceDelivery> case_services;    // by id; due_on and masked_fields unset
  std::map<std::string, CaseNote> case_notes;                  // by id
  std::map<std::string, CaseAttachment> case_attachments;      // by id
  std::map<std::string, DirectoryEntry> directory_entries;     // by agency id
  std::map<std::string, Forum> forums;                         // by id
  std::map<std::string, Meeting> meetings;                     // by id
  std::map<std::string, Commitment> commitments;               // by id, with status_history
  std::map<std::string, CaseRestitution> case_restitutions;    // by id; derived fields unset
  std::map<std::string, ComplaintFacts> complaint_facts;       // by case id
  std::map<std::string, Programme> training_programmes;        // by id
  std::map<std::string, TrainingSession> training_sessions;    // by id
  std::map<std::string, Enrolment> training_enrolments;        // by id
  std::map<std::string, OutreachEvent> outreach_events;        // by id
  // By id; masked unset.
  std::map<std::string, OutreachFollowUp> outreach_follow_ups;
  // By date and name.
  std::map<std::pair<core::Date, std::string>, PublicHoliday> public_holidays;
  // Meeting attachments by id.
  std::map<std::string, MeetingAttachment> meeting_attachments;
};

class InMemoryDatabase final : public ports::Database {
 public:
  explicit InMemoryDatabase(std::chrono::milliseconds write_lock_timeout = std::chrono::milliseconds(500))
      : write_lock_timeout_(write_lock_timeout) {}

  core::Result<std::unique_ptr<ports::UnitOfWork>> Begin(ports::TxMode mode) override;
  core::Status Ping() override { return core::Ok(); }
  ports::DatabaseStats Stats() const override { return {1, 0}; }

  // The next `n` commits fail with kUnavailable (and roll back), to test error paths.
  void FailNextCommitsForTest(int n);
  // A copy of the committed state, for assertions.
  InMemoryState SnapshotForTest() const;
  // Replaces the committed state, for setting up fixtures (regions, countries).
  void MutateForTest(const std::function<void(InMemoryState&)>& mutate);
  // Number of successful commits of write units.
  int CommitCountForTest() const;
  // Number of units of work begun in `mode` (successfully or not).
  int BeginCountForTest(ports::TxMode mode) const;

 private:
  friend class InMemoryUnitOfWork;
  core::Status CommitState(InMemoryState state);

  const std::chrono::milliseconds write_lock_timeout_;
  std::timed_mutex writer_;  // held by the open write unit of work, if any
  mutable std::mutex mu_;
  InMemoryState state_;      // GUARDED_BY(mu_)
  int failing_commits_ = 0;  // GUARDED_BY(mu_)
  int commits_ = 0;          // GUARDED_BY(mu_)
  int read_begins_ = 0;      // GUARDED_BY(mu_)
  int write_begins_ = 0;     // GUARDED_BY(mu_)
};

// TEST DOUBLE. Ids "id-000001", "id-000002", ... (sortable like ULIDs). Thread-safe.
class SequentialIdGenerator final : public core::IdGenerator {
 public:
  std::string NewId() override;

 private:
  std::mutex mu_;
  long next_ = 1;  // GUARDED_BY(mu_)
};

}  // namespace sinergi::domain::test_doubles
