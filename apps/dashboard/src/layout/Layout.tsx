import type { ReactNode } from 'react';
import { useLocation } from 'react-router';
import type { SessionUser } from '../auth/session';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { TopBar } from './TopBar';

export const Layout = ({ user, children }: { user: SessionUser; children: ReactNode }) => {
  const { pathname } = useLocation();
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <TopBar user={user} />
      <main id="main" tabIndex={-1}>
        {/* Keyed by page, so a failed view recovers when the user goes elsewhere. */}
        <ErrorBoundary key={pathname}>{children}</ErrorBoundary>
      </main>
    </>
  );
};
