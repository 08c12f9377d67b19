#pragma once
// TEST DOUBLE, internal to src/domain/testing: the identity, audit, PDP, retention and case repositories of the
// in-memory database (in_memory_identity.cpp, in_memory_audit.cpp, in_memory_pdp.cpp, in_memory_retention.cpp,
// in_memory_cases.cpp) and the keyset pagination the repositories share. Each works on the state copy of its unit of work, like the repositories in in_memory_database.cpp.
#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "domain/testing/in_memory_database.hpp"

namespace sinergi::domain::test_doubles::detail {

// Keyset page over items already sorted by `key`.
template <typename T, typename KeyFn>
ports::Page<T> Paginate(std::vector<T> sorted, const ports::PageRequest& page, KeyFn key) {
  ports::Page<T> out;
  const std::size_t limit = static_cast<std::size_t>(std::max(page.limit, 1));
  for (T& item : sorted) {
    if (page.after && key(item) <= *page.after) continue;
    if (out.items.size() == limit) {
      out.next_after = key(out.items.back());
      break;
    }
    out.items.push_back(std::move(item));
  }
  return out;
}

class InMemoryIdentityRepository final : public ports::IdentityRepository {
 public:
  explicit InMemoryIdentityRepository(InMemoryState& s) : s_(s) {}

  core::Status InsertAgency(const Agency& agency) override;
  core::Result<Agency> GetAgency(const std::string& id) override;
  core::Result<Agency> GetAgencyByCode(const std::string& code) override;
  core::Status UpdateAgency(const Agency& agency, std::int64_t expected_version) override;
  core::Result<ports::Page<Agency>> ListAgencies(const ports::PageRequest& page) override;

  core::Status InsertUser(const User& user) override;
  core::Result<User> GetUser(const std::string& id) override;
  core::Result<User> GetUserByUsername(const std::string& username) override;
  core::Status UpdateUser(const User& user, std::int64_t expected_version) override;
  core::Result<ports::Page<User>> ListUsers(const std::optional<std::string>& agency_id,
                                            const ports::PageRequest& page) override;
  core::Result<std::int64_t> CountUsers() override;

  core::Status InsertSession(const Session& session) override;
  core::Result<Session> GetSessionByTokenHash(const std::string& token_hash) override;
  core::Status TouchSession(const std::string& session_id, core::Timestamp last_seen_at) override;
  core::Status RevokeSession(const std::string& session_id, core::Timestamp at) override;
  core::Result<int> RevokeUserSessions(const std::string& user_id, core::Timestamp at) override;

  core::Result<LoginThrottle> GetThrottle(const std::string& key) override;
  core::Status PutThrottle(const LoginThrottle& throttle) override;
  core::Status ClearThrottle(const std::string& key) override;

 private:
  core::Status CheckAgencyCode(const Agency& agency) const;
  core::Status CheckUser(const User& user) const;

  InMemoryState& s_;
};

class InMemoryAuditRepository final : public ports::AuditRepository {
 public:
  explicit InMemoryAuditRepository(InMemoryState& s) : s_(s) {}

  core::Result<AuditEntry> Append(AuditEntry entry) override;
  core::Result<ports::Page<AuditEntry>> List(const ports::AuditFilter& filter, const ports::PageRequest& page) override;
  core::Status Scan(const std::function<bool(const AuditEntry&)>& visit) override;

 private:
  InMemoryState& s_;
};

class InMemoryAccessRepository final : public ports::AccessRepository {
 public:
  explicit InMemoryAccessRepository(InMemoryState& s) : s_(s) {}

  core::Status InsertGrant(const AccessGrant& grant) override;
  core::Result<std::vector<std::string>> ActiveGrantPersonIds(const std::string& user_id, core::Timestamp now) override;
  core::Status InsertNotification(const Notification& notification) override;
  core::Result<std::vector<Notification>> ListNotifications(const std::string& agency_id,
                                                            const std::vector<std::string>& roles, int limit) override;
  core::Result<Notification> GetNotification(const std::string& id) override;
  core::Status MarkNotificationRead(const std::string& id, core::Timestamp at) override;

 private:
  InMemoryState& s_;
};

class InMemoryPdpRepository final : public ports::PdpRepository {
 public:
  explicit InMemoryPdpRepository(InMemoryState& s) : s_(s) {}

  core::Status InsertConsent(const Consent& consent) override;
  core::Result<Consent> GetConsent(const std::string& id) override;
  core::Status UpdateConsentWithdrawal(const Consent& consent) override;
  core::Result<std::vector<Consent>> ListConsents(const std::string& person_id) override;

  core::Status InsertRequest(const DataSubjectRequest& request) override;
  core::Result<DataSubjectRequest> GetRequest(const std::string& id) override;
  core::Status UpdateRequestOutcome(const DataSubjectRequest& request) override;
  core::Result<ports::Page<DataSubjectRequest>> ListRequests(const ports::RequestFilter& filter,
                                                             const ports::PageRequest& page) override;

 private:
  InMemoryState& s_;
};

class InMemoryRetentionRepository final : public ports::RetentionRepository {
 public:
  explicit InMemoryRetentionRepository(InMemoryState& s) : s_(s) {}

  core::Result<std::int64_t> CountDue(RetentionKind kind, core::Timestamp cutoff) override;
  core::Result<int> PurgeDue(RetentionKind kind, core::Timestamp cutoff, int limit) override;
  core::Result<std::vector<std::string>> DuePersons(core::Timestamp cutoff, int limit) override;
  core::Status FinishAnonymisation(const std::string& person_id, core::Timestamp at) override;

 private:
  InMemoryState& s_;
};

// Cases (ports/case_repository.hpp): the same errors as the SQLite backend; the list applies the scope by its
// reference meaning (ListScopeAdmits), with the owning agency's region from the agencies of the state.
class InMemoryCaseRepository final : public ports::CaseRepository {
 public:
  explicit InMemoryCaseRepository(InMemoryState& s) : s_(s) {}

  core::Status Insert(const Case& c) override;
  core::Result<Case> Get(const std::string& id) override;
  core::Status Update(const Case& c, std::int64_t expected_version) override;
  core::Result<ports::Page<Case>> List(const ports::CaseFilter& filter, const ports::PageRequest& page) override;

  core::Status InsertParty(const CaseParty& party) override;
  core::Status DeleteParty(const std::string& case_id, const std::string& party_id) override;
  core::Result<std::vector<CaseParty>> ListParties(const std::string& case_id) override;

  core::Status InsertScreening(const CaseScreening& screening) override;
  core::Result<CaseScreening> GetScreening(const std::string& id) override;
  core::Status UpdateScreeningDetermination(const CaseScreening& screening) override;
  core::Result<std::vector<CaseScreening>> ListScreenings(const std::string& case_id) override;

  core::Status InsertTransition(const CaseTransition& t) override;
  core::Result<std::vector<CaseTransition>> ListTransitions(const std::string& case_id) override;

 private:
  // The stored case as a read returns it: victim_count filled.
  Case Read(const Case& stored) const;

  InMemoryState& s_;
};

}  // namespace sinergi::domain::test_doubles::detail
