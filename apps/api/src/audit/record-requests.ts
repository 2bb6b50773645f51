import { Logger } from '@nestjs/common';
import type { AuditScope, AuditTrail, NewAuditRecord } from '@ros/audit';
import type { Actor } from '@ros/domain';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AUDITED_ROUTES, NOT_AUDITED } from './audited-routes';

/** Route parameters, by the names the audit trail gives them. */
const PARAM_NAMES: Record<string, string> = {
  op: 'operation',
  n: 'phase',
  force: 'force',
  entryId: 'entryId',
  tag: 'tag',
  id: 'publication',
};

const MOST_QUERY_KEYS = 20;
const short = (value: string) => value.slice(0, 200);

/** The query string's filters, bounded: whatever a client sends, the record stays small. */
const queryScope = (query: unknown): AuditScope => {
  if (!query || typeof query !== 'object') return {};
  return Object.fromEntries(
    Object.entries(query)
      .filter(([key, value]) => /^[\w.-]{1,50}$/.test(key) && typeof value === 'string')
      .slice(0, MOST_QUERY_KEYS)
      .map(([key, value]) => [`query.${key}`, short(value as string)]),
  );
};

const paramScope = (params: Record<string, string> | undefined): AuditScope =>
  Object.fromEntries(
    Object.entries(params ?? {}).map(([key, value]) => [
      PARAM_NAMES[key] ?? key,
      short(String(value)),
    ]),
  );

type AuditedRequest = FastifyRequest & { actor?: Actor };

/** Who a request's token names, for a request refused before it was signed in (a bad body). */
export type PresentedBy = (authorization: string | undefined) => Actor | null;

/** What the request was, who made it and how it was answered; null for one not audited. */
export const auditRecordOf = (
  request: AuditedRequest,
  response: FastifyReply,
  presentedBy: PresentedBy = () => null,
): NewAuditRecord | null => {
  const pattern: unknown = request.routeOptions.url;
  // No route of the API's matched (a 404, a CORS preflight): nothing was read or written.
  if (typeof pattern !== 'string' || !pattern.startsWith('/api/')) return null;
  const key = `${request.method} ${pattern}`;
  if (NOT_AUDITED.includes(key)) return null;
  const route = AUDITED_ROUTES[key];
  const body =
    request.body && typeof request.body === 'object' && !Array.isArray(request.body)
      ? (request.body as Record<string, unknown>)
      : {};
  const csv = String(response.getHeader('content-type') ?? '').startsWith('text/csv');
  const signIn = route?.kind === 'authentication';
  const tried = typeof body.username === 'string' ? body.username.slice(0, 100) : null;
  // A body refused (400, 413, 415) is answered before the access guard signs anyone in:
  // the record still says whose validly signed token came with it.
  const actor = request.actor ?? presentedBy(request.headers.authorization);
  return {
    at: new Date(),
    username: actor?.username ?? (signIn ? tried : null),
    role: actor?.role ?? null,
    force: actor?.force ?? null,
    action: route ? (csv && route.export ? route.export : route.action) : 'unclassified',
    kind: route ? (csv && route.export ? 'disclosure' : route.kind) : 'other',
    method: request.method,
    route: pattern,
    scope: {
      ...paramScope(request.params as Record<string, string>),
      ...queryScope(request.query),
      ...(route?.fromBody?.(body) ?? {}),
    },
    address: request.ip ?? request.socket.remoteAddress ?? null,
    requestId: String(request.id),
    status: response.statusCode,
  };
};

/**
 * Records every API request in the audit trail once its answer is decided, refusals
 * included (a guard's 401 and 403 too, which no Nest interceptor sees), and holds the
 * answer back until the record is durable (Fastify's `onSend` waits for it): what a client
 * has been told happened is always in the trail. If the trail cannot be written, the answer
 * still goes out (the write it reports is already stored, and a client told "failed" would
 * only retry it), and the record goes to the error log in full, for the log shipper to keep.
 */
export const recordRequests = (
  fastify: FastifyInstance,
  trail: AuditTrail,
  presentedBy: PresentedBy,
): void => {
  const logger = new Logger('audit');
  fastify.addHook('onSend', async (request, reply, payload) => {
    const record = auditRecordOf(request, reply, presentedBy);
    if (record)
      await trail
        .record(record)
        .catch((error: Error) =>
          logger.error(
            { audit: record, reason: error.message },
            'Could not write the audit record; it is logged here instead',
          ),
        );
    return payload;
  });
};
