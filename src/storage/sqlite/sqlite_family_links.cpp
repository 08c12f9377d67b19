// Family links of SqlitePersonRepository. A link and its inverse ("B is ANAK of A" / "A is ORANG_TUA of B")
// are one fact: both are stored with the same canonical (pair_low, pair_high, pair_relation), which a unique
// index guards.
#include <string>

#include "storage/sqlite/sqlite_repositories.hpp"

namespace sinergi::storage::sqlite {
namespace {

using domain::FamilyLink;

constexpr Query kInsert{"family_link.insert",
                        "INSERT INTO family_links (id, person_id, related_person_id, relation, pair_low, pair_high, "
                        "pair_relation, created_at, created_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"};
constexpr Query kDelete{"family_link.delete", "DELETE FROM family_links WHERE id = ?1"};
constexpr Query kGet{"family_link.get",
                     "SELECT id, person_id, related_person_id, relation, created_at, created_by FROM family_links "
                     "WHERE id = ?1"};
constexpr Query kList{"family_link.list_by_person",
                      "SELECT id, person_id, related_person_id, relation, created_at, created_by FROM family_links "
                      "WHERE person_id = ?1 UNION ALL "
                      "SELECT id, person_id, related_person_id, relation, created_at, created_by FROM family_links "
                      "WHERE related_person_id = ?1 AND person_id <> ?1 ORDER BY id"};

const ConstraintReasons kInsertReasons =
    ConstraintReasons()
        .Unique({"family_link.exists", "These two persons are already linked with this relation."})
        .PrimaryKey({"family_link.exists", "A family link with this id already exists."})
        .ForeignKey({"person.not_found", "A linked person does not exist."})
        .Check({"family_link.self", "A person cannot be linked to themself."});

FamilyLink ReadLink(const Statement& s) {
  FamilyLink link;
  link.id = s.Text(0);
  link.person_id = s.Text(1);
  link.related_person_id = s.Text(2);
  link.relation = s.Text(3);
  link.created_at = s.Time(4);
  link.created_by = s.Text(5);
  return link;
}

}  // namespace

core::Status SqlitePersonRepository::InsertLink(const FamilyLink& link) {
  // Seen from the smaller id: "related is R of person" == "person is Inverse(R) of related".
  const bool forward = link.person_id <= link.related_person_id;
  SINERGI_TRY(auto stmt, conn_.Prepare(kInsert));
  stmt->BindText(1, link.id);
  stmt->BindText(2, link.person_id);
  stmt->BindText(3, link.related_person_id);
  stmt->BindText(4, link.relation);
  stmt->BindText(5, forward ? link.person_id : link.related_person_id);
  stmt->BindText(6, forward ? link.related_person_id : link.person_id);
  stmt->BindText(7, forward ? link.relation : domain::InverseRelation(link.relation));
  stmt->BindTime(8, link.created_at);
  stmt->BindText(9, link.created_by);
  return stmt->Exec(kInsertReasons);
}

core::Status SqlitePersonRepository::DeleteLink(const std::string& link_id) {
  SINERGI_TRY(auto stmt, conn_.Prepare(kDelete));
  stmt->BindText(1, link_id);
  SINERGI_TRY_STATUS(stmt->Exec());
  if (stmt->Changes() == 0) return core::Error::NotFound("family_link.not_found", "No family link has this id.");
  return core::Ok();
}

core::Result<FamilyLink> SqlitePersonRepository::GetLink(const std::string& link_id) {
  SINERGI_TRY(auto stmt, conn_.Prepare(kGet));
  stmt->BindText(1, link_id);
  SINERGI_TRY(bool found, stmt->Step());
  if (!found) return core::Error::NotFound("family_link.not_found", "No family link has this id.");
  return ReadLink(*stmt);
}

core::Result<std::vector<FamilyLink>> SqlitePersonRepository::ListLinks(const std::string& person_id) {
  SINERGI_TRY(auto stmt, conn_.Prepare(kList));
  stmt->BindText(1, person_id);
  std::vector<FamilyLink> out;
  while (true) {
    SINERGI_TRY(bool row, stmt->Step());
    if (!row) return out;
    out.push_back(ReadLink(*stmt));
  }
}

}  // namespace sinergi::storage::sqlite
