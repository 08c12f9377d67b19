// RegistryService: family links (Keluarga PMI, UU 18/2017 Ps 1(3)).
#include <utility>

#include "domain/audit_log.hpp"
#include "domain/codelists.hpp"
#include "domain/detail/access_support.hpp"
#include "domain/detail/family_support.hpp"
#include "domain/detail/service_support.hpp"
#include "domain/detail/text.hpp"
#include "domain/policy.hpp"
#include "domain/registry_service.hpp"

namespace sinergi::domain {
namespace {

using core::Error;
using core::Result;

// The link as seen from `person_id`: {"link_id", "related_person_id", "relation"}, where relation is how the
// other person relates to `person_id`.
std::string LinkJson(const FamilyLink& link, const std::string& person_id) {
  const bool forward = link.person_id == person_id;
  const std::string& other = forward ? link.related_person_id : link.person_id;
  const std::string relation = forward ? link.relation : InverseRelation(link.relation);
  return "{\"link_id\":" + detail::JsonString(link.id) + ",\"related_person_id\":" + detail::JsonString(other) +
         ",\"relation\":" + detail::JsonString(relation) + "}";
}

// A link concerns both people, so each one's history and audit trail show it (from their own side).
core::Status RecordLinkChange(ports::UnitOfWork& uow, const core::Clock& clock, core::IdGenerator& ids,
                              core::Timestamp now, const Actor& actor, const FamilyLink& link, bool added) {
  for (const std::string* side : {&link.person_id, &link.related_person_id}) {
    std::optional<std::string> json = LinkJson(link, *side);
    FieldChange change{"family", added ? std::nullopt : json, added ? json : std::nullopt};
    const std::string& other = *side == link.person_id ? link.related_person_id : link.person_id;
    SINERGI_TRY_STATUS(detail::RecordChange(
        uow, clock, ids, actor,
        detail::NewChangeRecord(ids, now, actor, "person", *side, added ? "link" : "unlink", {std::move(change)}),
        "family link " + link.id + " with person " + other));
  }
  return core::Ok();
}

// The person's relatives as the actor may see them, in one read unit (closed when this returns).
Result<std::vector<FamilyMember>> ReadFamily(ports::Database& db, const Actor& actor, core::Timestamp now,
                                             const std::string& person_id) {
  SINERGI_TRY(auto uow, db.Begin(ports::TxMode::kRead));
  return detail::ReadVisibleFamily(*uow, actor, now, person_id);
}

}  // namespace

Result<FamilyLink> RegistryService::AddFamilyLink(const Actor& actor, const std::string& person_id,
                                                  const std::string& related_person_id, const std::string& relation) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kRegistryWrite));
  const std::string code = detail::Trim(relation);
  std::vector<core::FieldError> errors;
  if (!IsValidCode("hubungan_keluarga", code)) {
    errors.push_back({"relation", "unknown_code", "Not a code of the list hubungan_keluarga."});
  }
  if (person_id == related_person_id) {
    errors.push_back({"related_person_id", "self_link", "A person cannot be linked to themselves."});
  }
  if (!errors.empty()) return Error::Validation(std::move(errors));
  const core::Timestamp now = clock_.Now();

  SINERGI_TRY(auto uow, db_.Begin(ports::TxMode::kWrite));
  SINERGI_TRY_STATUS(detail::GetVisiblePerson(*uow, actor, now, person_id));
  SINERGI_TRY_STATUS(detail::GetVisiblePerson(*uow, actor, now, related_person_id, "related_person_id"));
  FamilyLink link;
  link.id = ids_.NewId();
  link.person_id = person_id;
  link.related_person_id = related_person_id;
  link.relation = code;
  link.created_at = now;
  link.created_by = actor.id;
  SINERGI_TRY_STATUS(uow->persons().InsertLink(link));
  SINERGI_TRY_STATUS(RecordLinkChange(*uow, clock_, ids_, now, actor, link, /*added=*/true));
  SINERGI_TRY_STATUS(uow->Commit());
  return link;
}

core::Status RegistryService::RemoveFamilyLink(const Actor& actor, const std::string& person_id,
                                               const std::string& link_id) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kRegistryWrite));
  const core::Timestamp now = clock_.Now();
  SINERGI_TRY(auto uow, db_.Begin(ports::TxMode::kWrite));
  SINERGI_TRY_STATUS(detail::GetVisiblePerson(*uow, actor, now, person_id, {}, /*include_deleted=*/true));
  SINERGI_TRY(FamilyLink link, uow->persons().GetLink(link_id));
  // The route names the person; a link of someone else is "not found" here rather than deletable.
  if (link.person_id != person_id && link.related_person_id != person_id) {
    return Error::NotFound("family_link.not_found", "Family link " + link_id + " does not exist for this person.");
  }
  SINERGI_TRY_STATUS(uow->persons().DeleteLink(link_id));
  SINERGI_TRY_STATUS(RecordLinkChange(*uow, clock_, ids_, now, actor, link, /*added=*/false));
  return uow->Commit();
}

Result<std::vector<FamilyMember>> RegistryService::ListFamily(const Actor& actor, const std::string& person_id) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kRegistryRead));
  SINERGI_TRY(auto family, ReadFamily(db_, actor, clock_.Now(), person_id));
  AuditEvent event{"read", "person", person_id, {}, {}, "family"};
  for (const FamilyMember& member : family) event.record_ids.push_back(member.person.id);
  SINERGI_TRY_STATUS(RecordAudit(db_, clock_, ids_, actor, std::move(event)));
  return family;
}

}  // namespace sinergi::domain
