import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { readsEntries } from './auth/reads-entries';
import { useSessionUser } from './auth/use-session';
import { SignIn } from './auth/SignIn';
import { CoordinatorHome } from './coordinator/CoordinatorHome';
import { Layout } from './layout/Layout';
import { SummaryPage } from './summary/SummaryPage';
import type { SessionUser } from './auth/session';

// Loaded when first opened: the first view stays small.
const ExplorerPage = lazy(() => import('./explorer/ExplorerPage'));
const AdminPage = lazy(() => import('./admin/AdminPage'));
const PublicationsRoutes = lazy(() => import('./publications/PublicationsRoutes'));
const loading = <p role="status">Loading…</p>;

/** Where each role lands: the summary for those who read it, the entry page for coordinators. */
export const homeOf = (user: SessionUser): string =>
  user.role === 'coordinator' ? '/coordinator' : '/summary';

export const App = () => {
  const user = useSessionUser();
  const location = useLocation();
  if (!user) {
    if (location.pathname === '/sign-in') return <SignIn />;
    // Keep where they were going (path and query), to return there after signing in.
    return <Navigate to="/sign-in" replace state={{ from: location.pathname + location.search }} />;
  }
  const home = homeOf(user);
  // Just signed in: back where they were going (kept by the redirect to sign-in), or home.
  if (location.pathname === '/sign-in') {
    const from = (location.state as { from?: string } | null)?.from;
    return <Navigate to={from ?? home} replace />;
  }
  return (
    <Layout user={user}>
      <Routes>
        {user.role !== 'coordinator' && <Route path="/summary" element={<SummaryPage />} />}
        {readsEntries(user) && (
          <Route
            path="/explorer"
            element={
              <Suspense fallback={loading}>
                <ExplorerPage />
              </Suspense>
            }
          />
        )}
        {user.role === 'coordinator' && (
          <Route path="/coordinator" element={<CoordinatorHome user={user} />} />
        )}
        {user.role !== 'coordinator' && (
          <Route
            path="/publications/*"
            element={
              <Suspense fallback={loading}>
                <PublicationsRoutes />
              </Suspense>
            }
          />
        )}
        {user.role === 'admin' && (
          <Route
            path="/admin/*"
            element={
              <Suspense fallback={loading}>
                <AdminPage />
              </Suspense>
            }
          />
        )}
        <Route path="*" element={<Navigate to={home} replace />} />
      </Routes>
    </Layout>
  );
};
