import { useSyncExternalStore } from 'react';
import { session, type SessionUser } from './session';

// The token is the snapshot (a string), so React re-renders only when it changes.
export const useSessionUser = (): SessionUser | null => {
  const token = useSyncExternalStore(session.subscribe, session.token);
  return token ? session.user() : null;
};
