// Consents and data-subject requests in SQLite (migration 0005_pdp.sql).
#include "storage/sqlite/sqlite_pdp_repository.hpp"

#include <string>
#include <utility>

#include "storage/common/filtered_query.hpp"
#include "storage/common/json_text.hpp"
#include "storage/common/paging.hpp"

namespace sinergi::storage::sqlite {
namespace {

using domain::Consent;
using domain::DataSubjectRequest;
using domain::ports::Page;
using domain::ports::PageRequest;
using domain::ports::RequestFilter;

#define SINERGI_CONSENT_COLUMNS                                                                               \
  "id, person_id, purpose, recipient_types, lawful_basis, given_by, guardian_person_id, informed_purpose, "   \
  "informed_use, informed_storage_period, informed_right_to_access, informed_withdrawal, note, recorded_at, " \
  "recorded_by, withdrawn_at, withdrawn_by, withdrawal_reason"
#define SINERGI_REQUEST_COLUMNS                                                                               \
  "id, person_id, kind, received_at, due_at, status, channel, note, completed_at, outcome_note, handled_by, " \
  "created_at, created_by"

constexpr Query kInsertConsent{"consent.insert", "INSERT INTO consents (" SINERGI_CONSENT_COLUMNS
                                                 ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, "
                                                 "?14, ?15, ?16, ?17, ?18)"};
constexpr Query kGetConsent{"consent.get", "SELECT " SINERGI_CONSENT_COLUMNS " FROM consents WHERE id = ?1"};
constexpr Query kListConsents{"consent.list_by_person",
                              "SELECT " SINERGI_CONSENT_COLUMNS " FROM consents WHERE person_id = ?1 ORDER BY id"};
constexpr Query kWithdrawConsent{
    "consent.withdraw",
    "UPDATE consents SET withdrawn_at = ?2, withdrawn_by = ?3, withdrawal_reason = ?4 WHERE id = ?1"};

constexpr Query kInsertRequest{"dsr.insert", "INSERT INTO data_subject_requests (" SINERGI_REQUEST_COLUMNS
                                             ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)"};
constexpr Query kGetRequest{"dsr.get", "SELECT " SINERGI_REQUEST_COLUMNS " FROM data_subject_requests WHERE id = ?1"};
constexpr Query kUpdateRequest{"dsr.update_outcome",
                               "UPDATE data_subject_requests SET status = ?2, completed_at = ?3, outcome_note = ?4, "
                               "handled_by = ?5 WHERE id = ?1"};

const ConstraintReasons kConsentReasons =
    ConstraintReasons()
        .PrimaryKey({"consent.exists", "A consent with this id already exists."})
        .ForeignKey({"person.not_found", "The person or the guardian does not exist."})
        .Check({"consent.invalid", "The consent is malformed."});
const ConstraintReasons kRequestReasons =
    ConstraintReasons()
        .PrimaryKey({"data_subject_request.exists", "A data-subject request with this id already exists."})
        .ForeignKey({"person.not_found", "The person does not exist."})
        .Check({"data_subject_request.invalid", "The data-subject request is malformed."});

core::Result<Consent> ReadConsent(const Statement& s, const Sealer& sealer) {
  Consent c;
  c.id = s.Text(0);
  c.person_id = s.Text(1);
  c.data.purpose = s.Text(2);
  SINERGI_TRY(c.data.recipient_types, DecodeStringArray(s.Text(3)));
  c.data.lawful_basis = s.Text(4);
  c.data.given_by = s.Text(5);
  c.data.guardian_person_id = s.OptText(6);
  c.data.checklist.informed_purpose = s.Bool(7);
  c.data.checklist.informed_use = s.Bool(8);
  c.data.checklist.informed_storage_period = s.Bool(9);
  c.data.checklist.informed_right_to_access = s.Bool(10);
  c.data.checklist.informed_withdrawal = s.Bool(11);
  SINERGI_TRY(c.data.note, sealer.Open(s.OptText(12)));
  c.recorded_at = s.Time(13);
  c.recorded_by = s.Text(14);
  c.withdrawn_at = s.OptTime(15);
  c.withdrawn_by = s.OptText(16);
  SINERGI_TRY(c.withdrawal_reason, sealer.Open(s.OptText(17)));
  return c;
}

core::Result<DataSubjectRequest> ReadRequest(const Statement& s, const Sealer& sealer) {
  DataSubjectRequest r;
  r.id = s.Text(0);
  r.person_id = s.Text(1);
  r.kind = s.Text(2);
  r.received_at = s.Time(3);
  r.due_at = s.Time(4);
  std::optional<domain::RequestStatus> status = domain::ParseRequestStatus(s.Text(5));
  if (!status) return core::Error::Internal("data-subject request " + r.id + " has an unknown status");
  r.status = *status;
  r.channel = s.Text(6);
  SINERGI_TRY(r.note, sealer.Open(s.OptText(7)));
  r.completed_at = s.OptTime(8);
  SINERGI_TRY(r.outcome_note, sealer.Open(s.OptText(9)));
  r.handled_by = s.OptText(10);
  r.created_at = s.Time(11);
  r.created_by = s.Text(12);
  return r;
}

}  // namespace

core::Status SqlitePdpRepository::InsertConsent(const Consent& c) {
  SINERGI_TRY(auto note, sealer_.Seal(c.data.note));
  SINERGI_TRY(auto withdrawal_reason, sealer_.Seal(c.withdrawal_reason));
  SINERGI_TRY(auto stmt, conn_.Prepare(kInsertConsent));
  stmt->BindText(1, c.id);
  stmt->BindText(2, c.person_id);
  stmt->BindText(3, c.data.purpose);
  stmt->BindText(4, EncodeStringArray(c.data.recipient_types));
  stmt->BindText(5, c.data.lawful_basis);
  stmt->BindText(6, c.data.given_by);
  stmt->BindOptText(7, c.data.guardian_person_id);
  stmt->BindBool(8, c.data.checklist.informed_purpose);
  stmt->BindBool(9, c.data.checklist.informed_use);
  stmt->BindBool(10, c.data.checklist.informed_storage_period);
  stmt->BindBool(11, c.data.checklist.informed_right_to_access);
  stmt->BindBool(12, c.data.checklist.informed_withdrawal);
  stmt->BindOptText(13, note);
  stmt->BindTime(14, c.recorded_at);
  stmt->BindText(15, c.recorded_by);
  stmt->BindOptTime(16, c.withdrawn_at);
  stmt->BindOptText(17, c.withdrawn_by);
  stmt->BindOptText(18, withdrawal_reason);
  return stmt->Exec(kConsentReasons);
}

core::Result<Consent> SqlitePdpRepository::GetConsent(const std::string& id) {
  SINERGI_TRY(auto stmt, conn_.Prepare(kGetConsent));
  stmt->BindText(1, id);
  SINERGI_TRY(bool found, stmt->Step());
  if (!found) return core::Error::NotFound("consent.not_found", "No consent has this id.");
  return ReadConsent(*stmt, sealer_);
}

core::Status SqlitePdpRepository::UpdateConsentWithdrawal(const Consent& c) {
  SINERGI_TRY(auto withdrawal_reason, sealer_.Seal(c.withdrawal_reason));
  SINERGI_TRY(auto stmt, conn_.Prepare(kWithdrawConsent));
  stmt->BindText(1, c.id);
  stmt->BindOptTime(2, c.withdrawn_at);
  stmt->BindOptText(3, c.withdrawn_by);
  stmt->BindOptText(4, withdrawal_reason);
  SINERGI_TRY_STATUS(stmt->Exec(kConsentReasons));
  if (stmt->Changes() == 0) return core::Error::NotFound("consent.not_found", "No consent has this id.");
  return core::Ok();
}

core::Result<std::vector<Consent>> SqlitePdpRepository::ListConsents(const std::string& person_id) {
  SINERGI_TRY(auto stmt, conn_.Prepare(kListConsents));
  stmt->BindText(1, person_id);
  std::vector<Consent> out;
  while (true) {
    SINERGI_TRY(bool row, stmt->Step());
    if (!row) return out;
    SINERGI_TRY(Consent c, ReadConsent(*stmt, sealer_));
    out.push_back(std::move(c));
  }
}

core::Status SqlitePdpRepository::InsertRequest(const DataSubjectRequest& r) {
  SINERGI_TRY(auto note, sealer_.Seal(r.note));
  SINERGI_TRY(auto outcome_note, sealer_.Seal(r.outcome_note));
  SINERGI_TRY(auto stmt, conn_.Prepare(kInsertRequest));
  stmt->BindText(1, r.id);
  stmt->BindText(2, r.person_id);
  stmt->BindText(3, r.kind);
  stmt->BindTime(4, r.received_at);
  stmt->BindTime(5, r.due_at);
  stmt->BindText(6, domain::ToString(r.status));
  stmt->BindText(7, r.channel);
  stmt->BindOptText(8, note);
  stmt->BindOptTime(9, r.completed_at);
  stmt->BindOptText(10, outcome_note);
  stmt->BindOptText(11, r.handled_by);
  stmt->BindTime(12, r.created_at);
  stmt->BindText(13, r.created_by);
  return stmt->Exec(kRequestReasons);
}

core::Result<DataSubjectRequest> SqlitePdpRepository::GetRequest(const std::string& id) {
  SINERGI_TRY(auto stmt, conn_.Prepare(kGetRequest));
  stmt->BindText(1, id);
  SINERGI_TRY(bool found, stmt->Step());
  if (!found) return core::Error::NotFound("data_subject_request.not_found", "No data-subject request has this id.");
  return ReadRequest(*stmt, sealer_);
}

core::Status SqlitePdpRepository::UpdateRequestOutcome(const DataSubjectRequest& r) {
  SINERGI_TRY(auto outcome_note, sealer_.Seal(r.outcome_note));
  SINERGI_TRY(auto stmt, conn_.Prepare(kUpdateRequest));
  stmt->BindText(1, r.id);
  stmt->BindText(2, domain::ToString(r.status));
  stmt->BindOptTime(3, r.completed_at);
  stmt->BindOptText(4, outcome_note);
  stmt->BindOptText(5, r.handled_by);
  SINERGI_TRY_STATUS(stmt->Exec(kRequestReasons));
  if (stmt->Changes() == 0) {
    return core::Error::NotFound("data_subject_request.not_found", "No data-subject request has this id.");
  }
  return core::Ok();
}

core::Result<Page<DataSubjectRequest>> SqlitePdpRepository::ListRequests(const RequestFilter& filter,
                                                                         const PageRequest& page) {
  // One named query per combination of present filters, so each has its own cached statement and metrics.
  FilteredQuery query("dsr.list", "SELECT " SINERGI_REQUEST_COLUMNS " FROM data_subject_requests");
  query.Add(filter.person_id.has_value(), "person", "person_id = ?1");
  query.Add(filter.status.has_value(), "status", "status = ?2");
  query.Add(filter.due_before.has_value(), "due_before", "due_at < ?3");
  query.Add(page.after.has_value(), "after", "id > ?4");
  query.sql += " ORDER BY id LIMIT ?5";

  Page<DataSubjectRequest> out;
  SINERGI_TRY(auto stmt, conn_.Prepare({query.name, query.sql}));
  if (filter.person_id) stmt->BindText(1, *filter.person_id);
  if (filter.status) stmt->BindText(2, domain::ToString(*filter.status));
  if (filter.due_before) stmt->BindTime(3, *filter.due_before);
  if (page.after) stmt->BindText(4, *page.after);
  stmt->BindInt(5, FetchLimit(page));
  while (true) {
    SINERGI_TRY(bool row, stmt->Step());
    if (!row) break;
    SINERGI_TRY(DataSubjectRequest r, ReadRequest(*stmt, sealer_));
    out.items.push_back(std::move(r));
  }
  FinishPage(out, page, [](const DataSubjectRequest& r) { return r.id; });
  return out;
}

#undef SINERGI_CONSENT_COLUMNS
#undef SINERGI_REQUEST_COLUMNS

}  // namespace sinergi::storage::sqlite
