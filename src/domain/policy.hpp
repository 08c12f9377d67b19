#pragma once
// The access policy: the ONE place that decides whether an actor may do something (issue #3). Handlers never
// decide by themselves; services call Authorize before touching data (by role), then CanSeeRecord and
// CanSeeSensitive on every record they return (need-to-know: owning agency, region scope, grants, sensitivity).
#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.hpp"
#include "core/result.hpp"
#include "domain/actor.hpp"
#include "domain/list_scope.hpp"
#include "domain/person.hpp"

namespace sinergi::domain {

enum class Permission {
  kReferenceRead,      // reference data, code lists, NIK decoding
  kRegistryRead,       // persons, family, journeys, their history
  kRegistryWrite,      // create/update/delete persons, family links, journeys, transitions, follow-ups
  kIdentityAdmin,      // agencies and users
  kAuditRead,          // the audit trail
  kScreening,          // screening aids such as the TPPO screening (no stored data involved)
  kCaseRead,           // cases, their parties, screenings and timeline (issue #4)
  kCaseWrite,          // intake, classification, parties, screenings, determinations, workflow moves
  kDirectoryWrite,     // an agency's directory entry: services, regions served, contact point (issue #5)
  kCoordinationWrite,  // forums, meetings and commitments of the agencies one works for (issue #5)
  kStatsRead,          // case and victim figures, aggregates only (issue #6; domain/stats_service.hpp)
  kTrainingWrite,      // training programmes, sessions and enrolments of the provider one works for (issue #5)
};

// Every permission, in declaration order (GET /me lists the ones an actor holds).
inline constexpr std::array<Permission, 12> kAllPermissions{
    Permission::kReferenceRead,     Permission::kRegistryRead, Permission::kRegistryWrite,
    Permission::kIdentityAdmin,     Permission::kAuditRead,    Permission::kScreening,
    Permission::kCaseRead,          Permission::kCaseWrite,    Permission::kDirectoryWrite,
    Permission::kCoordinationWrite, Permission::kStatsRead,    Permission::kTrainingWrite};

std::string_view ToString(Permission p);

// Role table (codelist peran):
//   SYSTEM_ADMIN        reference, identity admin, audit read, directory write, coordination write, training write
//                       (no registry or case data by default)
//   SUPERVISOR          reference, registry read/write, audit read, screening, case read/write (approves closures),
//                       directory write (their own agency's entry: AuthorizeDirectoryEdit), coordination write,
//                       stats read, training write
//   CASE_WORKER         reference, registry read/write, screening, case read/write, coordination write, stats read,
//                       training write
//   POLICE_INVESTIGATOR reference, registry read, screening, case read/write (police reports are an intake channel),
//                       stats read
//   DATA_ANALYST        reference, stats read: aggregates only, never a record
//   VIEWER              reference, registry read, case read (a case's sensitive fields stay masked), stats read
// System actors ("system:*") may do everything (migrations, demo data, CLI jobs run by an operator).
// Errors: kUnauthenticated "auth.required" for an empty actor id; kForbidden "forbidden" otherwise.
core::Status Authorize(const Actor& actor, Permission permission);

// Whether the actor may edit the directory entry of the agency `agency_id` (issue #5): Authorize(kDirectoryWrite),
// then any agency's for system actors and those who administer agencies (kIdentityAdmin), only their own agency's
// for everyone else (a supervisor). Errors: as Authorize; kForbidden "directory.not_own_agency".
core::Status AuthorizeDirectoryEdit(const Actor& actor, const std::string& agency_id);

// Coordination forums, meetings and commitments (issue #5; policy_coordination.cpp). Reading them needs only
// kReferenceRead (every signed-in role: agencies' meetings are less sensitive). Writing needs kCoordinationWrite and
// an agency on the record: system actors and administrators (kIdentityAdmin) may write any; others only
//   AuthorizeConvenerEdit     forums, meetings and commitments convened by their own agency (`convening_agency_ids`:
//                             the forum's and, for a meeting's records, the meeting's convening agency);
//                             kForbidden "coordination.not_convener";
//   AuthorizeCommitmentUpdate a commitment of their own agency (`committing_agency_ids`), or any commitment of a
//                             forum their agency convenes when they are its SUPERVISOR; `full_edit` (changing what
//                             was committed rather than reporting on it) needs the convener's supervisor;
//                             kForbidden "coordination.not_committing_agency".
core::Status AuthorizeConvenerEdit(const Actor& actor, const std::vector<std::string>& convening_agency_ids);
core::Status AuthorizeCommitmentUpdate(const Actor& actor, const std::vector<std::string>& convening_agency_ids,
                                       const std::vector<std::string>& committing_agency_ids, bool full_edit);
// Training programmes, sessions and enrolments (issue #5; policy_training.cpp). Programmes and sessions are read
// with kReferenceRead (every signed-in role); enrolments name persons, so reading them needs kRegistryRead and the
// person's record scope. Writing needs kTrainingWrite on the provider agency: system actors and administrators
// (kIdentityAdmin) may write any provider's; others only their own agency's (kForbidden "training.not_provider").
core::Status AuthorizeTrainingEdit(const Actor& actor, const std::string& provider_agency_id);
// Whether the actor sees the names and positions of a meeting's representatives (personal data): system actors,
// NATIONAL scope, and users of one of the meeting's agencies (MeetingAgencies).
bool CanSeeMeetingRepresentatives(const Actor& actor, const std::vector<std::string>& meeting_agency_ids);
// Meeting attachments (issue #5; meeting_attachment.hpp; policy_coordination.cpp). Uploading needs
// kCoordinationWrite and, except for system actors and administrators, a user of one of the meeting's agencies
// (`meeting_agency_ids`: its convening agency, its participants and the forum's convener); kForbidden
// "coordination.not_meeting_agency". Deleting needs the same, and being the uploader or of a convening agency
// (`convening_agency_ids`); kForbidden "meeting_attachment.not_uploader".
core::Status AuthorizeMeetingAttachmentUpload(const Actor& actor, const std::vector<std::string>& meeting_agency_ids);
core::Status AuthorizeMeetingAttachmentDelete(const Actor& actor, const std::vector<std::string>& meeting_agency_ids,
                                              const std::vector<std::string>& convening_agency_ids,
                                              const std::string& uploaded_by);
// Outreach events (issue #5; policy_outreach.cpp): kCoordinationWrite, then any event for system actors and
// administrators, else only an event of one of `agency_ids` (the organiser; for follow-ups also the partners).
// Errors: as Authorize; kForbidden "outreach.not_organiser".
core::Status AuthorizeOutreachEdit(const Actor& actor, const std::vector<std::string>& agency_ids);

// What the record-level rules need to know about one record (a person; a journey is judged by its person).
struct RecordScope {
  std::string owner_agency_id;      // empty: owned nationally (demo data, system jobs)
  std::string owner_agency_region;  // the owning agency's dotted region code; empty if none or national
  std::string created_by;           // user id
  std::string address_region_code;  // the person's dotted address region; empty if unknown
  bool has_active_grant = false;    // the actor holds an unexpired break-the-glass grant for this record
};

// Whether the actor may know the record exists (after Authorize allowed the operation). By the actor's scope
// (codelist lingkup_akses):
//   NATIONAL  every record;
//   REGION    records whose owning agency's region or address region lies in the actor's agency region
//             (the region itself or below it; an actor agency without region sees none this way);
//   AGENCY    records owned by the actor's agency, and nationally owned records;
//   OWN       records the actor created;
// an unknown or empty scope sees nothing. An active grant always allows; system actors see everything.
bool CanSeeRecord(const Actor& actor, const RecordScope& record);

// CanSeeRecord as a restriction for list and search queries (domain/list_scope.hpp), so storage returns only
// records the actor may see and pages stay full. `granted_person_ids`: the persons the actor holds an active grant
// for (ports::AccessRepository::ActiveGrantPersonIds; unused for system actors and NATIONAL scope). For every
// record, ListScopeAdmits(ListScopeFor(actor, grants), id, record) == CanSeeRecord(actor, record) when
// record.has_active_grant says whether id is among the grants (policy_list_scope_test.cpp checks it over generated
// actors and records; the storage contract suite checks each backend's query against CanSeeRecord).
ListScope ListScopeFor(const Actor& actor, std::vector<std::string> granted_person_ids);

// Whether `scope` admits the person `person_id` whose record-level facts are `record` (record.has_active_grant is
// not read: grants are scope.granted_person_ids). The meaning every backend's query (and the in-memory fake) must
// implement exactly.
bool ListScopeAdmits(const ListScope& scope, const std::string& person_id, const RecordScope& record);

// Whether the actor may see the sensitive fields (kSensitivePersonFields) of a visible record. Unprotected
// records: yes. Protected ones (PersonData::protected_identity, or a child): only CASE_WORKER, SUPERVISOR or
// POLICE_INVESTIGATOR of the owning agency, or with NATIONAL scope; or an active grant; or a system actor.
bool CanSeeSensitive(const Actor& actor, const RecordScope& record, bool protected_identity);

// The person fields CanSeeSensitive guards (JSON names, as in PersonData).
inline constexpr std::array<std::string_view, 5> kSensitivePersonFields{"address_line", "address_region_code", "phone",
                                                                        "birth_place", "passport_number"};

// Protected identity: marked so, or under 18 on `today` (DATA_ANAK: a child's record is always protected).
bool IsProtectedPerson(const PersonData& data, core::Date today);

// Empties the sensitive fields of `person` and lists them in person.masked_fields (all of them, also the empty
// ones, so a reader cannot tell a masked field from an unknown one).
void MaskSensitiveFields(Person& person);

}  // namespace sinergi::domain
