import { Route, Routes } from 'react-router-dom';
import { AppLayout } from './components/layout/AppLayout';
import { HomePage } from './pages/HomePage';
import { JourneyFormPage } from './pages/JourneyFormPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { PersonFormPage } from './pages/PersonFormPage';
import { PersonProfilePage } from './pages/PersonProfilePage';
import { PersonsPage } from './pages/PersonsPage';
import { SignInPage } from './pages/SignInPage';

export function App() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route index element={<HomePage />} />
        <Route path="masuk" element={<SignInPage />} />
        <Route path="persons" element={<PersonsPage />} />
        <Route path="persons/new" element={<PersonFormPage />} />
        <Route path="persons/:id" element={<PersonProfilePage />} />
        <Route path="persons/:id/edit" element={<PersonFormPage />} />
        <Route path="persons/:personId/journeys/new" element={<JourneyFormPage />} />
        <Route path="journeys/:journeyId/edit" element={<JourneyFormPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
