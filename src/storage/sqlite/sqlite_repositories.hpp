#pragma once
// The SQLite implementations of the repository ports. Each works on the connection of the unit of work that
// owns it, inside that unit's transaction; none is thread-safe. One .cpp per repository.
#include "domain/ports/access_repository.hpp"
#include "domain/ports/audit_repository.hpp"
#include "domain/ports/case_repository.hpp"
#include "domain/ports/data_key_repository.hpp"
#include "domain/ports/history_repository.hpp"
#include "domain/ports/idempotency_repository.hpp"
#include "domain/ports/identity_repository.hpp"
#include "domain/ports/journey_repository.hpp"
#include "domain/ports/person_repository.hpp"
#include "domain/ports/reference_repository.hpp"
#include "domain/ports/retention_repository.hpp"
#include "storage/common/sealed_fields.hpp"
#include "storage/sqlite/connection.hpp"

namespace sinergi::storage::sqlite {

class SqlitePersonRepository final : public domain::ports::PersonRepository {
 public:
  SqlitePersonRepository(Connection& conn, const Sealer& sealer) : conn_(conn), sealer_(sealer) {}

  core::Status Insert(const domain::Person& person, const std::vector<std::string>& name_keys) override;
  core::Result<domain::Person> Get(const std::string& id) override;
  core::Result<std::vector<domain::Person>> GetMany(const std::vector<std::string>& ids) override;
  core::Status Update(const domain::Person& person, std::int64_t expected_version,
                      const std::vector<std::string>& name_keys) override;
  core::Result<domain::ports::Page<domain::Person>> List(const domain::ports::PersonFilter& filter,
                                                         const domain::ports::PageRequest& page) override;
  core::Result<std::vector<domain::ports::NameCandidate>> FindNameCandidates(const std::string& name_key, int limit,
                                                                             const domain::ListScope& scope) override;
  core::Status InsertLink(const domain::FamilyLink& link) override;
  core::Status DeleteLink(const std::string& link_id) override;
  core::Result<domain::FamilyLink> GetLink(const std::string& link_id) override;
  core::Result<std::vector<domain::FamilyLink>> ListLinks(const std::string& person_id) override;

 private:
  core::Status ReplaceNameKeys(const std::string& person_id, const std::vector<std::string>& name_keys);

  Connection& conn_;
  const Sealer& sealer_;
};

class SqliteJourneyRepository final : public domain::ports::JourneyRepository {
 public:
  explicit SqliteJourneyRepository(Connection& conn) : conn_(conn) {}

  core::Status Insert(const domain::Journey& journey) override;
  core::Result<domain::Journey> Get(const std::string& id) override;
  core::Status Update(const domain::Journey& journey, std::int64_t expected_version) override;
  core::Result<domain::ports::Page<domain::Journey>> List(const domain::ports::JourneyFilter& filter,
                                                          const domain::ports::PageRequest& page) override;
  core::Status InsertTransition(const domain::JourneyTransition& t) override;
  core::Result<std::vector<domain::JourneyTransition>> ListTransitions(const std::string& journey_id) override;
  core::Status InsertFollowUp(const domain::FollowUp& f) override;
  core::Result<std::vector<domain::FollowUp>> ListFollowUps(const std::string& journey_id) override;

 private:
  core::Status ReplaceDocuments(const domain::Journey& journey);
  core::Status LoadDocuments(domain::Journey& journey);

  Connection& conn_;
};

// sqlite_case_repository.cpp (+ sqlite_case_events.cpp: parties, screenings, transitions): cases (migration 0008).
class SqliteCaseRepository final : public domain::ports::CaseRepository {
 public:
  SqliteCaseRepository(Connection& conn, const Sealer& sealer) : conn_(conn), sealer_(sealer) {}

  core::Status Insert(const domain::Case& c) override;
  core::Result<domain::Case> Get(const std::string& id) override;
  core::Status Update(const domain::Case& c, std::int64_t expected_version) override;
  core::Result<domain::ports::Page<domain::Case>> List(const domain::ports::CaseFilter& filter,
                                                       const domain::ports::PageRequest& page) override;

  core::Status InsertParty(const domain::CaseParty& party) override;
  core::Status DeleteParty(const std::string& case_id, const std::string& party_id) override;
  core::Result<std::vector<domain::CaseParty>> ListParties(const std::string& case_id) override;

  core::Status InsertScreening(const domain::CaseScreening& screening) override;
  core::Result<domain::CaseScreening> GetScreening(const std::string& id) override;
  core::Status UpdateScreeningDetermination(const domain::CaseScreening& screening) override;
  core::Result<std::vector<domain::CaseScreening>> ListScreenings(const std::string& case_id) override;

  core::Status InsertTransition(const domain::CaseTransition& t) override;
  core::Result<std::vector<domain::CaseTransition>> ListTransitions(const std::string& case_id) override;

 private:
  // A foreign-key failure does not name the table: turns a `failed` "person.not_found" into "case.not_found" when
  // it is the case that does not exist.
  core::Status ExplainMissing(core::Status failed, const std::string& case_id);

  Connection& conn_;
  const Sealer& sealer_;
};

class SqliteHistoryRepository final : public domain::ports::HistoryRepository {
 public:
  SqliteHistoryRepository(Connection& conn, const Sealer& sealer) : conn_(conn), sealer_(sealer) {}

  core::Status Append(const domain::ChangeRecord& record) override;
  core::Result<domain::ports::Page<domain::ChangeRecord>> List(const std::string& entity_type,
                                                               const std::string& entity_id,
                                                               const domain::ports::PageRequest& page) override;

 private:
  Connection& conn_;
  const Sealer& sealer_;
};

class SqliteReferenceRepository final : public domain::ports::ReferenceRepository {
 public:
  explicit SqliteReferenceRepository(Connection& conn) : conn_(conn) {}

  core::Result<domain::Region> GetRegion(const std::string& code) override;
  core::Result<domain::ports::Page<domain::Region>> ListRegions(const std::optional<std::string>& parent,
                                                                const domain::ports::PageRequest& page) override;
  core::Result<std::vector<domain::Region>> AllRegions(int max_level) override;
  core::Result<std::int64_t> CountRegions() override;
  core::Status UpsertRegions(const std::vector<domain::Region>& regions) override;
  core::Result<domain::Country> GetCountry(const std::string& alpha2) override;
  core::Result<std::vector<domain::Country>> ListCountries() override;
  core::Status UpsertCountries(const std::vector<domain::Country>& countries) override;
  // sqlite_public_holidays.cpp (migration 0013).
  core::Result<std::vector<core::Date>> PublicHolidays(core::Date from, core::Date to) override;
  core::Result<std::int64_t> CountPublicHolidays() override;
  core::Status UpsertPublicHolidays(const std::vector<domain::PublicHoliday>& holidays) override;

 private:
  Connection& conn_;
};

class SqliteIdempotencyRepository final : public domain::ports::IdempotencyRepository {
 public:
  SqliteIdempotencyRepository(Connection& conn, const Sealer& sealer) : conn_(conn), sealer_(sealer) {}

  core::Result<std::optional<domain::ports::IdempotencyRecord>> Find(const std::string& scope,
                                                                     const std::string& key) override;
  core::Status Reserve(const domain::ports::IdempotencyRecord& record) override;
  core::Status Complete(const domain::ports::IdempotencyRecord& record) override;
  core::Status Release(const std::string& scope, const std::string& key) override;

 private:
  Connection& conn_;
  const Sealer& sealer_;
};

// sqlite_identity_repository.cpp (+ sqlite_sessions.cpp): agencies, users, sessions, login throttles.
class SqliteIdentityRepository final : public domain::ports::IdentityRepository {
 public:
  explicit SqliteIdentityRepository(Connection& conn) : conn_(conn) {}

  core::Status InsertAgency(const domain::Agency& agency) override;
  core::Result<domain::Agency> GetAgency(const std::string& id) override;
  core::Result<domain::Agency> GetAgencyByCode(const std::string& code) override;
  core::Status UpdateAgency(const domain::Agency& agency, std::int64_t expected_version) override;
  core::Result<domain::ports::Page<domain::Agency>> ListAgencies(const domain::ports::PageRequest& page) override;

  core::Status InsertUser(const domain::User& user) override;
  core::Result<domain::User> GetUser(const std::string& id) override;
  core::Result<domain::User> GetUserByUsername(const std::string& username) override;
  core::Status UpdateUser(const domain::User& user, std::int64_t expected_version) override;
  core::Result<domain::ports::Page<domain::User>> ListUsers(const std::optional<std::string>& agency_id,
                                                            const domain::ports::PageRequest& page) override;
  core::Result<std::int64_t> CountUsers() override;

  core::Status InsertSession(const domain::Session& session) override;
  core::Result<domain::Session> GetSessionByTokenHash(const std::string& token_hash) override;
  core::Status TouchSession(const std::string& session_id, core::Timestamp last_seen_at) override;
  core::Status RevokeSession(const std::string& session_id, core::Timestamp at) override;
  core::Result<int> RevokeUserSessions(const std::string& user_id, core::Timestamp at) override;

  core::Result<domain::LoginThrottle> GetThrottle(const std::string& key) override;
  core::Status PutThrottle(const domain::LoginThrottle& throttle) override;
  core::Status ClearThrottle(const std::string& key) override;

 private:
  Connection& conn_;
};

// sqlite_audit_repository.cpp: the hash-chained audit trail.
class SqliteAuditRepository final : public domain::ports::AuditRepository {
 public:
  explicit SqliteAuditRepository(Connection& conn) : conn_(conn) {}

  core::Result<domain::AuditEntry> Append(domain::AuditEntry entry) override;
  core::Result<domain::ports::Page<domain::AuditEntry>> List(const domain::ports::AuditFilter& filter,
                                                             const domain::ports::PageRequest& page) override;
  core::Status Scan(const std::function<bool(const domain::AuditEntry&)>& visit) override;

 private:
  Connection& conn_;
};

// sqlite_access_repository.cpp: break-the-glass grants and notifications.
class SqliteAccessRepository final : public domain::ports::AccessRepository {
 public:
  explicit SqliteAccessRepository(Connection& conn) : conn_(conn) {}

  core::Status InsertGrant(const domain::AccessGrant& grant) override;
  core::Result<std::vector<std::string>> ActiveGrantPersonIds(const std::string& user_id, core::Timestamp now) override;
  core::Status InsertNotification(const domain::Notification& notification) override;
  core::Result<std::vector<domain::Notification>> ListNotifications(const std::string& agency_id,
                                                                    const std::vector<std::string>& roles,
                                                                    int limit) override;
  core::Result<domain::Notification> GetNotification(const std::string& id) override;
  core::Status MarkNotificationRead(const std::string& id, core::Timestamp at) override;

 private:
  Connection& conn_;
};

// sqlite_data_key_repository.cpp: counts and re-seals the sealed columns (key rotation).
class SqliteDataKeyRepository final : public domain::ports::DataKeyRepository {
 public:
  SqliteDataKeyRepository(Connection& conn, const Sealer& sealer) : conn_(conn), sealer_(sealer) {}

  core::Result<std::vector<domain::ports::SealedValueCount>> CountSealed() override;
  core::Result<int> ResealBatch(int limit) override;

 private:
  Connection& conn_;
  const Sealer& sealer_;
};

// sqlite_retention_repository.cpp: records past their retention period (migration 0007).
class SqliteRetentionRepository final : public domain::ports::RetentionRepository {
 public:
  explicit SqliteRetentionRepository(Connection& conn) : conn_(conn) {}

  core::Result<std::int64_t> CountDue(domain::RetentionKind kind, core::Timestamp cutoff) override;
  core::Result<int> PurgeDue(domain::RetentionKind kind, core::Timestamp cutoff, int limit) override;
  core::Result<std::vector<std::string>> DuePersons(core::Timestamp cutoff, int limit) override;
  core::Status FinishAnonymisation(const std::string& person_id, core::Timestamp at) override;

 private:
  Connection& conn_;
};

}  // namespace sinergi::storage::sqlite
