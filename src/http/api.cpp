// The route table: every endpoint of docs/api.md, each bound to its handler in handlers/<resource>/.
// POST creates go through the Idempotency-Key wrapper (http/idempotency.hpp). Every route requires a session
// (the Router's default) unless it is added with AddPublic: keep that list short and obvious.
#include "http/api.hpp"

#include <string>

#include "http/auth.hpp"
#include "http/handlers/handlers.hpp"
#include "http/idempotency.hpp"

namespace sinergi::http {
namespace {

using Endpoint = Response (*)(Request&, ApiDeps&);

class Routes {
 public:
  Routes(Router& router, ApiDeps& deps) : router_(router), deps_(deps) {}

  void Add(Method method, const std::string& path, Endpoint endpoint) {
    ApiDeps& deps = deps_;
    router_.Add(method, path, [&deps, endpoint](Request& req) { return endpoint(req, deps); });
  }

  // Reachable without a session.
  void AddPublic(Method method, const std::string& path, Endpoint endpoint) {
    ApiDeps& deps = deps_;
    router_.Add(
        method, path, [&deps, endpoint](Request& req) { return endpoint(req, deps); }, RouteAccess::kPublic);
  }

  // A create that honours Idempotency-Key; the scope names the route template, not the raw path.
  void AddCreate(const std::string& path, Endpoint endpoint) {
    ApiDeps& deps = deps_;
    const std::string route = "POST " + path;
    router_.Add(Method::kPost, path, [&deps, endpoint, route](Request& req) {
      return WithIdempotency(req, deps, route, [&deps, endpoint](Request& r) { return endpoint(r, deps); });
    });
  }

 private:
  Router& router_;
  ApiDeps& deps_;
};

}  // namespace

void RegisterApiRoutes(Router& router, ApiDeps& deps) {
  router.SetAuthenticator(MakeAuthenticator(deps.auth));
  Routes r(router, deps);
  const std::string v1 = "/api/v1";

  r.AddPublic(Method::kGet, "/healthz", Healthz);
  r.AddPublic(Method::kGet, "/readyz", Readyz);
  r.AddPublic(Method::kGet, "/metrics", MetricsGet);
  r.AddPublic(Method::kGet, v1 + "/openapi.yaml", OpenApiGet);
  r.AddPublic(Method::kPost, v1 + "/auth/login", AuthLogin);
  if (deps.directory != nullptr) {
    // The read-only service directory for field officers and the public: office data of the agencies whose entry
    // is public, nothing about users or cases (docs/security.md, "The public directory").
    r.AddPublic(Method::kGet, v1 + "/public/directory", PublicDirectoryGet);
  }
  if (deps.stats != nullptr) {
    // Public case and victim figures: small cells always suppressed, province level and above, no record
    // (docs/security.md, "Public figures").
    r.AddPublic(Method::kGet, v1 + "/public/stats/cases", PublicStatsCasesGet);
  }

  r.Add(Method::kPost, v1 + "/auth/logout", AuthLogout);
  r.Add(Method::kPost, v1 + "/auth/logout-all", AuthLogoutAll);
  r.Add(Method::kGet, v1 + "/me", MeGet);
  r.Add(Method::kPost, v1 + "/me/totp/setup", MeTotpSetup);
  r.Add(Method::kPost, v1 + "/me/totp/confirm", MeTotpConfirm);

  r.Add(Method::kGet, v1 + "/agencies", AgenciesList);
  r.Add(Method::kGet, v1 + "/directory/agencies", AgencyDirectory);
  if (deps.directory != nullptr) {
    r.Add(Method::kGet, v1 + "/directory/agencies/{id}", DirectoryGet);
    r.Add(Method::kPut, v1 + "/directory/agencies/{id}", DirectoryPut);
    r.Add(Method::kGet, v1 + "/directory/services", DirectoryServicesSearch);
  }
  if (deps.stats != nullptr) {
    r.Add(Method::kGet, v1 + "/stats/cases", StatsCasesGet);
    r.Add(Method::kGet, v1 + "/stats/cases.csv", StatsCasesCsv);
    r.Add(Method::kGet, v1 + "/stats/cases.xlsx", StatsCasesXlsx);
  }
  r.AddCreate(v1 + "/agencies", AgenciesCreate);
  r.Add(Method::kGet, v1 + "/agencies/{id}", AgenciesGet);
  r.Add(Method::kPatch, v1 + "/agencies/{id}", AgenciesPatch);
  r.Add(Method::kGet, v1 + "/users", UsersList);
  // Not idempotent: the idempotency record keeps a fast hash of the body, and this body holds a password.
  r.Add(Method::kPost, v1 + "/users", UsersCreate);
  r.Add(Method::kGet, v1 + "/users/{id}", UsersGet);
  r.Add(Method::kPatch, v1 + "/users/{id}", UsersPatch);
  r.Add(Method::kPost, v1 + "/users/{id}/password", UsersPassword);
  r.Add(Method::kGet, v1 + "/audit", AuditList);
  r.Add(Method::kPost, v1 + "/screenings/tppo", ScreeningsTppo);

  r.AddCreate(v1 + "/persons", PersonsCreate);
  r.Add(Method::kGet, v1 + "/persons", PersonsList);
  r.Add(Method::kGet, v1 + "/persons/search", PersonsSearch);
  r.Add(Method::kGet, v1 + "/persons/{id}", PersonsGet);
  r.Add(Method::kPatch, v1 + "/persons/{id}", PersonsPatch);
  r.Add(Method::kDelete, v1 + "/persons/{id}", PersonsDelete);
  r.Add(Method::kGet, v1 + "/persons/{id}/history", PersonsHistory);
  r.Add(Method::kGet, v1 + "/persons/{id}/family", FamilyList);
  r.AddCreate(v1 + "/persons/{id}/family", FamilyCreate);
  r.Add(Method::kDelete, v1 + "/persons/{id}/family/{link_id}", FamilyDelete);
  r.Add(Method::kGet, v1 + "/persons/{id}/journeys", PersonsJourneys);
  // Not idempotent on purpose: a repeated request is another (audited, notified) opening of the record.
  r.Add(Method::kPost, v1 + "/persons/{id}/break-glass", PersonsBreakGlass);
  r.Add(Method::kGet, v1 + "/notifications", NotificationsList);
  r.Add(Method::kPost, v1 + "/notifications/{id}/read", NotificationsRead);
  r.AddCreate(v1 + "/persons/{id}/journeys", JourneysCreate);

  r.Add(Method::kGet, v1 + "/journeys", JourneysList);
  r.Add(Method::kGet, v1 + "/journeys/{id}", JourneysGet);
  r.Add(Method::kPatch, v1 + "/journeys/{id}", JourneysPatch);
  r.Add(Method::kPost, v1 + "/journeys/{id}/transitions", JourneysTransition);
  r.Add(Method::kGet, v1 + "/journeys/{id}/transitions", JourneysTransitionsList);
  r.AddCreate(v1 + "/journeys/{id}/follow-ups", FollowUpsCreate);
  r.Add(Method::kGet, v1 + "/journeys/{id}/follow-ups", FollowUpsList);
  r.Add(Method::kGet, v1 + "/journeys/{id}/history", JourneysHistory);

  if (deps.pdp != nullptr) {
    r.Add(Method::kGet, v1 + "/persons/{id}/consents", ConsentsList);
    r.AddCreate(v1 + "/persons/{id}/consents", ConsentsCreate);
    r.Add(Method::kPost, v1 + "/persons/{id}/consents/{consent_id}/withdraw", ConsentsWithdraw);
    r.AddCreate(v1 + "/persons/{id}/data-subject-requests", SubjectRequestsCreate);
    r.Add(Method::kGet, v1 + "/persons/{id}/export", PersonsExport);
    r.Add(Method::kGet, v1 + "/data-subject-requests", SubjectRequestsList);
    r.Add(Method::kGet, v1 + "/data-subject-requests/{id}", SubjectRequestsGet);
    r.Add(Method::kPost, v1 + "/data-subject-requests/{id}/complete", SubjectRequestsComplete);
    r.Add(Method::kPost, v1 + "/data-subject-requests/{id}/refuse", SubjectRequestsRefuse);
  }

  if (deps.cases != nullptr) {
    r.AddCreate(v1 + "/cases", CasesCreate);
    r.Add(Method::kGet, v1 + "/cases", CasesList);
    r.Add(Method::kGet, v1 + "/cases/{id}", CasesGet);
    r.Add(Method::kPatch, v1 + "/cases/{id}", CasesPatch);
    r.Add(Method::kPost, v1 + "/cases/{id}/transitions", CasesTransition);
    r.AddCreate(v1 + "/cases/{id}/parties", CasePartiesCreate);
    r.Add(Method::kDelete, v1 + "/cases/{id}/parties/{party_id}", CasePartiesDelete);
    r.AddCreate(v1 + "/cases/{id}/screenings", CaseScreeningsCreate);
    r.Add(Method::kPost, v1 + "/cases/{id}/screenings/{screening_id}/determination", CaseScreeningsDetermine);
  }

  if (deps.case_work != nullptr) {
    r.AddCreate(v1 + "/cases/{id}/services", CaseServicesCreate);
    r.Add(Method::kGet, v1 + "/cases/{id}/services", CaseServicesList);
    r.Add(Method::kPatch, v1 + "/cases/{id}/services/{service_id}", CaseServicesPatch);
    r.AddCreate(v1 + "/cases/{id}/notes", CaseNotesCreate);
    r.Add(Method::kGet, v1 + "/cases/{id}/notes", CaseNotesList);
    r.Add(Method::kGet, v1 + "/cases/{id}/complaint", CaseComplaintGet);
    r.Add(Method::kPatch, v1 + "/cases/{id}/complaint", CaseComplaintPatch);
    r.AddCreate(v1 + "/cases/{id}/restitutions", CaseRestitutionsCreate);
    r.Add(Method::kGet, v1 + "/cases/{id}/restitutions", CaseRestitutionsList);
    r.Add(Method::kPatch, v1 + "/cases/{id}/restitutions/{restitution_id}", CaseRestitutionsPatch);
  }
  if (deps.tasks != nullptr) {
    r.Add(Method::kGet, v1 + "/tasks", TasksList);
  }
  if (deps.attachments != nullptr) {
    r.AddCreate(v1 + "/cases/{id}/attachments", CaseAttachmentsCreate);
    r.Add(Method::kGet, v1 + "/cases/{id}/attachments", CaseAttachmentsList);
    r.Add(Method::kGet, v1 + "/cases/{id}/attachments/{attachment_id}/content", CaseAttachmentsContent);
  }

  if (deps.referrals != nullptr) {
    r.AddCreate(v1 + "/cases/{id}/referrals", CaseReferralsCreate);
    r.Add(Method::kGet, v1 + "/cases/{id}/referrals", CaseReferralsList);
    r.Add(Method::kGet, v1 + "/referrals", ReferralsList);
    // The literal path is more specific than /referrals/{id} (router.cpp), so "response-times" is no id.
    r.Add(Method::kGet, v1 + "/referrals/response-times", ReferralsResponseTimes);
    r.Add(Method::kGet, v1 + "/referrals/{id}", ReferralsGet);
    r.Add(Method::kPost, v1 + "/referrals/{id}/accept", ReferralsAccept);
    r.Add(Method::kPost, v1 + "/referrals/{id}/decline", ReferralsDecline);
    r.Add(Method::kPost, v1 + "/referrals/{id}/complete", ReferralsComplete);
    r.Add(Method::kPost, v1 + "/referrals/{id}/revoke", ReferralsRevoke);
    r.Add(Method::kPost, v1 + "/referrals/{id}/forward", ReferralsForward);
  }

  if (deps.coordination != nullptr) {
    r.AddCreate(v1 + "/forums", ForumsCreate);
    r.Add(Method::kGet, v1 + "/forums", ForumsList);
    r.Add(Method::kGet, v1 + "/forums/{id}", ForumsGet);
    r.Add(Method::kPatch, v1 + "/forums/{id}", ForumsPatch);
    r.AddCreate(v1 + "/forums/{id}/meetings", ForumMeetingsCreate);
    r.Add(Method::kGet, v1 + "/forums/{id}/meetings", ForumMeetingsList);
    r.Add(Method::kGet, v1 + "/forums/{id}/record", ForumsRecord);
    r.Add(Method::kGet, v1 + "/meetings/{id}", MeetingsGet);
    r.Add(Method::kPatch, v1 + "/meetings/{id}", MeetingsPatch);
    r.AddCreate(v1 + "/meetings/{id}/commitments", MeetingCommitmentsCreate);
    r.Add(Method::kGet, v1 + "/commitments", CommitmentsList);
    r.Add(Method::kGet, v1 + "/commitments/{id}", CommitmentsGet);
    r.Add(Method::kPatch, v1 + "/commitments/{id}", CommitmentsPatch);
  }
  if (deps.outreach != nullptr) {
    r.AddCreate(v1 + "/outreach-events", OutreachEventsCreate);
    r.Add(Method::kGet, v1 + "/outreach-events", OutreachEventsList);
    r.Add(Method::kGet, v1 + "/outreach-events/{id}", OutreachEventsGet);
    r.Add(Method::kPatch, v1 + "/outreach-events/{id}", OutreachEventsPatch);
    r.AddCreate(v1 + "/outreach-events/{id}/follow-ups", OutreachFollowUpsCreate);
    r.Add(Method::kPost, v1 + "/outreach-events/{id}/follow-ups/{follow_up_id}/case", OutreachFollowUpsCase);
    r.Add(Method::kGet, v1 + "/outreach/coverage", OutreachCoverage);
  }
  if (deps.meeting_attachments != nullptr) {
    r.AddCreate(v1 + "/meetings/{id}/attachments", MeetingAttachmentsCreate);
    r.Add(Method::kGet, v1 + "/meetings/{id}/attachments", MeetingAttachmentsList);
    r.Add(Method::kGet, v1 + "/meeting-attachments/{id}", MeetingAttachmentsGet);
    r.Add(Method::kDelete, v1 + "/meeting-attachments/{id}", MeetingAttachmentsDelete);
    r.Add(Method::kGet, v1 + "/meeting-attachments/{id}/content", MeetingAttachmentsContent);
  }

  if (deps.training != nullptr) {
    r.AddCreate(v1 + "/training-programmes", TrainingProgrammesCreate);
    r.Add(Method::kGet, v1 + "/training-programmes", TrainingProgrammesList);
    r.Add(Method::kGet, v1 + "/training-programmes/{id}", TrainingProgrammesGet);
    r.Add(Method::kPatch, v1 + "/training-programmes/{id}", TrainingProgrammesPatch);
    r.AddCreate(v1 + "/training-programmes/{id}/sessions", ProgrammeSessionsCreate);
    r.Add(Method::kGet, v1 + "/training-programmes/{id}/sessions", ProgrammeSessionsList);
    r.Add(Method::kGet, v1 + "/training-sessions/{id}", TrainingSessionsGet);
    r.Add(Method::kPatch, v1 + "/training-sessions/{id}", TrainingSessionsPatch);
    r.AddCreate(v1 + "/training-sessions/{id}/enrolments", SessionEnrolmentsCreate);
    r.Add(Method::kGet, v1 + "/training-sessions/{id}/enrolments", SessionEnrolmentsList);
    r.Add(Method::kPatch, v1 + "/training-enrolments/{id}", TrainingEnrolmentsPatch);
    r.Add(Method::kGet, v1 + "/persons/{id}/trainings", PersonTrainingsList);
  }

  r.Add(Method::kGet, v1 + "/reference/regions", ReferenceRegions);
  r.Add(Method::kGet, v1 + "/reference/regions/{code}", ReferenceRegionGet);
  r.Add(Method::kGet, v1 + "/reference/countries", ReferenceCountries);
  r.Add(Method::kGet, v1 + "/reference/codelists", ReferenceCodelists);
  r.Add(Method::kGet, v1 + "/reference/codelists/{name}", ReferenceCodelistGet);
  r.Add(Method::kGet, v1 + "/reference/nik/{nik}", ReferenceNik);
}

}  // namespace sinergi::http
