import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

export const REQUEST_ID_HEADER = 'x-request-id';

/** Each request's id, chosen once however many parts of the server ask for it. */
const chosen = new WeakMap<IncomingMessage, string>();

/**
 * The id of a request: the client's `X-Request-Id` when it is a sane one, else a new one.
 * Fastify asks first (its `genReqId`, so that `request.id` is this id), then the request id
 * middleware, the logger and the error filter: all get the same one.
 */
export const requestIdOfRequest = (request: IncomingMessage): string => {
  const known = chosen.get(request);
  if (known) return known;
  const given = request.headers[REQUEST_ID_HEADER];
  const id = typeof given === 'string' && /^[\w.-]{1,100}$/.test(given) ? given : randomUUID();
  chosen.set(request, id);
  return id;
};

/**
 * The id of a request, echoed in the answer's header, so that refusals made before the
 * logger runs (a body not JSON, too large) carry the same id as the rest.
 */
export const requestIdOf = (request: IncomingMessage, response: ServerResponse): string => {
  const id = requestIdOfRequest(request);
  if (!response.headersSent && response.getHeader(REQUEST_ID_HEADER) !== id)
    response.setHeader(REQUEST_ID_HEADER, id);
  return id;
};
