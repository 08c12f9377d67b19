// TEST DOUBLE: services delivered to cases, case notes and the task queries in the in-memory database (see
// in_memory_case_work.hpp).
#include "domain/testing/in_memory_case_work.hpp"

#include <algorithm>
#include <tuple>

#include "domain/case_work_rules.hpp"
#include "domain/policy.hpp"

namespace sinergi::domain::test_doubles::detail {
namespace {

using core::Error;

Error ServiceNotFound() {
  return Error::NotFound("case_service.not_found", "No case service has this id.");
}

bool IsClosedStatus(CaseStatus s) {
  return s == CaseStatus::kClosed || s == CaseStatus::kClosedReferred;
}

template <typename T>
std::vector<T> Limited(std::vector<T> items, int limit) {
  if (items.size() > static_cast<std::size_t>(std::max(limit, 0))) items.resize(static_cast<std::size_t>(limit));
  return items;
}

}  // namespace

core::Status InMemoryCaseWorkRepository::InsertService(const CaseServiceDelivery& service) {
  if (!s_.cases.contains(service.case_id)) return Error::NotFound("case.not_found", "No case has this id.");
  if (service.data.person_id && !s_.persons.contains(*service.data.person_id)) {
    return Error::NotFound("person.not_found", "No person has this id.");
  }
  if (s_.case_services.contains(service.id)) {
    return Error::Conflict("case_service.exists", "A case service with this id already exists.");
  }
  CaseServiceDelivery stored = service;
  stored.due_on.reset();
  stored.masked_fields.clear();
  s_.case_services[service.id] = std::move(stored);
  return core::Ok();
}

core::Result<CaseServiceDelivery> InMemoryCaseWorkRepository::GetService(const std::string& id) {
  auto it = s_.case_services.find(id);
  if (it == s_.case_services.end()) return ServiceNotFound();
  return it->second;
}

core::Status InMemoryCaseWorkRepository::UpdateService(const CaseServiceDelivery& service,
                                                       std::int64_t expected_version) {
  auto it = s_.case_services.find(service.id);
  if (it == s_.case_services.end()) return ServiceNotFound();
  if (it->second.version != expected_version) return Error::StaleVersion();
  CaseServiceDelivery& stored = it->second;
  // The fixed fields stay as recorded, as the SQLite UPDATE leaves them.
  stored.version = service.version;
  stored.data.status = service.data.status;
  stored.data.requested_on = service.data.requested_on;
  stored.data.started_on = service.data.started_on;
  stored.data.completed_on = service.data.completed_on;
  stored.data.reference = service.data.reference;
  stored.data.outcome = service.data.outcome;
  stored.updated_at = service.updated_at;
  stored.updated_by = service.updated_by;
  return core::Ok();
}

core::Result<std::vector<CaseServiceDelivery>> InMemoryCaseWorkRepository::ListServices(const std::string& case_id) {
  std::vector<CaseServiceDelivery> out;
  for (const auto& [id, s] : s_.case_services) {
    if (s.case_id == case_id) out.push_back(s);
  }
  std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
    return std::tie(a.data.requested_on, a.id) < std::tie(b.data.requested_on, b.id);
  });
  return out;
}

core::Status InMemoryCaseWorkRepository::InsertNote(const CaseNote& note) {
  if (!s_.cases.contains(note.case_id)) return Error::NotFound("case.not_found", "No case has this id.");
  if (s_.case_notes.contains(note.id)) {
    return Error::Conflict("case_note.exists", "A case note with this id already exists.");
  }
  s_.case_notes[note.id] = note;
  return core::Ok();
}

core::Result<std::vector<CaseNote>> InMemoryCaseWorkRepository::ListNotes(const std::string& case_id) {
  std::vector<CaseNote> out;
  for (const auto& [id, n] : s_.case_notes) {
    if (n.case_id == case_id) out.push_back(n);
  }
  std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
    return std::tie(a.created_at, a.id) < std::tie(b.created_at, b.id);
  });
  return out;
}

core::Status InMemoryCaseWorkRepository::InsertAttachment(const CaseAttachment& attachment) {
  if (!s_.cases.contains(attachment.case_id)) return Error::NotFound("case.not_found", "No case has this id.");
  if (s_.case_attachments.contains(attachment.id)) {
    return Error::Conflict("case_attachment.exists", "A case attachment with this id already exists.");
  }
  s_.case_attachments[attachment.id] = attachment;
  return core::Ok();
}

core::Result<CaseAttachment> InMemoryCaseWorkRepository::GetAttachment(const std::string& id) {
  auto it = s_.case_attachments.find(id);
  if (it == s_.case_attachments.end()) {
    return Error::NotFound("case_attachment.not_found", "No case attachment has this id.");
  }
  return it->second;
}

core::Result<std::vector<CaseAttachment>> InMemoryCaseWorkRepository::ListAttachments(const std::string& case_id) {
  std::vector<CaseAttachment> out;
  for (const auto& [id, a] : s_.case_attachments) {
    if (a.case_id == case_id) out.push_back(a);
  }
  std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
    return std::tie(a.created_at, a.id) < std::tie(b.created_at, b.id);
  });
  return out;
}

bool InMemoryTaskRepository::Matches(const ports::CaseTaskQuery& query, const Case& c) const {
  if (IsClosedStatus(c.status) || c.owner_agency_id != query.owner_agency_id) return false;
  if (query.scope.everything) return true;
  RecordScope record;
  record.owner_agency_id = c.owner_agency_id;
  record.created_by = c.created_by;
  record.address_region_code = c.data.occurrence_region_code.value_or("");
  if (auto agency = s_.agencies.find(record.owner_agency_id); agency != s_.agencies.end()) {
    record.owner_agency_region = agency->second.region_code.value_or("");
  }
  return ListScopeAdmits(query.scope, c.id, record);
}

core::Result<std::vector<ports::UnreportedVictim>> InMemoryTaskRepository::UnreportedVictims(
    const ports::CaseTaskQuery& query) {
  std::vector<ports::UnreportedVictim> out;
  for (const auto& [id, party] : s_.case_parties) {
    if (party.role != "KORBAN") continue;
    auto c = s_.cases.find(party.case_id);
    if (c == s_.cases.end() || !Matches(query, c->second)) continue;
    const auto& types = c->second.data.case_types;
    if (std::find(types.begin(), types.end(), "TPPO") == types.end()) continue;
    const bool reported = std::any_of(s_.case_services.begin(), s_.case_services.end(), [&](const auto& entry) {
      return entry.second.case_id == party.case_id && IsPoliceReport(entry.second.data);
    });
    if (!reported) out.push_back({party.case_id, party.person_id, party.added_at});
  }
  std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
    return std::tie(a.added_at, a.case_id, a.person_id) < std::tie(b.added_at, b.case_id, b.person_id);
  });
  return Limited(std::move(out), query.limit);
}

core::Result<std::vector<ports::FirstAidService>> InMemoryTaskRepository::PendingFirstAid(
    const ports::CaseTaskQuery& query) {
  std::vector<ports::FirstAidService> out;
  for (const auto& [id, s] : s_.case_services) {
    if (s.data.service != kServiceFirstAid || !ServiceIsOpen(s.data.status)) continue;
    auto c = s_.cases.find(s.case_id);
    if (c == s_.cases.end() || !Matches(query, c->second)) continue;
    out.push_back({s.case_id, s.id, s.data.person_id, s.data.requested_on});
  }
  std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
    return std::tie(a.requested_on, a.case_id, a.service_id) < std::tie(b.requested_on, b.case_id, b.service_id);
  });
  return Limited(std::move(out), query.limit);
}

core::Result<std::vector<ports::MonitoredCase>> InMemoryTaskRepository::MonitoringDue(const ports::CaseTaskQuery& query,
                                                                                      core::Date started_on_or_before) {
  std::vector<ports::MonitoredCase> out;
  for (const auto& [id, c] : s_.cases) {
    if (c.status != CaseStatus::kReintegration || !c.reintegration_started) continue;
    if (*c.reintegration_started > started_on_or_before || !Matches(query, c)) continue;
    out.push_back({c.id, *c.reintegration_started});
  }
  std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
    return std::tie(a.reintegration_started, a.case_id) < std::tie(b.reintegration_started, b.case_id);
  });
  return Limited(std::move(out), query.limit);
}

core::Result<std::vector<ports::OpenSubjectRequest>> InMemoryTaskRepository::OpenSubjectRequests(
    const ListScope& person_scope, int limit) {
  std::vector<ports::OpenSubjectRequest> out;
  for (const auto& [id, r] : s_.subject_requests) {
    if (r.status != RequestStatus::kOpen) continue;
    auto stored = s_.persons.find(r.person_id);
    if (stored == s_.persons.end()) continue;
    if (!person_scope.everything) {
      const Person& p = stored->second.person;
      RecordScope record;
      record.owner_agency_id = p.owner_agency_id.value_or("");
      record.created_by = p.created_by;
      record.address_region_code = p.data.address_region_code.value_or("");
      if (auto agency = s_.agencies.find(record.owner_agency_id); agency != s_.agencies.end()) {
        record.owner_agency_region = agency->second.region_code.value_or("");
      }
      if (!ListScopeAdmits(person_scope, p.id, record)) continue;
    }
    out.push_back({r.id, r.person_id, r.due_at});
  }
  std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
    return std::tie(a.due_at, a.request_id) < std::tie(b.due_at, b.request_id);
  });
  return Limited(std::move(out), limit);
}

}  // namespace sinergi::domain::test_doubles::detail
