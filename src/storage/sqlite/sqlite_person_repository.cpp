// Persons: rows, name keys and the trigram name index. Family links live in sqlite_family_links.cpp.
#include <algorithm>
#include <set>
#include <string>

#include "storage/common/filtered_query.hpp"
#include "storage/common/json_text.hpp"
#include "storage/common/paging.hpp"
#include "storage/sqlite/sqlite_list_scope.hpp"
#include "storage/sqlite/sqlite_repositories.hpp"

namespace sinergi::storage::sqlite {
namespace {

using domain::Person;
using domain::ports::NameCandidate;
using domain::ports::Page;
using domain::ports::PageRequest;
using domain::ports::PersonFilter;

#define SINERGI_PERSON_COLUMNS                                                                          \
  "id, version, full_name, aliases, nik, passport_number, sex, birth_date, birth_place, address_line, " \
  "address_region_code, phone, marital_status, education, skills, pmi_status, warnings, created_at, "   \
  "updated_at, created_by, updated_by, deleted_at, delete_reason, owner_agency_id, protected"

// Parameters ?1..?25 follow SINERGI_PERSON_COLUMNS; Update adds ?26 = expected version and leaves the
// creation columns (?18 created_at, ?20 created_by, ?24 owner_agency_id) untouched.
constexpr Query kInsert{"person.insert", "INSERT INTO persons (" SINERGI_PERSON_COLUMNS
                                         ") VALUES (?1, ?2, ?3, ?4, "
                                         "?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, "
                                         "?20, ?21, ?22, ?23, ?24, ?25)"};
constexpr Query kUpdate{"person.update",
                        "UPDATE persons SET version = ?2, full_name = ?3, aliases = ?4, nik = ?5, "
                        "passport_number = ?6, sex = ?7, birth_date = ?8, birth_place = ?9, address_line = ?10, "
                        "address_region_code = ?11, phone = ?12, marital_status = ?13, education = ?14, "
                        "skills = ?15, pmi_status = ?16, warnings = ?17, updated_at = ?19, updated_by = ?21, "
                        "deleted_at = ?22, delete_reason = ?23, protected = ?25 WHERE id = ?1 AND version = ?26"};
constexpr Query kGet{"person.get", "SELECT " SINERGI_PERSON_COLUMNS " FROM persons WHERE id = ?1"};
constexpr Query kGetMany{
    "person.get_many", "SELECT " SINERGI_PERSON_COLUMNS " FROM persons WHERE id IN (SELECT value FROM json_each(?1))"};
constexpr Query kExists{"person.exists", "SELECT 1 FROM persons WHERE id = ?1"};
constexpr Query kDeleteKeys{"person.delete_name_keys", "DELETE FROM person_name_keys WHERE person_id = ?1"};
constexpr Query kInsertKey{"person.insert_name_key",
                           "INSERT OR IGNORE INTO person_name_keys (person_id, name_key) VALUES (?1, ?2)"};
// Name candidates of persons `p` the list scope admits (sqlite_list_scope.hpp), named per scope shape.
// Trigram: the FTS5 query ORs the searched key's trigrams; bm25 favours keys sharing many (rare) ones.
// Parameters: ?1 FTS query, ?2 limit, ?3.. the scope.
constexpr int kTrigramScopeParam = 3;
FilteredQuery TrigramCandidatesQuery(const domain::ListScope& scope) {
  FilteredQuery q("person.name_candidates_trigram",
                  "SELECT k.person_id, k.name_key FROM person_name_fts f JOIN person_name_keys k ON k.id = f.rowid "
                  "JOIN persons p ON p.id = k.person_id");
  q.sql += " AND person_name_fts MATCH ?1 AND p.deleted_at IS NULL";
  if (auto condition = ListScopeCondition(scope, "p", kTrigramScopeParam)) q.Add(true, condition->tag, condition->sql);
  q.sql += " ORDER BY f.rank, k.person_id LIMIT ?2";
  return q;
}
// Keys too short to have a trigram: prefix range on the plain index. Parameters: ?1/?2 key range, ?3 limit,
// ?4.. the scope.
constexpr int kPrefixScopeParam = 4;
FilteredQuery PrefixCandidatesQuery(const domain::ListScope& scope) {
  FilteredQuery q("person.name_candidates_prefix",
                  "SELECT k.person_id, k.name_key FROM person_name_keys k JOIN persons p ON p.id = k.person_id");
  q.sql += " AND k.name_key >= ?1 AND k.name_key < ?2 AND p.deleted_at IS NULL";
  if (auto condition = ListScopeCondition(scope, "p", kPrefixScopeParam)) q.Add(true, condition->tag, condition->sql);
  q.sql += " ORDER BY k.name_key, k.person_id LIMIT ?3";
  return q;
}

const ConstraintReasons kPersonWrite = ConstraintReasons()
                                           .Unique({"person.nik_taken", "Another person already has this NIK."})
                                           .PrimaryKey({"person.exists", "A person with this id already exists."});

// address_line and phone are sealed (storage/common/sealed_fields.hpp).
core::Status BindPerson(Statement& s, const Person& p, const Sealer& sealer) {
  const domain::PersonData& d = p.data;
  SINERGI_TRY(auto address_line, sealer.Seal(d.address_line));
  SINERGI_TRY(auto phone, sealer.Seal(d.phone));
  s.BindText(1, p.id);
  s.BindInt(2, p.version);
  s.BindText(3, d.full_name);
  s.BindText(4, EncodeStringArray(d.aliases));
  s.BindOptText(5, d.nik);
  s.BindOptText(6, d.passport_number);
  s.BindOptText(7, d.sex);
  s.BindOptDate(8, d.birth_date);
  s.BindOptText(9, d.birth_place);
  s.BindOptText(10, address_line);
  s.BindOptText(11, d.address_region_code);
  s.BindOptText(12, phone);
  s.BindOptText(13, d.marital_status);
  s.BindOptText(14, d.education);
  s.BindText(15, EncodeStringArray(d.skills));
  s.BindOptText(16, d.pmi_status);
  s.BindText(17, EncodeWarnings(p.warnings));
  s.BindTime(18, p.created_at);
  s.BindTime(19, p.updated_at);
  s.BindText(20, p.created_by);
  s.BindText(21, p.updated_by);
  s.BindOptTime(22, p.deleted_at);
  s.BindOptText(23, p.delete_reason);
  s.BindOptText(24, p.owner_agency_id);
  s.BindInt(25, d.protected_identity ? 1 : 0);
  return core::Ok();
}

core::Result<Person> ReadPerson(const Statement& s, const Sealer& sealer) {
  Person p;
  domain::PersonData& d = p.data;
  p.id = s.Text(0);
  p.version = s.Int(1);
  d.full_name = s.Text(2);
  SINERGI_TRY(d.aliases, DecodeStringArray(s.Text(3)));
  d.nik = s.OptText(4);
  d.passport_number = s.OptText(5);
  d.sex = s.OptText(6);
  d.birth_date = s.OptDate(7);
  d.birth_place = s.OptText(8);
  SINERGI_TRY(d.address_line, sealer.Open(s.OptText(9)));
  d.address_region_code = s.OptText(10);
  SINERGI_TRY(d.phone, sealer.Open(s.OptText(11)));
  d.marital_status = s.OptText(12);
  d.education = s.OptText(13);
  SINERGI_TRY(d.skills, DecodeStringArray(s.Text(14)));
  d.pmi_status = s.OptText(15);
  SINERGI_TRY(p.warnings, DecodeWarnings(s.Text(16)));
  p.created_at = s.Time(17);
  p.updated_at = s.Time(18);
  p.created_by = s.Text(19);
  p.updated_by = s.Text(20);
  p.deleted_at = s.OptTime(21);
  p.delete_reason = s.OptText(22);
  p.owner_agency_id = s.OptText(23);
  d.protected_identity = s.Int(24) != 0;
  return p;
}

// The filtered list (storage/common/filtered_query.hpp). Parameters: ?1 nik, ?2 passport, ?3 sex,
// ?4 pmi_status, ?5/?6 region range, ?7 after, ?8 limit, ?9.. the scope.
constexpr int kListScopeParam = 9;
FilteredQuery PersonListQuery() {
  return {"person.list", "SELECT " SINERGI_PERSON_COLUMNS " FROM persons"};
}

#undef SINERGI_PERSON_COLUMNS

// Distinct trigrams of a key (by UTF-8 code point), each a quoted FTS5 phrase, OR-ed.
std::string TrigramQuery(const std::vector<std::string>& chars) {
  std::set<std::string> seen;
  std::string query;
  for (std::size_t i = 0; i + 3 <= chars.size(); ++i) {
    std::string gram = chars[i] + chars[i + 1] + chars[i + 2];
    if (!seen.insert(gram).second) continue;
    if (!query.empty()) query += " OR ";
    query += '"';
    for (char c : gram) query += c == '"' ? std::string("\"\"") : std::string(1, c);
    query += '"';
  }
  return query;
}

std::vector<std::string> CodePoints(const std::string& text) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < text.size();) {
    std::size_t n = 1;
    while (i + n < text.size() && (static_cast<unsigned char>(text[i + n]) & 0xC0) == 0x80) ++n;
    out.push_back(text.substr(i, n));
    i += n;
  }
  return out;
}

}  // namespace

core::Status SqlitePersonRepository::Insert(const Person& person, const std::vector<std::string>& name_keys) {
  {
    SINERGI_TRY(auto stmt, conn_.Prepare(kInsert));
    SINERGI_TRY_STATUS(BindPerson(*stmt, person, sealer_));
    SINERGI_TRY_STATUS(stmt->Exec(kPersonWrite));
  }
  return ReplaceNameKeys(person.id, name_keys);
}

core::Result<Person> SqlitePersonRepository::Get(const std::string& id) {
  SINERGI_TRY(auto stmt, conn_.Prepare(kGet));
  stmt->BindText(1, id);
  SINERGI_TRY(bool found, stmt->Step());
  if (!found) return core::Error::NotFound("person.not_found", "No person has this id.");
  return ReadPerson(*stmt, sealer_);
}

core::Result<std::vector<Person>> SqlitePersonRepository::GetMany(const std::vector<std::string>& ids) {
  std::vector<Person> out;
  if (ids.empty()) return out;
  SINERGI_TRY(auto stmt, conn_.Prepare(kGetMany));
  stmt->BindText(1, EncodeStringArray(ids));
  while (true) {
    SINERGI_TRY(bool row, stmt->Step());
    if (!row) break;
    SINERGI_TRY(auto person, ReadPerson(*stmt, sealer_));
    out.push_back(std::move(person));
  }
  return out;
}

core::Status SqlitePersonRepository::Update(const Person& person, std::int64_t expected_version,
                                            const std::vector<std::string>& name_keys) {
  int changed = 0;
  {
    SINERGI_TRY(auto stmt, conn_.Prepare(kUpdate));
    SINERGI_TRY_STATUS(BindPerson(*stmt, person, sealer_));
    stmt->BindInt(26, expected_version);
    SINERGI_TRY_STATUS(stmt->Exec(kPersonWrite));
    changed = stmt->Changes();
  }
  if (changed == 0) {
    SINERGI_TRY(auto stmt, conn_.Prepare(kExists));
    stmt->BindText(1, person.id);
    SINERGI_TRY(bool exists, stmt->Step());
    if (!exists) return core::Error::NotFound("person.not_found", "No person has this id.");
    return core::Error::StaleVersion();
  }
  return ReplaceNameKeys(person.id, name_keys);
}

core::Status SqlitePersonRepository::ReplaceNameKeys(const std::string& person_id,
                                                     const std::vector<std::string>& name_keys) {
  {
    SINERGI_TRY(auto del, conn_.Prepare(kDeleteKeys));
    del->BindText(1, person_id);
    SINERGI_TRY_STATUS(del->Exec());
  }
  SINERGI_TRY(auto ins, conn_.Prepare(kInsertKey));
  for (const std::string& key : name_keys) {
    if (key.empty()) continue;
    ins->BindText(1, person_id);
    ins->BindText(2, key);
    SINERGI_TRY_STATUS(ins->Exec());
    ins->Reset();
  }
  return core::Ok();
}

core::Result<Page<Person>> SqlitePersonRepository::List(const PersonFilter& filter, const PageRequest& page) {
  FilteredQuery shape = PersonListQuery();
  shape.Add(!filter.include_deleted, "live", "deleted_at IS NULL");
  shape.Add(filter.nik.has_value(), "nik", "nik = ?1");
  shape.Add(filter.passport_number.has_value(), "passport", "passport_number = ?2");
  shape.Add(filter.sex.has_value(), "sex", "sex = ?3");
  shape.Add(filter.pmi_status.has_value(), "status", "pmi_status = ?4");
  // Codes hold digits and dots only, so [prefix, prefix + "/") is the prefix itself and everything below it.
  shape.Add(filter.region_prefix.has_value(), "region", "address_region_code >= ?5 AND address_region_code < ?6");
  if (auto condition = ListScopeCondition(filter.scope, "persons", kListScopeParam)) {
    shape.Add(true, condition->tag, condition->sql);
  }
  shape.Add(page.after.has_value(), "after", "id > ?7");
  shape.sql += " ORDER BY id LIMIT ?8";

  SINERGI_TRY(auto stmt, conn_.Prepare({shape.name, shape.sql}));
  if (filter.nik) stmt->BindText(1, *filter.nik);
  if (filter.passport_number) stmt->BindText(2, *filter.passport_number);
  if (filter.sex) stmt->BindText(3, *filter.sex);
  if (filter.pmi_status) stmt->BindText(4, *filter.pmi_status);
  if (filter.region_prefix) {
    stmt->BindText(5, *filter.region_prefix);
    stmt->BindText(6, *filter.region_prefix + "/");
  }
  if (page.after) stmt->BindText(7, *page.after);
  stmt->BindInt(8, FetchLimit(page));
  BindListScope(*stmt, filter.scope, kListScopeParam);

  Page<Person> out;
  while (true) {
    SINERGI_TRY(bool row, stmt->Step());
    if (!row) break;
    SINERGI_TRY(auto person, ReadPerson(*stmt, sealer_));
    out.items.push_back(std::move(person));
  }
  FinishPage(out, page, [](const Person& p) { return p.id; });
  return out;
}

core::Result<std::vector<NameCandidate>> SqlitePersonRepository::FindNameCandidates(const std::string& name_key,
                                                                                    int limit,
                                                                                    const domain::ListScope& scope) {
  std::vector<NameCandidate> out;
  if (name_key.empty() || limit <= 0) return out;
  std::vector<std::string> chars = CodePoints(name_key);
  auto read_all = [&out](Statement& stmt) -> core::Status {
    while (true) {
      SINERGI_TRY(bool row, stmt.Step());
      if (!row) return core::Ok();
      out.push_back({stmt.Text(0), stmt.Text(1)});
    }
  };
  if (chars.size() < 3) {
    const FilteredQuery query = PrefixCandidatesQuery(scope);
    SINERGI_TRY(auto stmt, conn_.Prepare({query.name, query.sql}));
    stmt->BindText(1, name_key);
    stmt->BindText(2, name_key + "\xFF");  // above every UTF-8 continuation of the prefix
    stmt->BindInt(3, limit);
    BindListScope(*stmt, scope, kPrefixScopeParam);
    SINERGI_TRY_STATUS(read_all(*stmt));
    return out;
  }
  const FilteredQuery query = TrigramCandidatesQuery(scope);
  SINERGI_TRY(auto stmt, conn_.Prepare({query.name, query.sql}));
  stmt->BindText(1, TrigramQuery(chars));
  stmt->BindInt(2, limit);
  BindListScope(*stmt, scope, kTrigramScopeParam);
  SINERGI_TRY_STATUS(read_all(*stmt));
  return out;
}

}  // namespace sinergi::storage::sqlite
