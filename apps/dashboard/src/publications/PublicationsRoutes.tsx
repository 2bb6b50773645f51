import { Route, Routes } from 'react-router';
import { PublicationPage } from './PublicationPage';
import { PublicationsPage } from './PublicationsPage';

/** /publications and /publications/:id, loaded only when opened. */
const PublicationsRoutes = () => (
  <Routes>
    <Route index element={<PublicationsPage />} />
    <Route path=":id" element={<PublicationPage />} />
  </Routes>
);
export default PublicationsRoutes;
