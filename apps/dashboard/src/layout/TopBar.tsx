import { useQueryClient } from '@tanstack/react-query';
import { NavLink } from 'react-router';
import { api } from '../api/client';
import { session, type SessionUser } from '../auth/session';
import { readsEntries } from '../auth/reads-entries';
import { forceName } from '../ui/forces';
import { DemoBadge } from './DemoBadge';

const ROLE_NAMES: Record<SessionUser['role'], string> = {
  admin: 'Admin',
  analyst: 'Regional analyst',
  coordinator: 'Operation coordinator',
  pcc: 'PCC',
};

export const TopBar = ({ user }: { user: SessionUser }) => {
  const queries = useQueryClient();
  const signOut = async () => {
    // Revoked on the server first, so a copy of the token (a log, a shared screen) is worthless.
    await api.POST('/api/auth/logout').catch(() => undefined);
    session.signOut();
    queries.clear(); // the next person on this tab sees nothing of this one's
  };
  return (
    <header className="top-bar">
      <span className="product">Ring of Steel</span>
      <DemoBadge />
      <nav aria-label="Main">
        {user.role === 'coordinator' ? (
          <NavLink to="/coordinator">My force</NavLink>
        ) : (
          <NavLink to="/summary">Summary</NavLink>
        )}
        {readsEntries(user) && <NavLink to="/explorer">Explorer</NavLink>}
        {user.role !== 'coordinator' && <NavLink to="/publications">Publications</NavLink>}
        {user.role === 'admin' && <NavLink to="/admin">Admin</NavLink>}
      </nav>
      <p className="who" aria-label="Signed in as">
        <span className="username">{user.username}</span>
        <span className="role">{ROLE_NAMES[user.role]}</span>
        {user.force && <span className="force">{forceName(user.force)}</span>}
      </p>
      <button type="button" onClick={() => void signOut()}>
        Sign out
      </button>
    </header>
  );
};
