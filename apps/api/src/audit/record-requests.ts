import { Logger } from '@nestjs/common';
import type { AuditScope, AuditTrail, NewAuditRecord } from '@ros/audit';
import type { Actor } from '@ros/domain';
import type { NextFunction, Request, Response } from 'express';
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

type AuditedRequest = Request & { actor?: Actor; id?: string | number };

/** What the request was, who made it and how it was answered; null for one not audited. */
export const auditRecordOf = (
  request: AuditedRequest,
  response: Response,
): NewAuditRecord | null => {
  const pattern: unknown = request.route?.path;
  if (typeof pattern !== 'string') return null; // no route matched: nothing was read or written
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
  return {
    at: new Date(),
    username: request.actor?.username ?? (signIn ? tried : null),
    role: request.actor?.role ?? null,
    force: request.actor?.force ?? null,
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
    requestId: request.id === undefined ? null : String(request.id),
    status: response.statusCode,
  };
};

/**
 * Records every API request in the audit trail once its answer is decided, refusals
 * included (a guard's 401 and 403 too, which no Nest interceptor sees), and holds the
 * answer back until the record is durable: what a client has been told happened is
 * always in the trail. If the trail cannot be written, the answer still goes out (the
 * write it reports is already stored, and a client told "failed" would only retry it),
 * and the record goes to the error log in full, for the log shipper to keep.
 */
export const recordRequests = (trail: AuditTrail) => {
  const logger = new Logger('audit');
  return (request: AuditedRequest, response: Response, next: NextFunction): void => {
    if (!request.path.startsWith('/api/')) return next();
    const end = response.end.bind(response) as (...args: unknown[]) => Response;
    let ended = false;
    response.end = ((...args: unknown[]) => {
      if (ended) return end(...args);
      ended = true;
      const record = auditRecordOf(request, response);
      if (!record) return end(...args);
      trail
        .record(record)
        .catch((error: Error) =>
          logger.error(
            { audit: record, reason: error.message },
            'Could not write the audit record; it is logged here instead',
          ),
        )
        .finally(() => end(...args));
      return response;
    }) as Response['end'];
    next();
  };
};
