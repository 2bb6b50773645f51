import type { SessionUser } from './session';

/** Who may read the entry log, and so open the explorer: analysts and admins, not PCCs. */
export const readsEntries = (user: SessionUser): boolean =>
  user.role === 'analyst' || user.role === 'admin';
