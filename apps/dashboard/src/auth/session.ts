import { jwtDecode } from 'jwt-decode';

/** Who is signed in, read from the token's payload: for display and choosing views only. */
export interface SessionUser {
  username: string;
  role: 'admin' | 'coordinator' | 'analyst' | 'pcc';
  force: string | null;
  expiresAt: number;
}

interface Claims {
  sub: string;
  role: SessionUser['role'];
  force?: string | null;
  exp: number;
}

// sessionStorage: the token leaves with the tab, and is never shared with another one.
const KEY = 'ros.accessToken';
const listeners = new Set<() => void>();
let expiredMessage: string | null = null;

export const session = {
  token: (): string | null => sessionStorage.getItem(KEY),

  user(): SessionUser | null {
    const token = session.token();
    if (!token) return null;
    try {
      const claims = jwtDecode<Claims>(token);
      return {
        username: claims.sub,
        role: claims.role,
        force: claims.force ?? null,
        expiresAt: claims.exp * 1000,
      };
    } catch {
      return null;
    }
  },

  signIn(token: string): void {
    sessionStorage.setItem(KEY, token);
    expiredMessage = null;
    notify();
  },

  signOut(): void {
    sessionStorage.removeItem(KEY);
    notify();
  },

  /** The server refused the token (401): sign-in again, saying why. */
  expire(): void {
    if (!session.token()) return;
    expiredMessage = 'Your session has ended. Sign in again to carry on where you were.';
    session.signOut();
  },

  expiredMessage: (): string | null => expiredMessage,

  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

const notify = () => listeners.forEach((listener) => listener());
