// TEST DOUBLE: referrals in the in-memory database (see in_memory_database.hpp). Mirrors
// ports/referral_repository.hpp and the SQLite backend, including its error reasons and orders.
#include "domain/testing/in_memory_referrals.hpp"

#include <algorithm>
#include <set>
#include <tuple>

namespace sinergi::domain::test_doubles::detail {
namespace {

using core::Error;

Error ReferralNotFound() {
  return Error::NotFound("referral.not_found", "No referral has this id.");
}

// What a backend stores: never the service's masking.
Referral Stored(Referral r) {
  r.masked_fields.clear();
  return r;
}

bool Contains(const std::vector<std::string>& items, const std::string& item) {
  return std::find(items.begin(), items.end(), item) != items.end();
}

// The distinct values of `pick` over referrals to `agency_id` that grant access (and match `keep`).
template <typename Pick, typename Keep>
std::vector<std::string> Shared(const InMemoryState& s, const std::string& agency_id, Pick pick, Keep keep) {
  std::set<std::string> out;
  for (const auto& [id, r] : s.referrals) {
    if (r.data.to_agency_id != agency_id || !GrantsAccess(r.status) || !keep(r)) continue;
    for (const std::string& value : pick(r)) out.insert(value);
  }
  return {out.begin(), out.end()};
}

}  // namespace

core::Status InMemoryReferralRepository::Insert(const Referral& referral) {
  if (s_.referrals.contains(referral.id)) {
    return Error::Conflict("referral.exists", "A referral with this id already exists.");
  }
  if (!s_.cases.contains(referral.case_id)) return Error::NotFound("case.not_found", "No case has this id.");
  if (!s_.agencies.contains(referral.from_agency_id) || !s_.agencies.contains(referral.data.to_agency_id)) {
    return Error::NotFound("agency.not_found", "No agency has this id.");
  }
  if (referral.forwarded_from_referral_id && !s_.referrals.contains(*referral.forwarded_from_referral_id)) {
    return ReferralNotFound();
  }
  for (const std::string& person_id : referral.data.person_ids) {
    if (!s_.persons.contains(person_id)) return Error::NotFound("person.not_found", "No person has this id.");
  }
  s_.referrals[referral.id] = Stored(referral);
  return core::Ok();
}

core::Result<Referral> InMemoryReferralRepository::Get(const std::string& id) {
  auto it = s_.referrals.find(id);
  if (it == s_.referrals.end()) return ReferralNotFound();
  return it->second;
}

core::Status InMemoryReferralRepository::Update(const Referral& referral, std::int64_t expected_version) {
  auto it = s_.referrals.find(referral.id);
  if (it == s_.referrals.end()) return ReferralNotFound();
  if (it->second.version != expected_version) return Error::StaleVersion();
  // Only the status and the answers change, as by the SQLite UPDATE.
  Referral& stored = it->second;
  stored.version = referral.version;
  stored.status = referral.status;
  stored.forwarded_to_referral_id = referral.forwarded_to_referral_id;
  stored.responded_at = referral.responded_at;
  stored.responded_by = referral.responded_by;
  stored.decline_reason = referral.decline_reason;
  stored.completed_at = referral.completed_at;
  stored.completed_by = referral.completed_by;
  stored.outcome = referral.outcome;
  stored.revoked_at = referral.revoked_at;
  stored.revoked_by = referral.revoked_by;
  stored.revoke_reason = referral.revoke_reason;
  stored.forwarded_at = referral.forwarded_at;
  stored.forwarded_by = referral.forwarded_by;
  stored.escalated_at = referral.escalated_at;
  return core::Ok();
}

core::Result<ports::Page<Referral>> InMemoryReferralRepository::List(const ports::ReferralFilter& f,
                                                                     const ports::PageRequest& page) {
  ports::Page<Referral> out;
  const std::size_t limit = static_cast<std::size_t>(std::max(page.limit, 1));
  for (auto it = s_.referrals.rbegin(); it != s_.referrals.rend(); ++it) {  // newest first (id descending)
    const Referral& r = it->second;
    if (page.after && r.id >= *page.after) continue;
    if (f.to_agency_id && r.data.to_agency_id != *f.to_agency_id) continue;
    if (f.from_agency_id && r.from_agency_id != *f.from_agency_id) continue;
    if (f.case_id && r.case_id != *f.case_id) continue;
    if (f.status && r.status != *f.status) continue;
    if (f.involving_agency_ids && !Contains(*f.involving_agency_ids, r.from_agency_id) &&
        !Contains(*f.involving_agency_ids, r.data.to_agency_id)) {
      continue;
    }
    if (f.created_from && r.created_at < *f.created_from) continue;
    if (f.created_to && !(r.created_at < *f.created_to)) continue;
    if (out.items.size() == limit) {
      out.next_after = out.items.back().id;
      break;
    }
    out.items.push_back(r);
  }
  return out;
}

core::Result<std::vector<std::string>> InMemoryReferralRepository::SharedCaseIds(const std::string& agency_id) {
  return Shared(
      s_, agency_id, [](const Referral& r) { return std::vector<std::string>{r.case_id}; },
      [](const Referral&) { return true; });
}

core::Result<std::vector<std::string>> InMemoryReferralRepository::SharedPersonIds(const std::string& agency_id) {
  return Shared(
      s_, agency_id, [](const Referral& r) { return r.data.person_ids; }, [](const Referral&) { return true; });
}

core::Result<std::vector<std::string>> InMemoryReferralRepository::SharedPersonIdsOfCase(const std::string& agency_id,
                                                                                         const std::string& case_id) {
  return Shared(
      s_, agency_id, [](const Referral& r) { return r.data.person_ids; },
      [&case_id](const Referral& r) { return r.case_id == case_id; });
}

core::Result<std::vector<Referral>> InMemoryReferralRepository::PendingUnescalated(core::Timestamp created_before,
                                                                                   int limit) {
  std::vector<Referral> out;
  for (const auto& [id, r] : s_.referrals) {
    if (r.status == ReferralStatus::kPending && !r.escalated_at && r.created_at < created_before) out.push_back(r);
  }
  std::sort(out.begin(), out.end(), [](const Referral& a, const Referral& b) {
    return std::tie(a.created_at, a.id) < std::tie(b.created_at, b.id);
  });
  if (out.size() > static_cast<std::size_t>(std::max(limit, 0))) out.resize(static_cast<std::size_t>(limit));
  return out;
}

}  // namespace sinergi::domain::test_doubles::detail
