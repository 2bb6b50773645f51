import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

export const REQUEST_ID_HEADER = 'x-request-id';

/**
 * The id of a request: the client's `X-Request-Id` when it is a sane one, else a new one.
 * Given once, at the first of the request id middleware and the logger that asks, and
 * echoed in the answer's header, so that refusals made before the logger runs (a body not
 * JSON, too large) carry the same id as the rest.
 */
export const requestIdOf = (request: IncomingMessage, response: ServerResponse): string => {
  const kept = response.getHeader(REQUEST_ID_HEADER);
  if (typeof kept === 'string') return kept;
  const given = request.headers[REQUEST_ID_HEADER];
  const id = typeof given === 'string' && /^[\w.-]{1,100}$/.test(given) ? given : randomUUID();
  if (!response.headersSent) response.setHeader(REQUEST_ID_HEADER, id);
  return id;
};
