#pragma once
// Domain values -> API JSON, exactly as api/openapi.yaml describes them, plus the list conventions shared by
// every collection: `limit` parsing, opaque cursors and {items, next_cursor} pages.
// Implemented per resource in dto_*.cpp; the shared helpers in json_write.cpp. Pure functions, thread-safe.
#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/value.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "core/date.hpp"
#include "core/result.hpp"
#include "domain/access.hpp"
#include "domain/audit.hpp"
#include "domain/auth_service.hpp"
#include "domain/case.hpp"
#include "domain/case_service.hpp"
#include "domain/codelists.hpp"
#include "domain/history.hpp"
#include "domain/identity.hpp"
#include "domain/journey.hpp"
#include "domain/nik.hpp"
#include "domain/person.hpp"
#include "domain/ports/page.hpp"
#include "domain/reference.hpp"
#include "domain/region_directory.hpp"
#include "domain/registry_service.hpp"
#include "domain/tppo_screening.hpp"
#include "domain/violence_classification.hpp"
#include "http/request.hpp"

namespace sinergi::http {

// ---- scalars ----
boost::json::value StringOrNull(const std::optional<std::string>& s);
boost::json::value DateOrNull(const std::optional<core::Date>& d);
boost::json::value TimestampOrNull(const std::optional<core::Timestamp>& t);
boost::json::string TimestampJson(core::Timestamp t);
boost::json::array StringsJson(const std::vector<std::string>& items);
// Compact JSON text of a value (the response body).
std::string ToJsonText(const boost::json::value& v);

// ---- persons ----
// The writable fields only, in the form the create/patch reader accepts (the base of a merge patch).
boost::json::object PersonDataToJson(const domain::PersonData& data);
// The full person; address_region resolved through `regions` (null when the code is not in the directory).
boost::json::object PersonToJson(const domain::Person& person, const domain::RegionDirectory& regions);
// {id, version, full_name, nik, sex, birth_date, pmi_status}: used inside family listings.
boost::json::object PersonSummaryToJson(const domain::Person& person);
boost::json::object FamilyMemberToJson(const domain::FamilyMember& member);
boost::json::object PersonMatchToJson(const domain::PersonMatch& match, const domain::RegionDirectory& regions);

// ---- journeys ----
boost::json::object JourneyDataToJson(const domain::JourneyData& data);
// With phase, documents_complete, missing_documents and allowed_transitions derived from the rules.
boost::json::object JourneyToJson(const domain::Journey& journey);
boost::json::object TransitionToJson(const domain::JourneyTransition& t);
boost::json::object FollowUpToJson(const domain::FollowUp& f);

// ---- TPPO screening (dto_screening.cpp) ----
// {acts, means, purposes, victim_age, exploitation_occurred, ilo_indicators} as given (victim_age null when unknown).
boost::json::object TppoScreeningInputToJson(const domain::TppoScreeningInput& in);
// {result, elements_met, legal_basis, explanation, explanation_id, forced_labour}.
boost::json::object TppoScreeningResultToJson(const domain::TppoScreeningResult& result);

// ---- cases (dto_case.cpp) ----
// The writable fields only, in the form ReadCaseData accepts (the base of a merge patch).
boost::json::object CaseDataToJson(const domain::CaseData& data);
// The full case: id, version, status, the writable fields, the workflow facts, victim_count and masked_fields.
boost::json::object CaseToJson(const domain::Case& c);
boost::json::object CasePartyToJson(const domain::CaseParty& party);
// The party plus `person`: the person as the actor may see it (masked_fields included), or null.
boost::json::object CasePartyViewToJson(const domain::CaseService::PartyView& view,
                                        const domain::RegionDirectory& regions);
boost::json::object CaseScreeningToJson(const domain::CaseScreening& screening);
boost::json::object CaseTransitionToJson(const domain::CaseTransition& t);
boost::json::object ViolenceClassificationToJson(const domain::ViolenceClassification& classification);
// {case, classification, parties, screenings, transitions}.
boost::json::object CaseDetailToJson(const domain::CaseService::CaseDetail& detail,
                                     const domain::RegionDirectory& regions);

// ---- access (break-the-glass notifications) ----
boost::json::object NotificationToJson(const domain::Notification& n);

// ---- history ----
// before/after are parsed back from their JSON text into JSON values (absent -> null).
boost::json::object ChangeRecordToJson(const domain::ChangeRecord& record);

// ---- reference ----
boost::json::object RegionToJson(const domain::Region& region);
boost::json::object CountryToJson(const domain::Country& country);
boost::json::object CodelistSummaryToJson(const domain::Codelist& list);
boost::json::object CodelistToJson(const domain::Codelist& list);
boost::json::object NikDecodedToJson(const domain::NikDecoded& nik);

// ---- identity (dto_identity.cpp) ----
// {id, version, code, name, type, region_code, country, disabled, created_at, updated_at}
boost::json::object AgencyToJson(const domain::Agency& agency);
// The writable agency fields (the base of a merge patch).
boost::json::object AgencyInputToJson(const domain::Agency& agency);
// {id, version, username, display_name, agency_id, roles, scope, totp_enabled, disabled, created_at, updated_at};
// never the password hash or a TOTP secret.
boost::json::object UserToJson(const domain::User& user);
// The changeable user fields (the base of a merge patch); agency_code is the code of user.agency_id.
boost::json::object UserPatchableToJson(const domain::User& user, const std::string& agency_code);
// Me: {id, username, display_name, agency: {id, code, name, type}, roles, scope, totp_enabled, permissions}.
boost::json::object MeToJson(const domain::User& user, const domain::Agency& agency,
                             const std::vector<std::string>& permissions);
// {token, csrf_token, expires_at, user: Me}.
boost::json::object LoginResultToJson(const domain::LoginResult& result, const std::vector<std::string>& permissions);
// {seq, id, at, actor_id, agency_id, ip, action, entity_type, entity_id, record_ids, fields, detail, hash}.
boost::json::object AuditEntryToJson(const domain::AuditEntry& entry);

// ---- lists ----
inline constexpr int kDefaultLimit = 50;
inline constexpr int kMaxLimit = 200;

// base64url (no padding) of the last sort key; opaque to clients.
std::string EncodeCursor(std::string_view sort_key);
// Errors: kInvalid "invalid_parameter" field "cursor".
core::Result<std::string> DecodeCursor(std::string_view cursor);
// `limit` (1..max_limit, default default_limit). Errors: kInvalid "invalid_parameter" field "limit".
core::Result<int> ReadLimit(const Request& req, int default_limit, int max_limit);
// `limit` (1..max_limit, default default_limit) and `cursor` from the query string.
// Errors: kInvalid "invalid_parameter" naming "limit" or "cursor".
core::Result<domain::ports::PageRequest> ReadPageRequest(const Request& req, int default_limit = kDefaultLimit,
                                                         int max_limit = kMaxLimit);

// {items: [...], next_cursor: "..." | null}
template <typename T, typename ToJson>
boost::json::object PageToJson(const domain::ports::Page<T>& page, ToJson&& to_json) {
  boost::json::array items;
  items.reserve(page.items.size());
  for (const T& item : page.items) items.emplace_back(to_json(item));
  boost::json::object out;
  out["items"] = std::move(items);
  out["next_cursor"] = page.next_after ? boost::json::value(EncodeCursor(*page.next_after)) : boost::json::value();
  return out;
}

// {items: [...]} for short unpaged collections.
template <typename Range, typename ToJson>
boost::json::object ItemsToJson(const Range& range, ToJson&& to_json) {
  boost::json::array items;
  for (const auto& item : range) items.emplace_back(to_json(item));
  boost::json::object out;
  out["items"] = std::move(items);
  return out;
}

}  // namespace sinergi::http
