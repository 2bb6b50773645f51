import { FORCE_IDS, type ForceId } from '../../libs/domain/src';
import { ADMIN_PASSWORD } from './api-process';

const COORDINATOR_PASSWORD = 'bench coordinator password 9q2w';

/** Calls the API as a client does; refuses any answer but the one expected. */
export const call = async <T = unknown>(
  base: string,
  method: string,
  path: string,
  { token, body, expect }: { token?: string; body?: unknown; expect: number[] },
): Promise<T> => {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!expect.includes(response.status))
    throw new Error(`${method} ${path}: ${response.status} ${text.slice(0, 500)}`);
  return (text ? JSON.parse(text) : undefined) as T;
};

const signIn = async (base: string, username: string, password: string): Promise<string> =>
  (
    await call<{ accessToken: string }>(base, 'POST', '/api/auth/token', {
      body: { username, password },
      expect: [200],
    })
  ).accessToken;

export const adminToken = (base: string) => signIn(base, 'admin', ADMIN_PASSWORD);

/**
 * A coordinator per force, as on an action day: only a force's coordinator (or an admin)
 * may log its entries, so each force's writes go out under its own coordinator's token.
 */
export const coordinatorTokens = async (
  base: string,
  admin: string,
): Promise<Record<ForceId, string>> => {
  const tokens = {} as Record<ForceId, string>;
  for (const force of FORCE_IDS) {
    const username = `bench-${force}`;
    await call(base, 'POST', '/api/users', {
      token: admin,
      body: { username, password: COORDINATOR_PASSWORD, role: 'coordinator', force },
      expect: [201, 409],
    });
    tokens[force] = await signIn(base, username, COORDINATOR_PASSWORD);
  }
  return tokens;
};
