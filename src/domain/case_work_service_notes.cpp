// CaseWorkService: the append-only notes of a case. They are as sensitive as the case's summary: reading or writing
// them needs the case's sensitive fields (detail::CaseGate::SeesSensitive).
#include <utility>

#include "domain/audit_log.hpp"
#include "domain/case_work_rules.hpp"
#include "domain/case_work_service.hpp"
#include "domain/detail/case_access.hpp"
#include "domain/policy.hpp"

namespace sinergi::domain {
namespace {

using core::Error;
using core::Result;
using ports::TxMode;

core::Status RequireNoteAccess(ports::UnitOfWork& uow, const Actor& actor, const Case& c) {
  detail::CaseGate gate(uow, actor);
  SINERGI_TRY(bool sees, gate.SeesSensitive(c));
  if (sees) return core::Ok();
  return Error(core::ErrorCode::kForbidden, "forbidden",
               "The notes of a case need access to its sensitive fields (owning agency or national scope).");
}

}  // namespace

Result<CaseNote> CaseWorkService::AddNote(const Actor& actor, const std::string& case_id, std::string text) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kCaseWrite));
  const core::Timestamp now = clock_.Now();
  SINERGI_TRY(auto uow, db_.Begin(TxMode::kWrite));
  SINERGI_TRY(Case c, detail::GetVisibleCase(*uow, actor, case_id, /*for_write=*/true));
  SINERGI_TRY_STATUS(RequireNoteAccess(*uow, actor, c));
  SINERGI_TRY_STATUS(detail::RequireOpen(c));
  std::vector<core::FieldError> errors = NormaliseAndValidateNoteText(text);
  if (!errors.empty()) return Error::Validation(std::move(errors));

  CaseNote note;
  note.id = ids_.NewId();
  note.case_id = case_id;
  note.text = std::move(text);
  note.created_at = now;
  note.created_by = actor.id;
  SINERGI_TRY_STATUS(uow->case_work().InsertNote(note));
  // The note is its own append-only record: the audit entry names it, never its text.
  SINERGI_TRY_STATUS(AppendAudit(*uow, clock_, ids_, actor, {"create", "case", case_id, {note.id}, {"notes"}, "note"}));
  SINERGI_TRY_STATUS(uow->Commit());
  return note;
}

Result<std::vector<CaseNote>> CaseWorkService::ListNotes(const Actor& actor, const std::string& case_id) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kCaseRead));
  std::vector<CaseNote> notes;
  {
    SINERGI_TRY(auto uow, db_.Begin(TxMode::kRead));
    SINERGI_TRY(Case c, detail::GetVisibleCase(*uow, actor, case_id));
    SINERGI_TRY_STATUS(RequireNoteAccess(*uow, actor, c));
    SINERGI_TRY(notes, uow->case_work().ListNotes(case_id));
  }
  AuditEvent event{"read", "case", case_id, {}, {}, "notes"};
  for (const CaseNote& n : notes) event.record_ids.push_back(n.id);
  SINERGI_TRY_STATUS(RecordAudit(db_, clock_, ids_, actor, std::move(event)));
  return notes;
}

}  // namespace sinergi::domain
