import { useState, type FormEvent } from 'react';
import { api } from '../api/client';
import { session } from './session';

/** Username and password for a token, kept in sessionStorage. */
export const SignIn = () => {
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const notice = session.expiredMessage();

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setProblem(null);
    try {
      const { data, error, response } = await api.POST('/api/auth/token', {
        body: { username: String(form.get('username')), password: String(form.get('password')) },
      });
      if (!data) {
        setProblem(
          response.status === 401
            ? 'That username and password do not match. Check them and try again.'
            : response.status === 429
              ? // The server's words say when to try again (locked after repeated failures).
                `${(error as { message?: string } | undefined)?.message ?? 'Too many attempts'}.`
              : `Sign-in failed (the server answered ${response.status}). Try again in a moment.`,
        );
        return;
      }
      session.signIn(data.accessToken); // App then returns to where the user was going
    } catch {
      setProblem('Could not reach the server. Check your connection and try again.');
    } finally {
      setBusy(false);
    }
  };

  return (
    <main id="main" className="sign-in">
      <h1>Ring of Steel</h1>
      <form onSubmit={submit} aria-labelledby="sign-in-title">
        <h2 id="sign-in-title">Sign in</h2>
        {notice && !problem && (
          <p role="status" className="notice">
            {notice}
          </p>
        )}
        {problem && (
          <p role="alert" className="problem">
            {problem}
          </p>
        )}
        <label htmlFor="username">Username</label>
        <input id="username" name="username" autoComplete="username" required maxLength={64} />
        <label htmlFor="password">Password</label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          maxLength={200}
        />
        <button type="submit" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </main>
  );
};
