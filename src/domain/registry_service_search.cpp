// RegistryService::SearchPersons: one box that finds a person by NIK, passport number or (fuzzy) name.
#include <algorithm>
#include <map>
#include <utility>

#include "domain/audit_log.hpp"
#include "domain/detail/access_support.hpp"
#include "domain/detail/text.hpp"
#include "domain/name_match.hpp"
#include "domain/policy.hpp"
#include "domain/registry_service.hpp"

namespace sinergi::domain {
namespace {

using core::Error;
using core::Result;

constexpr int kMaxLimit = 200;
// How many stored keys the repository proposes for re-scoring. Generous, because the trigram pre-filter is
// crude and recall matters more than speed at registry sizes.
constexpr int kNameCandidates = 200;
constexpr int kMaxExactMatches = 20;  // NIK/passport hits; more than a handful means duplicated records

bool IsDigit(char c) {
  return c >= '0' && c <= '9';
}
bool IsUpperLetter(char c) {
  return c >= 'A' && c <= 'Z';
}

std::string WithoutSeparators(std::string_view q) {
  std::string out;
  for (char c : q) {
    if (c != ' ' && c != '\t' && c != '.' && c != '-') out.push_back(c);
  }
  return out;
}

bool LooksLikeNik(const std::string& compact) {
  return compact.size() == 16 && std::all_of(compact.begin(), compact.end(), IsDigit);
}

// Passport numbers are 6-12 letters/digits with at least one digit (a plain word is a name).
bool LooksLikePassport(const std::string& upper) {
  return upper.size() >= 6 && upper.size() <= 12 &&
         std::all_of(upper.begin(), upper.end(), [](char c) { return IsDigit(c) || IsUpperLetter(c); }) &&
         std::any_of(upper.begin(), upper.end(), IsDigit);
}

// Letters or digits in the query (non-ASCII bytes count, so "Ṡiti" is not rejected as too short).
std::size_t SignificantChars(std::string_view q) {
  std::size_t n = 0;
  for (char c : q) {
    const auto u = static_cast<unsigned char>(c);
    if ((u >= 0xC0U) || IsDigit(c) || IsUpperLetter(c) || (c >= 'a' && c <= 'z')) ++n;
  }
  return n;
}

struct Scored {
  double score = 0;
  std::string matched_on;
};

void Offer(std::map<std::string, Scored>& best, const std::string& person_id, double score, std::string matched_on) {
  auto [it, inserted] = best.try_emplace(person_id, Scored{score, matched_on});
  if (!inserted && score > it->second.score) it->second = Scored{score, std::move(matched_on)};
}

Result<std::vector<Person>> ExactMatches(ports::PersonRepository& persons, ports::PersonFilter filter) {
  ports::PageRequest page;
  page.limit = kMaxExactMatches;
  SINERGI_TRY(auto found, persons.List(filter, page));
  return std::move(found.items);
}

// The matches for a validated query the actor may see (masked as needed), best first, in one read unit (closed
// when this returns). The policy's restriction goes into every query, so out-of-scope persons take up neither
// the exact-match limit nor the name candidates; the gate checks each match again before it is returned.
Result<std::vector<PersonMatch>> FindMatches(ports::Database& db, const Actor& actor, core::Timestamp now,
                                             const std::string& q, const std::string& compact, int limit) {
  SINERGI_TRY(auto uow, db.Begin(ports::TxMode::kRead));
  detail::RecordGate gate(*uow, actor, now);
  SINERGI_TRY(const ListScope scope, gate.ListRestriction());
  std::map<std::string, Scored> best;  // person id -> best score
  std::map<std::string, Person> people;

  if (LooksLikeNik(compact)) {
    ports::PersonFilter filter;
    filter.nik = compact;
    filter.scope = scope;
    SINERGI_TRY(auto found, ExactMatches(uow->persons(), filter));
    for (Person& p : found) {
      Offer(best, p.id, 1.0, "nik");
      people.emplace(p.id, std::move(p));
    }
  } else {
    const std::string upper = detail::ToUpperAscii(compact);
    if (LooksLikePassport(upper)) {
      ports::PersonFilter filter;
      filter.passport_number = upper;
      filter.scope = scope;
      SINERGI_TRY(auto found, ExactMatches(uow->persons(), filter));
      for (Person& p : found) {
        Offer(best, p.id, 1.0, "passport_number");
        people.emplace(p.id, std::move(p));
      }
    }
    const std::string key = NameKey(q);
    if (key.size() >= 2) {
      SINERGI_TRY(auto candidates, uow->persons().FindNameCandidates(key, kNameCandidates, scope));
      // Best-scoring stored key per person; whether it was the full name or an alias is decided below.
      std::map<std::string, std::pair<double, std::string>> by_person;
      for (const ports::NameCandidate& c : candidates) {
        const double score = NameSimilarity(key, c.name_key);
        if (score < kNameMatchThreshold) continue;
        auto [it, inserted] = by_person.try_emplace(c.person_id, score, c.name_key);
        if (!inserted && score > it->second.first) it->second = {score, c.name_key};
      }
      std::vector<std::string> ids;
      for (const auto& [id, scored] : by_person) {
        if (!people.contains(id)) ids.push_back(id);
      }
      SINERGI_TRY(auto found, uow->persons().GetMany(ids));
      for (Person& p : found) people.emplace(p.id, std::move(p));
      for (const auto& [id, scored] : by_person) {
        auto person = people.find(id);
        if (person == people.end()) continue;  // deleted between the two reads: nothing to show
        const bool on_name = scored.second == NameKey(person->second.data.full_name);
        Offer(best, id, scored.first, on_name ? "name" : "alias");
      }
    }
  }

  std::vector<Person> found;
  for (auto& [id, scored] : best) {
    auto person = people.find(id);
    if (person == people.end() || person->second.deleted()) continue;
    found.push_back(std::move(person->second));
  }
  SINERGI_TRY(found, gate.AdmitListed(std::move(found)));
  std::vector<PersonMatch> matches;
  for (Person& person : found) {
    const Scored& scored = best.at(person.id);
    matches.push_back(PersonMatch{std::move(person), scored.score, scored.matched_on});
  }
  std::sort(matches.begin(), matches.end(), [](const PersonMatch& a, const PersonMatch& b) {
    if (a.score != b.score) return a.score > b.score;
    if (a.person.data.full_name != b.person.data.full_name) return a.person.data.full_name < b.person.data.full_name;
    return a.person.id < b.person.id;
  });
  if (matches.size() > static_cast<std::size_t>(limit)) matches.resize(static_cast<std::size_t>(limit));
  return matches;
}

// What kind of search ran, for the audit entry: the query itself may be a NIK or a name, both personal data.
std::string SearchDetail(const std::string& compact) {
  if (LooksLikeNik(compact)) return "search: nik";
  if (LooksLikePassport(detail::ToUpperAscii(compact))) return "search: passport_number, name";
  return "search: name";
}

}  // namespace

Result<std::vector<PersonMatch>> RegistryService::SearchPersons(const Actor& actor, const std::string& query,
                                                                int limit) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kRegistryRead));
  const std::string q = detail::CollapseSpaces(query);
  if (SignificantChars(q) < 2) {
    return Error::Validation({{"q", "too_short", "Search with at least 2 letters or digits."}});
  }
  const std::string compact = WithoutSeparators(q);
  SINERGI_TRY(auto matches, FindMatches(db_, actor, clock_.Now(), q, compact, std::clamp(limit, 1, kMaxLimit)));
  AuditEvent event{"list", "person", {}, {}, {}, SearchDetail(compact)};
  for (const PersonMatch& m : matches) event.record_ids.push_back(m.person.id);
  SINERGI_TRY_STATUS(RecordAudit(db_, clock_, ids_, actor, std::move(event)));
  return matches;
}

}  // namespace sinergi::domain
