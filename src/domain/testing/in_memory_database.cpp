// TEST DOUBLE: see in_memory_database.hpp. Behaviour mirrors the repository contracts in ports/*.hpp,
// including their error reasons, so services see what a real backend would return.
#include "domain/testing/in_memory_database.hpp"

#include <algorithm>
#include <cstdio>
#include <set>

#include "domain/policy.hpp"
#include "domain/testing/in_memory_case_work.hpp"
#include "domain/testing/in_memory_coordination.hpp"
#include "domain/testing/in_memory_directory.hpp"
#include "domain/testing/in_memory_outreach.hpp"
#include "domain/testing/in_memory_referrals.hpp"
#include "domain/testing/in_memory_repositories.hpp"
#include "domain/testing/in_memory_restitutions.hpp"
#include "domain/testing/in_memory_stats.hpp"
#include "domain/testing/in_memory_training.hpp"

namespace sinergi::domain::test_doubles {
namespace {

using core::Error;
using core::Result;
using core::Status;
using detail::Paginate;

// Whether the list scope admits a stored person, by its reference meaning (policy.hpp ListScopeAdmits), with the
// owning agency's region looked up as a backend would (an agency that does not exist has none).
bool ScopeAdmits(const InMemoryState& s, const ListScope& scope, const Person& p) {
  if (scope.everything) return true;
  RecordScope record;
  record.owner_agency_id = p.owner_agency_id.value_or("");
  record.created_by = p.created_by;
  record.address_region_code = p.data.address_region_code.value_or("");
  if (auto agency = s.agencies.find(record.owner_agency_id); agency != s.agencies.end()) {
    record.owner_agency_region = agency->second.region_code.value_or("");
  }
  return ListScopeAdmits(scope, p.id, record);
}

std::set<std::string> Trigrams(const std::string& key) {
  std::set<std::string> out;
  const std::string padded = "  " + key + " ";
  for (std::size_t i = 0; i + 3 <= padded.size(); ++i) out.insert(padded.substr(i, 3));
  return out;
}

class PersonRepo final : public ports::PersonRepository {
 public:
  explicit PersonRepo(InMemoryState& s) : s_(s) {}

  Status Insert(const Person& person, const std::vector<std::string>& name_keys) override {
    if (s_.persons.contains(person.id)) return Error::Conflict("person.exists", "Person id exists.");
    SINERGI_TRY_STATUS(CheckNik(person));
    s_.persons[person.id] = {person, name_keys};
    return core::Ok();
  }
  Result<Person> Get(const std::string& id) override {
    auto it = s_.persons.find(id);
    if (it == s_.persons.end()) return Error::NotFound("person.not_found", "No such person.");
    return it->second.person;
  }
  Result<std::vector<Person>> GetMany(const std::vector<std::string>& ids) override {
    std::vector<Person> out;
    for (const std::string& id : ids) {
      auto it = s_.persons.find(id);
      if (it != s_.persons.end()) out.push_back(it->second.person);
    }
    return out;
  }
  Status Update(const Person& person, std::int64_t expected_version,
                const std::vector<std::string>& name_keys) override {
    auto it = s_.persons.find(person.id);
    if (it == s_.persons.end()) return Error::NotFound("person.not_found", "No such person.");
    if (it->second.person.version != expected_version) return Error::StaleVersion();
    SINERGI_CHECK(person.version == expected_version + 1);  // the contract callers must keep
    SINERGI_TRY_STATUS(CheckNik(person));
    it->second = {person, name_keys};
    return core::Ok();
  }
  Result<ports::Page<Person>> List(const ports::PersonFilter& f, const ports::PageRequest& page) override {
    std::vector<Person> matching;
    for (const auto& [id, stored] : s_.persons) {
      const Person& p = stored.person;
      if (p.deleted() && !f.include_deleted) continue;
      if (f.nik && p.data.nik != f.nik) continue;
      if (f.passport_number && p.data.passport_number != f.passport_number) continue;
      if (f.sex && p.data.sex != f.sex) continue;
      if (f.pmi_status && p.data.pmi_status != f.pmi_status) continue;
      if (f.region_prefix) {
        const std::string& code = p.data.address_region_code.value_or("");
        if (code != *f.region_prefix && !code.starts_with(*f.region_prefix + ".")) continue;
      }
      if (!ScopeAdmits(s_, f.scope, p)) continue;
      matching.push_back(p);
    }
    return Paginate(std::move(matching), page, [](const Person& p) { return p.id; });
  }
  Result<std::vector<ports::NameCandidate>> FindNameCandidates(const std::string& name_key, int limit,
                                                               const ListScope& scope) override {
    const std::set<std::string> wanted = Trigrams(name_key);
    std::vector<std::pair<std::size_t, ports::NameCandidate>> scored;
    for (const auto& [id, stored] : s_.persons) {
      if (stored.person.deleted() || !ScopeAdmits(s_, scope, stored.person)) continue;
      for (const std::string& key : stored.name_keys) {
        std::size_t shared = 0;
        for (const std::string& t : Trigrams(key)) shared += wanted.count(t);
        if (shared > 0) scored.push_back({shared, {id, key}});
      }
    }
    std::stable_sort(scored.begin(), scored.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    std::vector<ports::NameCandidate> out;
    for (auto& [shared, candidate] : scored) {
      if (out.size() == static_cast<std::size_t>(std::max(limit, 0))) break;
      out.push_back(std::move(candidate));
    }
    return out;
  }
  Status InsertLink(const FamilyLink& link) override {
    for (const auto& [id, l] : s_.links) {
      const bool same =
          l.person_id == link.person_id && l.related_person_id == link.related_person_id && l.relation == link.relation;
      const bool mirrored = l.person_id == link.related_person_id && l.related_person_id == link.person_id &&
                            l.relation == InverseRelation(link.relation);
      if (same || mirrored) return Error::Conflict("family_link.exists", "The link exists.");
    }
    s_.links[link.id] = link;
    return core::Ok();
  }
  Status DeleteLink(const std::string& link_id) override {
    if (s_.links.erase(link_id) == 0) return Error::NotFound("family_link.not_found", "No such link.");
    return core::Ok();
  }
  Result<FamilyLink> GetLink(const std::string& link_id) override {
    auto it = s_.links.find(link_id);
    if (it == s_.links.end()) return Error::NotFound("family_link.not_found", "No such link.");
    return it->second;
  }
  Result<std::vector<FamilyLink>> ListLinks(const std::string& person_id) override {
    std::vector<FamilyLink> out;
    for (const auto& [id, l] : s_.links) {
      if (l.person_id == person_id || l.related_person_id == person_id) out.push_back(l);
    }
    return out;
  }

 private:
  Status CheckNik(const Person& person) {
    if (!person.data.nik || person.deleted()) return core::Ok();
    for (const auto& [id, stored] : s_.persons) {
      if (id != person.id && !stored.person.deleted() && stored.person.data.nik == person.data.nik) {
        return Error::Conflict("person.nik_taken", "Another person has this NIK.");
      }
    }
    return core::Ok();
  }

  InMemoryState& s_;
};

class JourneyRepo final : public ports::JourneyRepository {
 public:
  explicit JourneyRepo(InMemoryState& s) : s_(s) {}

  Status Insert(const Journey& journey) override {
    if (!s_.persons.contains(journey.person_id)) return Error::NotFound("person.not_found", "No such person.");
    s_.journeys[journey.id] = journey;
    return core::Ok();
  }
  Result<Journey> Get(const std::string& id) override {
    auto it = s_.journeys.find(id);
    if (it == s_.journeys.end()) return Error::NotFound("journey.not_found", "No such journey.");
    return it->second;
  }
  Status Update(const Journey& journey, std::int64_t expected_version) override {
    auto it = s_.journeys.find(journey.id);
    if (it == s_.journeys.end()) return Error::NotFound("journey.not_found", "No such journey.");
    if (it->second.version != expected_version) return Error::StaleVersion();
    it->second = journey;
    return core::Ok();
  }
  Result<ports::Page<Journey>> List(const ports::JourneyFilter& f, const ports::PageRequest& page) override {
    std::vector<Journey> matching;
    for (const auto& [id, j] : s_.journeys) {
      if (f.person_id && j.person_id != *f.person_id) continue;
      if (f.status && j.status != *f.status) continue;
      if (f.destination_country && j.data.destination_country != *f.destination_country) continue;
      if (!f.scope.everything) {
        auto person = s_.persons.find(j.person_id);
        if (person == s_.persons.end() || !ScopeAdmits(s_, f.scope, person->second.person)) continue;
      }
      matching.push_back(j);
    }
    return Paginate(std::move(matching), page, [](const Journey& j) { return j.id; });
  }
  Status InsertTransition(const JourneyTransition& t) override {
    s_.transitions.push_back(t);
    return core::Ok();
  }
  Result<std::vector<JourneyTransition>> ListTransitions(const std::string& journey_id) override {
    std::vector<JourneyTransition> out;
    for (const auto& t : s_.transitions) {
      if (t.journey_id == journey_id) out.push_back(t);
    }
    return out;
  }
  Status InsertFollowUp(const FollowUp& f) override {
    s_.follow_ups.push_back(f);
    return core::Ok();
  }
  Result<std::vector<FollowUp>> ListFollowUps(const std::string& journey_id) override {
    std::vector<FollowUp> out;
    for (const auto& f : s_.follow_ups) {
      if (f.journey_id == journey_id) out.push_back(f);
    }
    return out;
  }

 private:
  InMemoryState& s_;
};

class HistoryRepo final : public ports::HistoryRepository {
 public:
  explicit HistoryRepo(InMemoryState& s) : s_(s) {}

  Status Append(const ChangeRecord& record) override {
    s_.history.push_back(record);
    return core::Ok();
  }
  // Newest first; `after` is the id of the last record of the previous page.
  Result<ports::Page<ChangeRecord>> List(const std::string& entity_type, const std::string& entity_id,
                                         const ports::PageRequest& page) override {
    ports::Page<ChangeRecord> out;
    bool skipping = page.after.has_value();
    const std::size_t limit = static_cast<std::size_t>(std::max(page.limit, 1));
    for (auto it = s_.history.rbegin(); it != s_.history.rend(); ++it) {
      if (it->entity_type != entity_type || it->entity_id != entity_id) continue;
      if (skipping) {
        skipping = it->id != *page.after;
        continue;
      }
      if (out.items.size() == limit) {
        out.next_after = out.items.back().id;
        break;
      }
      out.items.push_back(*it);
    }
    return out;
  }

 private:
  InMemoryState& s_;
};

class ReferenceRepo final : public ports::ReferenceRepository {
 public:
  explicit ReferenceRepo(InMemoryState& s) : s_(s) {}

  Result<Region> GetRegion(const std::string& code) override {
    auto it = s_.regions.find(code);
    if (it == s_.regions.end()) return Error::NotFound("region.not_found", "No such region.");
    return it->second;
  }
  Result<ports::Page<Region>> ListRegions(const std::optional<std::string>& parent,
                                          const ports::PageRequest& page) override {
    std::vector<Region> children;
    for (const auto& [code, r] : s_.regions) {
      if (r.parent_code == parent) children.push_back(r);
    }
    return Paginate(std::move(children), page, [](const Region& r) { return r.code; });
  }
  Result<std::vector<Region>> AllRegions(int max_level) override {
    std::vector<Region> out;
    for (const auto& [code, r] : s_.regions) {
      if (r.level <= max_level) out.push_back(r);
    }
    return out;
  }
  Result<std::int64_t> CountRegions() override { return static_cast<std::int64_t>(s_.regions.size()); }
  Status UpsertRegions(const std::vector<Region>& regions) override {
    for (const Region& r : regions) s_.regions[r.code] = r;
    return core::Ok();
  }
  Result<Country> GetCountry(const std::string& alpha2) override {
    auto it = s_.countries.find(alpha2);
    if (it == s_.countries.end()) return Error::NotFound("country.not_found", "No such country.");
    return it->second;
  }
  Result<std::vector<Country>> ListCountries() override {
    std::vector<Country> out;
    for (const auto& [code, c] : s_.countries) out.push_back(c);
    return out;
  }
  Status UpsertCountries(const std::vector<Country>& countries) override {
    for (const Country& c : countries) s_.countries[c.alpha2] = c;
    return core::Ok();
  }
  Result<std::vector<core::Date>> PublicHolidays(core::Date from, core::Date to) override {
    std::vector<core::Date> out;
    for (const auto& [key, h] : s_.public_holidays) {
      if (h.date >= from && h.date <= to && (out.empty() || out.back() != h.date)) out.push_back(h.date);
    }
    return out;
  }
  Result<std::int64_t> CountPublicHolidays() override { return static_cast<std::int64_t>(s_.public_holidays.size()); }
  Status UpsertPublicHolidays(const std::vector<PublicHoliday>& holidays) override {
    for (const PublicHoliday& h : holidays) s_.public_holidays[{h.date, h.name}] = h;
    return core::Ok();
  }

 private:
  InMemoryState& s_;
};

class IdempotencyRepo final : public ports::IdempotencyRepository {
 public:
  explicit IdempotencyRepo(InMemoryState& s) : s_(s) {}

  Result<std::optional<ports::IdempotencyRecord>> Find(const std::string& scope, const std::string& key) override {
    auto it = s_.idempotency.find({scope, key});
    if (it == s_.idempotency.end()) return std::optional<ports::IdempotencyRecord>();
    return std::optional(it->second);
  }
  Status Reserve(const ports::IdempotencyRecord& record) override {
    auto [it, inserted] = s_.idempotency.try_emplace({record.scope, record.key}, record);
    if (!inserted) return Error::Conflict("idempotency.exists", "The key is in use.");
    return core::Ok();
  }
  Status Complete(const ports::IdempotencyRecord& record) override {
    s_.idempotency[{record.scope, record.key}] = record;
    return core::Ok();
  }
  Status Release(const std::string& scope, const std::string& key) override {
    s_.idempotency.erase({scope, key});
    return core::Ok();
  }

 private:
  InMemoryState& s_;
};

// Nothing is stored at rest in memory, so nothing is sealed: no counts, nothing to re-seal.
class DataKeyRepo final : public ports::DataKeyRepository {
 public:
  Result<std::vector<ports::SealedValueCount>> CountSealed() override { return std::vector<ports::SealedValueCount>(); }
  Result<int> ResealBatch(int /*limit*/) override { return 0; }
};

}  // namespace

class InMemoryUnitOfWork final : public ports::UnitOfWork {
 public:
  InMemoryUnitOfWork(InMemoryDatabase& db, InMemoryState state, ports::TxMode mode,
                     std::unique_lock<std::timed_mutex> write_lock)
      : db_(db), state_(std::move(state)), mode_(mode), write_lock_(std::move(write_lock)) {}

  ports::PersonRepository& persons() override { return persons_; }
  ports::JourneyRepository& journeys() override { return journeys_; }
  ports::HistoryRepository& history() override { return history_; }
  ports::ReferenceRepository& reference() override { return reference_; }
  ports::IdempotencyRepository& idempotency() override { return idempotency_; }
  ports::IdentityRepository& identity() override { return identity_; }
  ports::AuditRepository& audit() override { return audit_; }
  ports::AccessRepository& access() override { return access_; }
  ports::PdpRepository& pdp() override { return pdp_; }
  ports::DataKeyRepository& data_keys() override { return data_keys_; }
  ports::RetentionRepository& retention() override { return retention_; }
  ports::CaseRepository& cases() override { return cases_; }
  ports::ReferralRepository& referrals() override { return referrals_; }
  ports::DirectoryRepository& directory() override { return directory_; }
  ports::CoordinationRepository& coordination() override { return coordination_; }
  ports::CaseWorkRepository& case_work() override { return case_work_; }
  ports::TaskRepository& tasks() override { return tasks_; }
  ports::RestitutionRepository& restitutions() override { return restitutions_; }
  ports::TrainingRepository& training() override { return training_; }
  ports::OutreachRepository& outreach() override { return outreach_; }
  ports::StatsRepository& stats() override { return stats_; }

  Status Commit() override {
    SINERGI_CHECK(!committed_);  // committing twice is a bug in the caller
    committed_ = true;
    // A read unit may be committed to end it; whatever it may have written is dropped, as with a snapshot.
    if (mode_ == ports::TxMode::kRead) return core::Ok();
    return db_.CommitState(std::move(state_));
  }

 private:
  InMemoryDatabase& db_;
  InMemoryState state_;
  ports::TxMode mode_;
  std::unique_lock<std::timed_mutex> write_lock_;  // released when the unit ends, committed or not
  bool committed_ = false;
  PersonRepo persons_{state_};
  JourneyRepo journeys_{state_};
  HistoryRepo history_{state_};
  ReferenceRepo reference_{state_};
  IdempotencyRepo idempotency_{state_};
  detail::InMemoryIdentityRepository identity_{state_};
  detail::InMemoryAuditRepository audit_{state_};
  detail::InMemoryAccessRepository access_{state_};
  detail::InMemoryPdpRepository pdp_{state_};
  DataKeyRepo data_keys_;
  detail::InMemoryRetentionRepository retention_{state_};
  detail::InMemoryCaseRepository cases_{state_};
  detail::InMemoryReferralRepository referrals_{state_};
  detail::InMemoryDirectoryRepository directory_{state_};
  detail::InMemoryCoordinationRepository coordination_{state_};
  detail::InMemoryCaseWorkRepository case_work_{state_};
  detail::InMemoryTaskRepository tasks_{state_};
  detail::InMemoryRestitutionRepository restitutions_{state_};
  detail::InMemoryTrainingRepository training_{state_};
  detail::InMemoryOutreachRepository outreach_{state_};
  detail::InMemoryStatsRepository stats_{state_};
};

Result<std::unique_ptr<ports::UnitOfWork>> InMemoryDatabase::Begin(ports::TxMode mode) {
  {
    std::lock_guard<std::mutex> guard(mu_);
    ++(mode == ports::TxMode::kWrite ? write_begins_ : read_begins_);
  }
  std::unique_lock<std::timed_mutex> write_lock;
  if (mode == ports::TxMode::kWrite) {
    write_lock = std::unique_lock<std::timed_mutex>(writer_, std::defer_lock);
    if (!write_lock.try_lock_for(write_lock_timeout_)) return Error::Unavailable("database is locked");
  }
  std::lock_guard<std::mutex> guard(mu_);
  return std::unique_ptr<ports::UnitOfWork>(
      std::make_unique<InMemoryUnitOfWork>(*this, state_, mode, std::move(write_lock)));
}

Status InMemoryDatabase::CommitState(InMemoryState state) {
  std::lock_guard<std::mutex> guard(mu_);
  if (failing_commits_ > 0) {
    --failing_commits_;
    return Error::Unavailable("injected commit failure");
  }
  state_ = std::move(state);
  ++commits_;
  return core::Ok();
}

void InMemoryDatabase::FailNextCommitsForTest(int n) {
  std::lock_guard<std::mutex> guard(mu_);
  failing_commits_ = n;
}

InMemoryState InMemoryDatabase::SnapshotForTest() const {
  std::lock_guard<std::mutex> guard(mu_);
  return state_;
}

void InMemoryDatabase::MutateForTest(const std::function<void(InMemoryState&)>& mutate) {
  std::lock_guard<std::mutex> guard(mu_);
  mutate(state_);
}

int InMemoryDatabase::CommitCountForTest() const {
  std::lock_guard<std::mutex> guard(mu_);
  return commits_;
}

int InMemoryDatabase::BeginCountForTest(ports::TxMode mode) const {
  std::lock_guard<std::mutex> guard(mu_);
  return mode == ports::TxMode::kWrite ? write_begins_ : read_begins_;
}

std::string SequentialIdGenerator::NewId() {
  std::lock_guard<std::mutex> guard(mu_);
  char buf[32];
  std::snprintf(buf, sizeof buf, "id-%06ld", next_++);
  return buf;
}

}  // namespace sinergi::domain::test_doubles
