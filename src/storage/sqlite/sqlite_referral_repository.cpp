// Referrals in SQLite (migration 0009_referrals.sql). The referred persons live in referral_persons (read back
// with each referral as one JSON array column), so the access grants are indexed queries.
#include "storage/sqlite/sqlite_referral_repository.hpp"

#include <string>
#include <utility>

#include "storage/common/filtered_query.hpp"
#include "storage/common/json_text.hpp"
#include "storage/common/paging.hpp"

namespace sinergi::storage::sqlite {
namespace {

using domain::Referral;
using domain::ports::Page;
using domain::ports::PageRequest;
using domain::ports::ReferralFilter;

#define SINERGI_REFERRAL_COLUMNS                                                                              \
  "id, version, case_id, from_agency_id, to_agency_id, services, message, urgency, consent_override_reason, " \
  "status, consent_ids, forwarded_from_referral_id, forwarded_to_referral_id, created_at, created_by, "       \
  "responded_at, responded_by, decline_reason, completed_at, completed_by, outcome, revoked_at, revoked_by, " \
  "revoke_reason, forwarded_at, forwarded_by, escalated_at"
// Every read also brings the referred persons in the sender's order.
#define SINERGI_REFERRAL_SELECT                                                           \
  "SELECT " SINERGI_REFERRAL_COLUMNS                                                      \
  ", (SELECT json_group_array(person_id) FROM (SELECT person_id FROM referral_persons p " \
  "WHERE p.referral_id = referrals.id ORDER BY p.position)) FROM referrals"

// ?1..?27 follow SINERGI_REFERRAL_COLUMNS; Update binds them all and adds ?28 = expected version (the fixed columns
// are not written, and a trigger refuses changing them).
constexpr Query kInsert{"referral.insert", "INSERT INTO referrals (" SINERGI_REFERRAL_COLUMNS
                                           ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, "
                                           "?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27)"};
constexpr Query kUpdate{"referral.update",
                        "UPDATE referrals SET version = ?2, status = ?10, forwarded_to_referral_id = ?13, "
                        "responded_at = ?16, responded_by = ?17, decline_reason = ?18, completed_at = ?19, "
                        "completed_by = ?20, outcome = ?21, revoked_at = ?22, revoked_by = ?23, revoke_reason = ?24, "
                        "forwarded_at = ?25, forwarded_by = ?26, escalated_at = ?27 WHERE id = ?1 AND version = ?28"};
constexpr Query kInsertPerson{"referral.insert_person",
                              "INSERT INTO referral_persons (referral_id, position, person_id) VALUES (?1, ?2, ?3)"};
constexpr Query kGet{"referral.get", SINERGI_REFERRAL_SELECT " WHERE id = ?1"};
constexpr Query kExists{"referral.exists", "SELECT 1 FROM referrals WHERE id = ?1"};
constexpr Query kCaseExists{"referral.case_exists", "SELECT 1 FROM cases WHERE id = ?1"};
constexpr Query kAgencyExists{"referral.agency_exists", "SELECT 1 FROM agencies WHERE id = ?1"};
constexpr Query kSharedCases{"referral.shared_case_ids",
                             "SELECT DISTINCT case_id FROM referrals WHERE to_agency_id = ?1 AND status IN "
                             "('DITERIMA', 'SELESAI')"};
constexpr Query kSharedPersons{
    "referral.shared_person_ids",
    "SELECT DISTINCT p.person_id FROM referrals r JOIN referral_persons p ON "
    "p.referral_id = r.id WHERE r.to_agency_id = ?1 AND r.status IN ('DITERIMA', 'SELESAI')"};
constexpr Query kSharedPersonsOfCase{"referral.shared_person_ids_of_case",
                                     "SELECT DISTINCT p.person_id FROM referrals r JOIN referral_persons p ON "
                                     "p.referral_id = r.id WHERE r.to_agency_id = ?1 AND r.case_id = ?2 AND "
                                     "r.status IN ('DITERIMA', 'SELESAI')"};
constexpr Query kPending{"referral.pending_unescalated", SINERGI_REFERRAL_SELECT
                         " WHERE status = 'MENUNGGU' AND escalated_at IS NULL AND "
                         "created_at < ?1 ORDER BY created_at, id LIMIT ?2"};

const ConstraintReasons kReferralWrite = ConstraintReasons()
                                             .PrimaryKey({"referral.exists", "A referral with this id already exists."})
                                             .ForeignKey({"case.not_found", "No case has this id."});
const ConstraintReasons kPersonWrite = ConstraintReasons()
                                           .PrimaryKey({"referral.exists", "A referral lists a position twice."})
                                           .ForeignKey({"person.not_found", "No person has this id."});

core::Error ReferralNotFound() {
  return core::Error::NotFound("referral.not_found", "No referral has this id.");
}

core::Status Bind(Statement& s, const Referral& r, const Sealer& sealer) {
  SINERGI_TRY(std::string message, sealer.Seal(r.data.message));
  SINERGI_TRY(auto decline_reason, sealer.Seal(r.decline_reason));
  SINERGI_TRY(auto outcome, sealer.Seal(r.outcome));
  SINERGI_TRY(auto revoke_reason, sealer.Seal(r.revoke_reason));
  s.BindText(1, r.id);
  s.BindInt(2, r.version);
  s.BindText(3, r.case_id);
  s.BindText(4, r.from_agency_id);
  s.BindText(5, r.data.to_agency_id);
  s.BindText(6, EncodeStringArray(r.data.services));
  s.BindText(7, message);
  s.BindText(8, r.data.urgency);
  s.BindOptText(9, r.data.consent_override_reason);
  s.BindText(10, domain::ToString(r.status));
  s.BindText(11, EncodeStringArray(r.consent_ids));
  s.BindOptText(12, r.forwarded_from_referral_id);
  s.BindOptText(13, r.forwarded_to_referral_id);
  s.BindTime(14, r.created_at);
  s.BindText(15, r.created_by);
  s.BindOptTime(16, r.responded_at);
  s.BindOptText(17, r.responded_by);
  s.BindOptText(18, decline_reason);
  s.BindOptTime(19, r.completed_at);
  s.BindOptText(20, r.completed_by);
  s.BindOptText(21, outcome);
  s.BindOptTime(22, r.revoked_at);
  s.BindOptText(23, r.revoked_by);
  s.BindOptText(24, revoke_reason);
  s.BindOptTime(25, r.forwarded_at);
  s.BindOptText(26, r.forwarded_by);
  s.BindOptTime(27, r.escalated_at);
  return core::Ok();
}

core::Result<Referral> ReadReferral(const Statement& s, const Sealer& sealer) {
  Referral r;
  r.id = s.Text(0);
  r.version = s.Int(1);
  r.case_id = s.Text(2);
  r.from_agency_id = s.Text(3);
  r.data.to_agency_id = s.Text(4);
  SINERGI_TRY(r.data.services, DecodeStringArray(s.Text(5)));
  SINERGI_TRY(r.data.message, sealer.Open(s.Text(6)));
  r.data.urgency = s.Text(7);
  r.data.consent_override_reason = s.OptText(8);
  auto status = domain::ParseReferralStatus(s.Text(9));
  if (!status) return core::Error::Internal("referral " + r.id + " has an unknown stored status");
  r.status = *status;
  SINERGI_TRY(r.consent_ids, DecodeStringArray(s.Text(10)));
  r.forwarded_from_referral_id = s.OptText(11);
  r.forwarded_to_referral_id = s.OptText(12);
  r.created_at = s.Time(13);
  r.created_by = s.Text(14);
  r.responded_at = s.OptTime(15);
  r.responded_by = s.OptText(16);
  SINERGI_TRY(r.decline_reason, sealer.Open(s.OptText(17)));
  r.completed_at = s.OptTime(18);
  r.completed_by = s.OptText(19);
  SINERGI_TRY(r.outcome, sealer.Open(s.OptText(20)));
  r.revoked_at = s.OptTime(21);
  r.revoked_by = s.OptText(22);
  SINERGI_TRY(r.revoke_reason, sealer.Open(s.OptText(23)));
  r.forwarded_at = s.OptTime(24);
  r.forwarded_by = s.OptText(25);
  r.escalated_at = s.OptTime(26);
  SINERGI_TRY(r.data.person_ids, DecodeStringArray(s.Text(27)));
  return r;
}

core::Result<std::vector<std::string>> Column(Statement& stmt) {
  std::vector<std::string> out;
  while (true) {
    SINERGI_TRY(bool row, stmt.Step());
    if (!row) break;
    out.push_back(stmt.Text(0));
  }
  return out;
}

core::Result<bool> Exists(Connection& conn, const Query& query, const std::string& id) {
  SINERGI_TRY(auto stmt, conn.Prepare(query));
  stmt->BindText(1, id);
  return stmt->Step();
}

}  // namespace

core::Status SqliteReferralRepository::ExplainMissing(core::Status failed, const Referral& referral) {
  if (failed.ok() || failed.error().reason() != "case.not_found") return failed;
  SINERGI_TRY(bool case_exists, Exists(conn_, kCaseExists, referral.case_id));
  if (!case_exists) return failed;
  for (const std::string& agency : {referral.from_agency_id, referral.data.to_agency_id}) {
    SINERGI_TRY(bool exists, Exists(conn_, kAgencyExists, agency));
    if (!exists) return core::Error::NotFound("agency.not_found", "No agency has this id.");
  }
  if (referral.forwarded_from_referral_id) return ReferralNotFound();
  return failed;
}

core::Status SqliteReferralRepository::Insert(const Referral& referral) {
  {
    SINERGI_TRY(auto stmt, conn_.Prepare(kInsert));
    SINERGI_TRY_STATUS(Bind(*stmt, referral, sealer_));
    SINERGI_TRY_STATUS(ExplainMissing(stmt->Exec(kReferralWrite), referral));
  }
  for (std::size_t i = 0; i < referral.data.person_ids.size(); ++i) {
    SINERGI_TRY(auto stmt, conn_.Prepare(kInsertPerson));
    stmt->BindText(1, referral.id);
    stmt->BindInt(2, static_cast<std::int64_t>(i));
    stmt->BindText(3, referral.data.person_ids[i]);
    SINERGI_TRY_STATUS(stmt->Exec(kPersonWrite));
  }
  return core::Ok();
}

core::Result<Referral> SqliteReferralRepository::Get(const std::string& id) {
  SINERGI_TRY(auto stmt, conn_.Prepare(kGet));
  stmt->BindText(1, id);
  SINERGI_TRY(bool found, stmt->Step());
  if (!found) return ReferralNotFound();
  return ReadReferral(*stmt, sealer_);
}

core::Status SqliteReferralRepository::Update(const Referral& referral, std::int64_t expected_version) {
  int changed = 0;
  {
    SINERGI_TRY(auto stmt, conn_.Prepare(kUpdate));
    SINERGI_TRY_STATUS(Bind(*stmt, referral, sealer_));
    stmt->BindInt(28, expected_version);
    SINERGI_TRY_STATUS(stmt->Exec());
    changed = stmt->Changes();
  }
  if (changed > 0) return core::Ok();
  SINERGI_TRY(bool exists, Exists(conn_, kExists, referral.id));
  if (!exists) return ReferralNotFound();
  return core::Error::StaleVersion();
}

core::Result<Page<Referral>> SqliteReferralRepository::List(const ReferralFilter& filter, const PageRequest& page) {
  // One named query per combination of present filters. Parameters: ?1 to, ?2 from, ?3 case, ?4 status,
  // ?5 involving agencies (JSON array), ?6 created from, ?7 created to, ?8 after, ?9 limit.
  FilteredQuery query("referral.list", SINERGI_REFERRAL_SELECT);
  query.Add(filter.to_agency_id.has_value(), "to", "to_agency_id = ?1");
  query.Add(filter.from_agency_id.has_value(), "from", "from_agency_id = ?2");
  query.Add(filter.case_id.has_value(), "case", "case_id = ?3");
  query.Add(filter.status.has_value(), "status", "status = ?4");
  query.Add(
      filter.involving_agency_ids.has_value(), "involving",
      "(from_agency_id IN (SELECT value FROM json_each(?5)) OR to_agency_id IN (SELECT value FROM json_each(?5)))");
  query.Add(filter.created_from.has_value(), "created_from", "created_at >= ?6");
  query.Add(filter.created_to.has_value(), "created_to", "created_at < ?7");
  query.Add(page.after.has_value(), "after", "id < ?8");
  query.sql += " ORDER BY id DESC LIMIT ?9";

  SINERGI_TRY(auto stmt, conn_.Prepare({query.name, query.sql}));
  if (filter.to_agency_id) stmt->BindText(1, *filter.to_agency_id);
  if (filter.from_agency_id) stmt->BindText(2, *filter.from_agency_id);
  if (filter.case_id) stmt->BindText(3, *filter.case_id);
  if (filter.status) stmt->BindText(4, domain::ToString(*filter.status));
  if (filter.involving_agency_ids) stmt->BindText(5, EncodeStringArray(*filter.involving_agency_ids));
  if (filter.created_from) stmt->BindTime(6, *filter.created_from);
  if (filter.created_to) stmt->BindTime(7, *filter.created_to);
  if (page.after) stmt->BindText(8, *page.after);
  stmt->BindInt(9, FetchLimit(page));

  Page<Referral> out;
  while (true) {
    SINERGI_TRY(bool row, stmt->Step());
    if (!row) break;
    SINERGI_TRY(auto r, ReadReferral(*stmt, sealer_));
    out.items.push_back(std::move(r));
  }
  FinishPage(out, page, [](const Referral& r) { return r.id; });
  return out;
}

core::Result<std::vector<std::string>> SqliteReferralRepository::SharedCaseIds(const std::string& agency_id) {
  SINERGI_TRY(auto stmt, conn_.Prepare(kSharedCases));
  stmt->BindText(1, agency_id);
  return Column(*stmt);
}

core::Result<std::vector<std::string>> SqliteReferralRepository::SharedPersonIds(const std::string& agency_id) {
  SINERGI_TRY(auto stmt, conn_.Prepare(kSharedPersons));
  stmt->BindText(1, agency_id);
  return Column(*stmt);
}

core::Result<std::vector<std::string>> SqliteReferralRepository::SharedPersonIdsOfCase(const std::string& agency_id,
                                                                                       const std::string& case_id) {
  SINERGI_TRY(auto stmt, conn_.Prepare(kSharedPersonsOfCase));
  stmt->BindText(1, agency_id);
  stmt->BindText(2, case_id);
  return Column(*stmt);
}

core::Result<std::vector<Referral>> SqliteReferralRepository::PendingUnescalated(core::Timestamp created_before,
                                                                                 int limit) {
  SINERGI_TRY(auto stmt, conn_.Prepare(kPending));
  stmt->BindTime(1, created_before);
  stmt->BindInt(2, limit);
  std::vector<Referral> out;
  while (true) {
    SINERGI_TRY(bool row, stmt->Step());
    if (!row) break;
    SINERGI_TRY(auto r, ReadReferral(*stmt, sealer_));
    out.push_back(std::move(r));
  }
  return out;
}

#undef SINERGI_REFERRAL_SELECT
#undef SINERGI_REFERRAL_COLUMNS

}  // namespace sinergi::storage::sqlite
