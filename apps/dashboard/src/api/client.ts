import createClient, { type Middleware } from 'openapi-fetch';
import { session } from '../auth/session';
import type { components, paths } from './schema';

export type Summary = components['schemas']['Summary'];
export type Totals = components['schemas']['Totals'];
export type ForceSummary = components['schemas']['ForceSummary'];

/** What a failed request says: the contract's `{ statusCode, error, message }`. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const bearer: Middleware = {
  onRequest({ request }) {
    const token = session.token();
    if (token) request.headers.set('authorization', `Bearer ${token}`);
    return request;
  },
  onResponse({ response, request }) {
    // An expired or revoked token: back to sign-in (the page and its query stay in the URL).
    const signingInOrOut = /\/api\/auth\/(token|logout)$/.test(request.url);
    if (response.status === 401 && !signingInOrOut) session.expire();
    return response;
  },
};

export const api = createClient<paths>({ baseUrl: window.location.origin });
api.use(bearer);

/** The data of an answer, or an ApiError with the server's message. */
export const unwrap = <T>(answer: { data?: T; error?: unknown; response: Response }): T => {
  if (answer.data !== undefined) return answer.data;
  const error = answer.error as { message?: string | string[] } | undefined;
  const message = Array.isArray(error?.message) ? error.message.join('; ') : error?.message;
  throw new ApiError(
    answer.response.status,
    message ?? `The server answered ${answer.response.status} ${answer.response.statusText}`,
  );
};
