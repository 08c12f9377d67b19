// PdpService: the access export (UU 27/2022 Ps 7 access and copy, Ps 13 machine-readable, Ps 32 access with the
// processing trail within 3 x 24 h). One read unit for the stored records, so the document is consistent, and one
// audit entry ("export") for the whole call.
#include <algorithm>
#include <utility>

#include "domain/audit_log.hpp"
#include "domain/detail/access_support.hpp"
#include "domain/detail/family_support.hpp"
#include "domain/pdp_service.hpp"
#include "domain/policy.hpp"

namespace sinergi::domain {
namespace {

using core::Result;

constexpr int kPageSize = 200;

// Every audit entry on one entity, oldest first.
core::Status CollectAudit(ports::AuditRepository& audit, const std::string& entity_type, const std::string& entity_id,
                          std::vector<AuditEntry>& out) {
  ports::AuditFilter filter;
  filter.entity_type = entity_type;
  filter.entity_id = entity_id;
  ports::PageRequest page{kPageSize, std::nullopt};
  while (true) {
    SINERGI_TRY(auto got, audit.List(filter, page));
    for (AuditEntry& e : got.items) out.push_back(std::move(e));
    if (!got.next_after) return core::Ok();
    page.after = got.next_after;
  }
}

core::Status CollectJourneys(ports::JourneyRepository& journeys, const std::string& person_id,
                             std::vector<JourneyRecord>& out) {
  ports::JourneyFilter filter;
  filter.person_id = person_id;
  ports::PageRequest page{kPageSize, std::nullopt};
  while (true) {
    SINERGI_TRY(auto got, journeys.List(filter, page));
    for (Journey& j : got.items) {
      JourneyRecord record;
      SINERGI_TRY(record.transitions, journeys.ListTransitions(j.id));
      SINERGI_TRY(record.follow_ups, journeys.ListFollowUps(j.id));
      record.journey = std::move(j);
      out.push_back(std::move(record));
    }
    if (!got.next_after) return core::Ok();
    page.after = got.next_after;
  }
}

core::Status CollectRequests(ports::PdpRepository& pdp, const std::string& person_id,
                             std::vector<DataSubjectRequest>& out) {
  ports::RequestFilter filter;
  filter.person_id = person_id;
  ports::PageRequest page{kPageSize, std::nullopt};
  while (true) {
    SINERGI_TRY(auto got, pdp.ListRequests(filter, page));
    for (DataSubjectRequest& r : got.items) out.push_back(std::move(r));
    if (!got.next_after) return core::Ok();
    page.after = got.next_after;
  }
}

}  // namespace

Result<PersonExport> PdpService::Export(const Actor& actor, const std::string& person_id) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kRegistryRead));
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kAuditRead));
  PersonExport out;
  SINERGI_TRY(out.person, detail::ReadAdmittedPerson(db_, clock_, ids_, actor, person_id));
  {
    SINERGI_TRY(auto uow, db_.Begin(ports::TxMode::kRead));
    SINERGI_TRY(out.family, detail::ReadVisibleFamily(*uow, actor, clock_.Now(), person_id));
    SINERGI_TRY_STATUS(CollectJourneys(uow->journeys(), person_id, out.journeys));
    SINERGI_TRY(out.consents, uow->pdp().ListConsents(person_id));
    SINERGI_TRY_STATUS(CollectRequests(uow->pdp(), person_id, out.requests));
    SINERGI_TRY_STATUS(CollectAudit(uow->audit(), "person", person_id, out.audit));
    for (const JourneyRecord& j : out.journeys) {
      SINERGI_TRY_STATUS(CollectAudit(uow->audit(), "journey", j.journey.id, out.audit));
    }
  }
  std::sort(out.audit.begin(), out.audit.end(), [](const AuditEntry& a, const AuditEntry& b) { return a.seq < b.seq; });
  out.generated_at = clock_.Now();
  out.generated_by = actor.id;

  AuditEvent event{"export", "person", person_id, {}, {}, "access export"};
  for (const JourneyRecord& j : out.journeys) event.record_ids.push_back(j.journey.id);
  for (const Consent& c : out.consents) event.record_ids.push_back(c.id);
  for (const DataSubjectRequest& r : out.requests) event.record_ids.push_back(r.id);
  SINERGI_TRY_STATUS(RecordAudit(db_, clock_, ids_, actor, std::move(event)));
  return out;
}

}  // namespace sinergi::domain
