#pragma once
// One function per endpoint of docs/api.md; each lives in handlers/<resource>/<resource>_<verb>.cpp and is
// registered by http/api.cpp. Handlers see only Sinergi's Request/Response, return problem responses for
// expected failures, and are called concurrently (they hold no state of their own).
#include "http/api.hpp"
#include "http/request.hpp"
#include "http/response.hpp"

namespace sinergi::http {

// Health and operations (handlers/health/health.cpp, handlers/openapi/openapi_get.cpp).
Response Healthz(Request& req, ApiDeps& deps);
Response Readyz(Request& req, ApiDeps& deps);
Response MetricsGet(Request& req, ApiDeps& deps);
Response OpenApiGet(Request& req, ApiDeps& deps);

// Sign-in and sessions (handlers/auth/). AuthLogin is the only public /api/v1 route besides the contract.
Response AuthLogin(Request& req, ApiDeps& deps);
Response AuthLogout(Request& req, ApiDeps& deps);
Response AuthLogoutAll(Request& req, ApiDeps& deps);

// The signed-in user (handlers/me/).
Response MeGet(Request& req, ApiDeps& deps);
Response MeTotpSetup(Request& req, ApiDeps& deps);
Response MeTotpConfirm(Request& req, ApiDeps& deps);

// Administration of agencies and users (handlers/agencies/, handlers/users/).
Response AgenciesList(Request& req, ApiDeps& deps);
Response AgencyDirectory(Request& req, ApiDeps& deps);
Response AgenciesCreate(Request& req, ApiDeps& deps);
Response AgenciesGet(Request& req, ApiDeps& deps);
Response AgenciesPatch(Request& req, ApiDeps& deps);
// The agency and service directory, issue #5 (handlers/directory/; only registered when ApiDeps::directory is set).
// PublicDirectoryGet is public: no session (docs/security.md).
Response DirectoryGet(Request& req, ApiDeps& deps);
Response DirectoryPut(Request& req, ApiDeps& deps);
Response DirectoryServicesSearch(Request& req, ApiDeps& deps);
Response PublicDirectoryGet(Request& req, ApiDeps& deps);
// Case and victim figures, issue #6 (handlers/stats/; only registered when ApiDeps::stats is set).
// PublicStatsCasesGet is public: no session (suppressed figures only, docs/security.md).
Response StatsCasesGet(Request& req, ApiDeps& deps);
Response StatsCasesCsv(Request& req, ApiDeps& deps);
Response StatsCasesXlsx(Request& req, ApiDeps& deps);
Response PublicStatsCasesGet(Request& req, ApiDeps& deps);
Response UsersList(Request& req, ApiDeps& deps);
Response UsersCreate(Request& req, ApiDeps& deps);
Response UsersGet(Request& req, ApiDeps& deps);
Response UsersPatch(Request& req, ApiDeps& deps);
Response UsersPassword(Request& req, ApiDeps& deps);

// The audit trail (handlers/audit/).
Response AuditList(Request& req, ApiDeps& deps);

// Persons.
Response PersonsCreate(Request& req, ApiDeps& deps);
Response PersonsGet(Request& req, ApiDeps& deps);
Response PersonsList(Request& req, ApiDeps& deps);
Response PersonsSearch(Request& req, ApiDeps& deps);
Response PersonsPatch(Request& req, ApiDeps& deps);
Response PersonsDelete(Request& req, ApiDeps& deps);
Response PersonsHistory(Request& req, ApiDeps& deps);
Response PersonsJourneys(Request& req, ApiDeps& deps);

// Break-the-glass and notifications (handlers/access/).
Response PersonsBreakGlass(Request& req, ApiDeps& deps);
Response NotificationsList(Request& req, ApiDeps& deps);
Response NotificationsRead(Request& req, ApiDeps& deps);

// Family links of a person.
Response FamilyList(Request& req, ApiDeps& deps);
Response FamilyCreate(Request& req, ApiDeps& deps);
Response FamilyDelete(Request& req, ApiDeps& deps);

// Journeys.
Response JourneysCreate(Request& req, ApiDeps& deps);
Response JourneysGet(Request& req, ApiDeps& deps);
Response JourneysList(Request& req, ApiDeps& deps);
Response JourneysPatch(Request& req, ApiDeps& deps);
Response JourneysTransition(Request& req, ApiDeps& deps);
Response JourneysTransitionsList(Request& req, ApiDeps& deps);
Response JourneysHistory(Request& req, ApiDeps& deps);
Response FollowUpsCreate(Request& req, ApiDeps& deps);
Response FollowUpsList(Request& req, ApiDeps& deps);

// Cases, issue #4 (handlers/cases/; only registered when ApiDeps::cases is set).
Response CasesCreate(Request& req, ApiDeps& deps);
Response CasesList(Request& req, ApiDeps& deps);
Response CasesGet(Request& req, ApiDeps& deps);
Response CasesPatch(Request& req, ApiDeps& deps);
Response CasesTransition(Request& req, ApiDeps& deps);
Response CasePartiesCreate(Request& req, ApiDeps& deps);
Response CasePartiesDelete(Request& req, ApiDeps& deps);
Response CaseScreeningsCreate(Request& req, ApiDeps& deps);
Response CaseScreeningsDetermine(Request& req, ApiDeps& deps);

// Services delivered to cases and case notes (handlers/case_services/, handlers/case_notes/; only registered when
// ApiDeps::case_work is set), and the task list (handlers/tasks/; when ApiDeps::tasks is set). Issue #4.
Response CaseServicesCreate(Request& req, ApiDeps& deps);
Response CaseServicesList(Request& req, ApiDeps& deps);
Response CaseServicesPatch(Request& req, ApiDeps& deps);
Response CaseNotesCreate(Request& req, ApiDeps& deps);
Response CaseNotesList(Request& req, ApiDeps& deps);
// The complaint facts of a PMI complaint and their timers (handlers/case_complaint/; Perban BP2MI 6/2024 Ps 30).
Response CaseComplaintGet(Request& req, ApiDeps& deps);
Response CaseComplaintPatch(Request& req, ApiDeps& deps);
// Restitution claims of a case's victims, UU 21/2007 Ps 48-50 (handlers/case_restitutions/; with ApiDeps::case_work).
Response CaseRestitutionsCreate(Request& req, ApiDeps& deps);
Response CaseRestitutionsList(Request& req, ApiDeps& deps);
Response CaseRestitutionsPatch(Request& req, ApiDeps& deps);
Response TasksList(Request& req, ApiDeps& deps);
// Coordination forums, meetings and commitments (handlers/coordination/; with ApiDeps::coordination). Issue #5.
Response ForumsCreate(Request& req, ApiDeps& deps);
Response ForumsList(Request& req, ApiDeps& deps);
Response ForumsGet(Request& req, ApiDeps& deps);
Response ForumsPatch(Request& req, ApiDeps& deps);
Response ForumsRecord(Request& req, ApiDeps& deps);
Response ForumMeetingsCreate(Request& req, ApiDeps& deps);
Response ForumMeetingsList(Request& req, ApiDeps& deps);
Response MeetingsGet(Request& req, ApiDeps& deps);
Response MeetingsPatch(Request& req, ApiDeps& deps);
Response MeetingCommitmentsCreate(Request& req, ApiDeps& deps);
Response CommitmentsList(Request& req, ApiDeps& deps);
Response CommitmentsGet(Request& req, ApiDeps& deps);
Response CommitmentsPatch(Request& req, ApiDeps& deps);
// Outreach events, their follow-ups and the coverage view (handlers/outreach/; with ApiDeps::outreach). Issue #5.
Response OutreachEventsCreate(Request& req, ApiDeps& deps);
Response OutreachEventsList(Request& req, ApiDeps& deps);
Response OutreachEventsGet(Request& req, ApiDeps& deps);
Response OutreachEventsPatch(Request& req, ApiDeps& deps);
Response OutreachFollowUpsCreate(Request& req, ApiDeps& deps);
Response OutreachFollowUpsCase(Request& req, ApiDeps& deps);
Response OutreachCoverage(Request& req, ApiDeps& deps);
// Meeting attachments (handlers/meeting_attachments/; with ApiDeps::meeting_attachments). Issue #5.
Response MeetingAttachmentsCreate(Request& req, ApiDeps& deps);
Response MeetingAttachmentsList(Request& req, ApiDeps& deps);
Response MeetingAttachmentsGet(Request& req, ApiDeps& deps);
Response MeetingAttachmentsContent(Request& req, ApiDeps& deps);
Response MeetingAttachmentsDelete(Request& req, ApiDeps& deps);
// Training programmes, sessions and enrolments (handlers/training/; with ApiDeps::training). Issue #5.
Response TrainingProgrammesCreate(Request& req, ApiDeps& deps);
Response TrainingProgrammesList(Request& req, ApiDeps& deps);
Response TrainingProgrammesGet(Request& req, ApiDeps& deps);
Response TrainingProgrammesPatch(Request& req, ApiDeps& deps);
Response ProgrammeSessionsCreate(Request& req, ApiDeps& deps);
Response ProgrammeSessionsList(Request& req, ApiDeps& deps);
Response TrainingSessionsGet(Request& req, ApiDeps& deps);
Response TrainingSessionsPatch(Request& req, ApiDeps& deps);
Response SessionEnrolmentsCreate(Request& req, ApiDeps& deps);
Response SessionEnrolmentsList(Request& req, ApiDeps& deps);
Response TrainingEnrolmentsPatch(Request& req, ApiDeps& deps);
Response PersonTrainingsList(Request& req, ApiDeps& deps);
// Case attachments (handlers/case_attachments/; only registered when ApiDeps::attachments is set). Issue #4.
Response CaseAttachmentsCreate(Request& req, ApiDeps& deps);
Response CaseAttachmentsList(Request& req, ApiDeps& deps);
Response CaseAttachmentsContent(Request& req, ApiDeps& deps);

// Referrals between agencies, issue #4 (handlers/referrals/; only registered when ApiDeps::referrals is set).
Response CaseReferralsCreate(Request& req, ApiDeps& deps);
Response CaseReferralsList(Request& req, ApiDeps& deps);
Response ReferralsList(Request& req, ApiDeps& deps);
Response ReferralsGet(Request& req, ApiDeps& deps);
Response ReferralsAccept(Request& req, ApiDeps& deps);
Response ReferralsDecline(Request& req, ApiDeps& deps);
Response ReferralsComplete(Request& req, ApiDeps& deps);
Response ReferralsRevoke(Request& req, ApiDeps& deps);
Response ReferralsForward(Request& req, ApiDeps& deps);
Response ReferralsResponseTimes(Request& req, ApiDeps& deps);

// Personal-data protection, UU 27/2022 (handlers/pdp/; only registered when ApiDeps::pdp is set).
Response ConsentsList(Request& req, ApiDeps& deps);
Response ConsentsCreate(Request& req, ApiDeps& deps);
Response ConsentsWithdraw(Request& req, ApiDeps& deps);
Response SubjectRequestsCreate(Request& req, ApiDeps& deps);
Response SubjectRequestsList(Request& req, ApiDeps& deps);
Response SubjectRequestsGet(Request& req, ApiDeps& deps);
Response SubjectRequestsComplete(Request& req, ApiDeps& deps);
Response SubjectRequestsRefuse(Request& req, ApiDeps& deps);
Response PersonsExport(Request& req, ApiDeps& deps);

// Reference data.
Response ReferenceRegions(Request& req, ApiDeps& deps);
Response ReferenceRegionGet(Request& req, ApiDeps& deps);
Response ReferenceCountries(Request& req, ApiDeps& deps);
Response ReferenceCodelists(Request& req, ApiDeps& deps);
Response ReferenceCodelistGet(Request& req, ApiDeps& deps);
Response ReferenceNik(Request& req, ApiDeps& deps);

// Screening aids (handlers/screenings/).
Response ScreeningsTppo(Request& req, ApiDeps& deps);

}  // namespace sinergi::http
