// TEST DOUBLE: consents and data-subject requests of the in-memory database (see in_memory_database.hpp).
// Mirrors ports/pdp_repository.hpp, including its error reasons.
#include "domain/testing/in_memory_repositories.hpp"

namespace sinergi::domain::test_doubles::detail {

using core::Error;

core::Status InMemoryPdpRepository::InsertConsent(const Consent& consent) {
  if (s_.consents.contains(consent.id)) return Error::Conflict("consent.exists", "Consent id exists.");
  if (!s_.persons.contains(consent.person_id) ||
      (consent.data.guardian_person_id && !s_.persons.contains(*consent.data.guardian_person_id))) {
    return Error::NotFound("person.not_found", "The person or the guardian does not exist.");
  }
  s_.consents[consent.id] = consent;
  return core::Ok();
}

core::Result<Consent> InMemoryPdpRepository::GetConsent(const std::string& id) {
  auto it = s_.consents.find(id);
  if (it == s_.consents.end()) return Error::NotFound("consent.not_found", "No consent has this id.");
  return it->second;
}

core::Status InMemoryPdpRepository::UpdateConsentWithdrawal(const Consent& consent) {
  auto it = s_.consents.find(consent.id);
  if (it == s_.consents.end()) return Error::NotFound("consent.not_found", "No consent has this id.");
  it->second.withdrawn_at = consent.withdrawn_at;
  it->second.withdrawn_by = consent.withdrawn_by;
  it->second.withdrawal_reason = consent.withdrawal_reason;
  return core::Ok();
}

core::Result<std::vector<Consent>> InMemoryPdpRepository::ListConsents(const std::string& person_id) {
  std::vector<Consent> out;
  for (const auto& [id, consent] : s_.consents) {
    if (consent.person_id == person_id) out.push_back(consent);
  }
  return out;
}

core::Status InMemoryPdpRepository::InsertRequest(const DataSubjectRequest& request) {
  if (s_.subject_requests.contains(request.id)) {
    return Error::Conflict("data_subject_request.exists", "Request id exists.");
  }
  if (!s_.persons.contains(request.person_id)) return Error::NotFound("person.not_found", "No such person.");
  s_.subject_requests[request.id] = request;
  return core::Ok();
}

core::Result<DataSubjectRequest> InMemoryPdpRepository::GetRequest(const std::string& id) {
  auto it = s_.subject_requests.find(id);
  if (it == s_.subject_requests.end()) {
    return Error::NotFound("data_subject_request.not_found", "No data-subject request has this id.");
  }
  return it->second;
}

core::Status InMemoryPdpRepository::UpdateRequestOutcome(const DataSubjectRequest& request) {
  auto it = s_.subject_requests.find(request.id);
  if (it == s_.subject_requests.end()) {
    return Error::NotFound("data_subject_request.not_found", "No data-subject request has this id.");
  }
  it->second.status = request.status;
  it->second.completed_at = request.completed_at;
  it->second.outcome_note = request.outcome_note;
  it->second.handled_by = request.handled_by;
  return core::Ok();
}

core::Result<ports::Page<DataSubjectRequest>> InMemoryPdpRepository::ListRequests(const ports::RequestFilter& filter,
                                                                                  const ports::PageRequest& page) {
  std::vector<DataSubjectRequest> matching;
  for (const auto& [id, r] : s_.subject_requests) {
    if (filter.person_id && r.person_id != *filter.person_id) continue;
    if (filter.status && r.status != *filter.status) continue;
    if (filter.due_before && !(r.due_at < *filter.due_before)) continue;
    matching.push_back(r);
  }
  return Paginate(std::move(matching), page, [](const DataSubjectRequest& r) { return r.id; });
}

}  // namespace sinergi::domain::test_doubles::detail
