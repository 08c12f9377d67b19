// ReadVisibleFamily: links from either side, each relative passed through the record gate.
#include "domain/detail/family_support.hpp"

#include <algorithm>

#include "domain/detail/access_support.hpp"
#include "domain/person.hpp"

namespace sinergi::domain::detail {

core::Result<std::vector<FamilyMember>> ReadVisibleFamily(ports::UnitOfWork& uow, const Actor& actor,
                                                          core::Timestamp now, const std::string& person_id) {
  SINERGI_TRY_STATUS(GetVisiblePerson(uow, actor, now, person_id));
  RecordGate gate(uow, actor, now);
  SINERGI_TRY(auto links, uow.persons().ListLinks(person_id));
  std::sort(links.begin(), links.end(), [](const FamilyLink& a, const FamilyLink& b) { return a.id < b.id; });

  std::vector<std::string> other_ids;
  for (const FamilyLink& link : links) {
    other_ids.push_back(link.person_id == person_id ? link.related_person_id : link.person_id);
  }
  SINERGI_TRY(auto others, uow.persons().GetMany(other_ids));

  std::vector<FamilyMember> family;
  for (const FamilyLink& link : links) {
    const bool forward = link.person_id == person_id;
    const std::string& other_id = forward ? link.related_person_id : link.person_id;
    auto other = std::find_if(others.begin(), others.end(), [&](const Person& p) { return p.id == other_id; });
    // Soft-deleted relatives are hidden like everywhere else; the link itself stays for the audit trail.
    if (other == others.end() || other->deleted()) continue;
    Person relative = *other;
    SINERGI_TRY(bool admitted, gate.Admit(relative));
    if (!admitted) continue;
    family.push_back(FamilyMember{link, forward ? link.relation : InverseRelation(link.relation), std::move(relative)});
  }
  return family;
}

}  // namespace sinergi::domain::detail
