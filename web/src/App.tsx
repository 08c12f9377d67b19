import { lazy, Suspense, type ReactNode } from 'react';
import { Route, Routes } from 'react-router-dom';
import { RequireAccess, RequireAuth } from './auth/RequireAuth';
import { AppLayout } from './components/layout/AppLayout';
import {
  canAdminister,
  canHandleSubjectRequests,
  canReadCases,
  canReadStats,
  canReadAudit,
  canReadRegistry,
  canScreen,
  canSeeTasks,
  canWriteCases,
  canWriteCoordination,
  canWriteRegistry,
} from './lib/access';
import { AccountSecurityPage } from './pages/AccountSecurityPage';
import { AgenciesPage } from './pages/admin/AgenciesPage';
import { AgencyFormPage } from './pages/admin/AgencyFormPage';
import { UserFormPage } from './pages/admin/UserFormPage';
import { UsersPage } from './pages/admin/UsersPage';
import { AuditPage } from './pages/AuditPage';
import { CaseFormPage } from './pages/CaseFormPage';
import { CasePage } from './pages/CasePage';
import { CasesPage } from './pages/CasesPage';
import { DirectoryEntryFormPage } from './pages/DirectoryEntryFormPage';
import { DirectoryPage } from './pages/DirectoryPage';
import { CommitmentPage } from './pages/CommitmentPage';
import { ForumPage } from './pages/ForumPage';
import { ForumsPage } from './pages/ForumsPage';
import { TrainingPage } from './pages/TrainingPage';
import { TrainingProgrammePage } from './pages/TrainingProgrammePage';
import { TrainingSessionPage } from './pages/TrainingSessionPage';
import { HomePage } from './pages/HomePage';
import { JourneyFormPage } from './pages/JourneyFormPage';
import { MeetingPage } from './pages/MeetingPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { OutreachCoveragePage } from './pages/OutreachCoveragePage';
import { OutreachEventPage } from './pages/OutreachEventPage';
import { OutreachFormPage } from './pages/OutreachFormPage';
import { OutreachPage } from './pages/OutreachPage';
import { PersonFormPage } from './pages/PersonFormPage';
import { PersonProfilePage } from './pages/PersonProfilePage';
import { PersonsPage } from './pages/PersonsPage';
import { PublicDirectoryPage } from './pages/PublicDirectoryPage';
import { ReferralLetterPage } from './pages/ReferralLetterPage';
import { ReferralPage } from './pages/ReferralPage';
import { ReferralsPage } from './pages/ReferralsPage';
import { SignInPage } from './pages/SignInPage';
import { SubjectRequestsPage } from './pages/SubjectRequestsPage';
import { TasksPage } from './pages/TasksPage';
import { TppoScreeningPage } from './pages/TppoScreeningPage';

// The statistics pages carry ECharts (about 1 MB): loaded only when opened, so the rest of the app stays light.
const StatsPage = lazy(() => import('./pages/StatsPage').then((m) => ({ default: m.StatsPage })));
const PublicStatsPage = lazy(() => import('./pages/PublicStatsPage').then((m) => ({ default: m.PublicStatsPage })));
const Deferred = ({ children }: { children: ReactNode }) => <Suspense fallback={null}>{children}</Suspense>;

const read = (el: React.ReactNode) => <RequireAccess allowed={canReadRegistry}>{el}</RequireAccess>;
const write = (el: React.ReactNode) => <RequireAccess allowed={canWriteRegistry}>{el}</RequireAccess>;
const caseRead = (el: React.ReactNode) => <RequireAccess allowed={canReadCases}>{el}</RequireAccess>;
const caseWrite = (el: React.ReactNode) => <RequireAccess allowed={canWriteCases}>{el}</RequireAccess>;
const admin = (el: React.ReactNode) => <RequireAccess allowed={canAdminister}>{el}</RequireAccess>;

/** Everything except /masuk, the public directory /direktori and the public figures /statistik needs a session. */
export function App() {
  return (
    <Routes>
      <Route path="masuk" element={<SignInPage />} />
      {/* The public service directory: read-only office data, no session needed (GET /api/v1/public/directory). */}
      <Route path="direktori" element={<PublicDirectoryPage />} />
      {/* The public figures: suppressed, province level and above, no session (GET /api/v1/public/stats/cases). */}
      <Route path="statistik" element={<Deferred><PublicStatsPage /></Deferred>} />
      {/* The printable letter has no application shell around it. */}
      <Route
        path="referrals/:id/surat"
        element={
          <RequireAuth>
            {caseRead(<ReferralLetterPage />)}
          </RequireAuth>
        }
      />
      <Route
        element={
          <RequireAuth>
            <AppLayout />
          </RequireAuth>
        }
      >
        <Route index element={<HomePage />} />
        <Route path="persons" element={read(<PersonsPage />)} />
        <Route path="persons/new" element={write(<PersonFormPage />)} />
        <Route path="persons/:id" element={read(<PersonProfilePage />)} />
        <Route path="persons/:id/edit" element={write(<PersonFormPage />)} />
        <Route path="persons/:personId/journeys/new" element={write(<JourneyFormPage />)} />
        <Route path="journeys/:journeyId/edit" element={write(<JourneyFormPage />)} />
        <Route path="cases" element={caseRead(<CasesPage />)} />
        <Route path="cases/new" element={caseWrite(<CaseFormPage />)} />
        <Route path="cases/:id" element={caseRead(<CasePage />)} />
        <Route path="cases/:id/edit" element={caseWrite(<CaseFormPage />)} />
        <Route path="referrals" element={caseRead(<ReferralsPage />)} />
        <Route path="referrals/:id" element={caseRead(<ReferralPage />)} />
        <Route path="koordinasi" element={<ForumsPage />} />
        <Route path="koordinasi/forum/:id" element={<ForumPage />} />
        <Route path="koordinasi/rapat/:id" element={<MeetingPage />} />
        <Route path="koordinasi/komitmen/:id" element={<CommitmentPage />} />
        <Route path="training" element={<TrainingPage />} />
        <Route path="training/programmes/:id" element={<TrainingProgrammePage />} />
        <Route path="training/sessions/:id" element={<TrainingSessionPage />} />
        <Route path="outreach" element={<OutreachPage />} />
        <Route path="outreach/coverage" element={<OutreachCoveragePage />} />
        <Route path="outreach/new" element={<RequireAccess allowed={canWriteCoordination}><OutreachFormPage /></RequireAccess>} />
        <Route path="outreach/:id" element={<OutreachEventPage />} />
        <Route path="outreach/:id/edit" element={<RequireAccess allowed={canWriteCoordination}><OutreachFormPage /></RequireAccess>} />
        <Route path="directory" element={<DirectoryPage />} />
        <Route path="stats" element={<RequireAccess allowed={canReadStats}><Deferred><StatsPage /></Deferred></RequireAccess>} />
        <Route path="directory/:id/edit" element={<DirectoryEntryFormPage />} />
        <Route path="tasks" element={<RequireAccess allowed={canSeeTasks}><TasksPage /></RequireAccess>} />
        <Route
          path="screening/tppo"
          element={<RequireAccess allowed={canScreen}><TppoScreeningPage /></RequireAccess>}
        />
        <Route path="akun/keamanan" element={<AccountSecurityPage />} />
        <Route path="audit" element={<RequireAccess allowed={canReadAudit}><AuditPage /></RequireAccess>} />
        <Route
          path="data-subject-requests"
          element={<RequireAccess allowed={canHandleSubjectRequests}><SubjectRequestsPage /></RequireAccess>}
        />
        <Route path="admin/agencies" element={admin(<AgenciesPage />)} />
        <Route path="admin/agencies/new" element={admin(<AgencyFormPage />)} />
        <Route path="admin/agencies/:id/edit" element={admin(<AgencyFormPage />)} />
        <Route path="admin/users" element={admin(<UsersPage />)} />
        <Route path="admin/users/new" element={admin(<UserFormPage />)} />
        <Route path="admin/users/:id/edit" element={admin(<UserFormPage />)} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
