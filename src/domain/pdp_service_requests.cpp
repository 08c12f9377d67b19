// PdpService: data-subject requests (UU 27/2022 Ps 5-14) and their 3 x 24 h deadline (Ps 30, 32, 40, 41).
#include <utility>

#include "domain/audit_log.hpp"
#include "domain/detail/access_support.hpp"
#include "domain/detail/service_support.hpp"
#include "domain/detail/text.hpp"
#include "domain/pdp_service.hpp"
#include "domain/policy.hpp"

namespace sinergi::domain {
namespace {

using core::Error;
using core::Result;

Error RequestNotFound(const std::string& id) {
  return Error::NotFound("data_subject_request.not_found", "Data-subject request " + id + " does not exist.");
}

Result<DataSubjectRequest> ReadRequest(ports::UnitOfWork& uow, const std::string& id) {
  auto found = uow.pdp().GetRequest(id);
  if (!found && found.error().code() == core::ErrorCode::kNotFound) return RequestNotFound(id);
  return found;
}

}  // namespace

Result<DataSubjectRequest> PdpService::CreateRequest(const Actor& actor, const std::string& person_id,
                                                     DataSubjectRequestInput input) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kRegistryWrite));
  SINERGI_TRY_STATUS(detail::ReadAdmittedPerson(db_, clock_, ids_, actor, person_id));
  input.kind = detail::Trim(input.kind);
  input.channel = detail::Trim(input.channel);
  detail::TrimOptional(input.note);
  const core::Timestamp now = clock_.Now();
  const core::Timestamp received = input.received_at.value_or(now);
  std::vector<core::FieldError> errors = ValidateRequest(input, received, now);
  if (!errors.empty()) return Error::Validation(std::move(errors));

  DataSubjectRequest request;
  request.id = ids_.NewId();
  request.person_id = person_id;
  request.kind = std::move(input.kind);
  request.received_at = received;
  request.due_at = RequestDueAt(received);
  request.channel = std::move(input.channel);
  request.note = std::move(input.note);
  request.created_at = now;
  request.created_by = actor.id;
  SINERGI_TRY(auto uow, db_.Begin(ports::TxMode::kWrite));
  SINERGI_TRY_STATUS(uow->pdp().InsertRequest(request));
  SINERGI_TRY_STATUS(AppendAudit(*uow, clock_, ids_, actor,
                                 {"create",
                                  "person",
                                  person_id,
                                  {request.id},
                                  {"kind", "received_at", "channel", "note"},
                                  "data_subject_request " + request.kind}));
  SINERGI_TRY_STATUS(uow->Commit());
  return request;
}

Result<DataSubjectRequest> PdpService::GetRequest(const Actor& actor, const std::string& id) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kAuditRead));
  DataSubjectRequest request;
  {
    SINERGI_TRY(auto uow, db_.Begin(ports::TxMode::kRead));
    SINERGI_TRY(request, ReadRequest(*uow, id));
  }
  SINERGI_TRY_STATUS(
      RecordAudit(db_, clock_, ids_, actor, {"read", "person", request.person_id, {id}, {}, "data_subject_request"}));
  return request;
}

Result<ports::Page<DataSubjectRequest>> PdpService::ListRequests(const Actor& actor, const ports::RequestFilter& filter,
                                                                 const ports::PageRequest& page) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kAuditRead));
  ports::Page<DataSubjectRequest> out;
  {
    SINERGI_TRY(auto uow, db_.Begin(ports::TxMode::kRead));
    SINERGI_TRY(out, uow->pdp().ListRequests(filter, page));
  }
  AuditEvent event{"list",
                   "data_subject_request",
                   "",
                   {},
                   {},
                   detail::FilterDetail({{"person_id", filter.person_id.has_value()},
                                         {"status", filter.status.has_value()},
                                         {"overdue", filter.due_before.has_value()}})};
  for (const DataSubjectRequest& r : out.items) event.record_ids.push_back(r.id);
  SINERGI_TRY_STATUS(RecordAudit(db_, clock_, ids_, actor, std::move(event)));
  return out;
}

Result<DataSubjectRequest> PdpService::CloseRequest(const Actor& actor, const std::string& id, RequestStatus outcome,
                                                    const std::optional<std::string>& outcome_note) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kAuditRead));
  SINERGI_CHECK(outcome != RequestStatus::kOpen);
  std::optional<std::string> note = outcome_note;
  detail::TrimOptional(note);
  if (outcome == RequestStatus::kRefused && !note) {
    return Error::Validation({{"outcome_note", "required",
                               "Say why the request is refused (UU 27/2022 Ps 33: danger to the safety or health of "
                               "the subject or others; Ps 15 exemptions)."}});
  }
  if (note && note->size() > kMaxNoteLength) {
    return Error::Validation({{"outcome_note", "too_long", "At most 2000 characters."}});
  }
  // An actor who may read the registry must also be allowed to see this person (need-to-know). The DPO-like
  // administrator has no registry access at all: they handle the request's workflow, never the person's data.
  if (Authorize(actor, Permission::kRegistryRead).ok()) {
    std::string person_id;
    {
      SINERGI_TRY(auto uow, db_.Begin(ports::TxMode::kRead));
      SINERGI_TRY(DataSubjectRequest peek, ReadRequest(*uow, id));
      person_id = peek.person_id;
    }
    SINERGI_TRY_STATUS(detail::ReadAdmittedPerson(db_, clock_, ids_, actor, person_id, /*include_deleted=*/true));
  }

  SINERGI_TRY(auto uow, db_.Begin(ports::TxMode::kWrite));
  SINERGI_TRY(DataSubjectRequest request, ReadRequest(*uow, id));
  if (request.status != RequestStatus::kOpen) {
    return Error::Conflict("data_subject_request.closed",
                           "Data-subject request " + id + " is already " + std::string(ToString(request.status)) + ".");
  }
  request.status = outcome;
  request.completed_at = clock_.Now();
  request.outcome_note = std::move(note);
  request.handled_by = actor.id;
  SINERGI_TRY_STATUS(uow->pdp().UpdateRequestOutcome(request));
  SINERGI_TRY_STATUS(AppendAudit(*uow, clock_, ids_, actor,
                                 {"update",
                                  "person",
                                  request.person_id,
                                  {request.id},
                                  {"status", "completed_at", "outcome_note", "handled_by"},
                                  "data_subject_request " + std::string(ToString(outcome))}));
  SINERGI_TRY_STATUS(uow->Commit());
  return request;
}

}  // namespace sinergi::domain
