import type { AuditKind, AuditScope } from '@ros/audit';

/** How one route is recorded in the audit trail. */
export interface AuditedRoute {
  action: string;
  kind: AuditKind;
  /** What of the body says what the request was about (never a password or free text). */
  fromBody?: (body: Record<string, unknown>) => AuditScope;
  /** When the answer is CSV: a disclosure, under this action. */
  export?: string;
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' || typeof value === 'number' ? String(value).slice(0, 100) : undefined;

/** Picks the named top-level fields that are short text or numbers. */
const fields =
  (...names: string[]) =>
  (body: Record<string, unknown>): AuditScope =>
    Object.fromEntries(
      names.flatMap((name) => {
        const value = text(body[name]);
        return value === undefined ? [] : [[name, value]];
      }),
    );

/**
 * Every API route and what a call to it is, in the terms of DPA 2018 s.62: collection,
 * alteration, consultation, disclosure; and sign-ins. A route missing here is still
 * recorded, as `unclassified` of kind `other`, and `audit.e2e.spec.ts` fails until it is
 * added. Keyed by method and the route's pattern as Express holds it.
 */
export const AUDITED_ROUTES: Record<string, AuditedRoute> = {
  'POST /api/auth/token': { action: 'auth.sign-in', kind: 'authentication' },
  'POST /api/auth/logout': { action: 'auth.sign-out', kind: 'authentication' },
  'POST /api/auth/password': { action: 'auth.change-password', kind: 'alteration' },
  'POST /api/users/:username/disable': { action: 'user.disable', kind: 'alteration' },
  'POST /api/users/:username/enable': { action: 'user.enable', kind: 'alteration' },
  'POST /api/users/:username/password': { action: 'user.reset-password', kind: 'alteration' },
  'POST /api/users': {
    action: 'user.create',
    kind: 'alteration',
    fromBody: (body) => {
      const { username, role, force } = fields('username', 'role', 'force')(body);
      return Object.fromEntries(
        Object.entries({ user: username, userRole: role, userForce: force }).filter(
          ([, value]) => value !== undefined,
        ),
      ) as AuditScope;
    },
  },
  'GET /api/users': { action: 'users.list', kind: 'consultation' },

  'POST /api/operations': {
    action: 'operation.register',
    kind: 'alteration',
    fromBody: fields('id'),
  },
  'GET /api/operations': { action: 'operations.list', kind: 'consultation' },
  'GET /api/operations/:op': { action: 'operation.read', kind: 'consultation' },
  'POST /api/operations/:op/phases': {
    action: 'phase.open',
    kind: 'alteration',
    fromBody: fields('number'),
  },
  'POST /api/operations/:op/phases/:n/close': { action: 'phase.close', kind: 'alteration' },
  'POST /api/operations/:op/phases/:n/reopen': { action: 'phase.reopen', kind: 'alteration' },
  'PATCH /api/operations/:op/phases/:n': { action: 'phase.amend-dates', kind: 'alteration' },

  'GET /api/operations/:op/phases/:n/entries': {
    action: 'entry-log.read',
    kind: 'consultation',
    export: 'entry-log.export',
  },
  'GET /api/operations/:op/phases/:n/entries/:entryId': {
    action: 'entry.read',
    kind: 'consultation',
  },
  'POST /api/operations/:op/phases/:n/entries': {
    action: 'entry.log',
    kind: 'collection',
    fromBody: fields('entryId', 'force', 'kind'),
  },
  'POST /api/operations/:op/phases/:n/entries/batch': {
    action: 'entry.log-batch',
    kind: 'collection',
    fromBody: (body): AuditScope =>
      Array.isArray(body.entries) ? { entries: String(body.entries.length) } : {},
  },
  'POST /api/operations/:op/phases/:n/entries/:entryId/correction': {
    action: 'entry.correct',
    kind: 'alteration',
  },
  'POST /api/operations/:op/phases/:n/entries/:entryId/retraction': {
    action: 'entry.retract',
    kind: 'alteration',
  },

  'GET /api/operations/:op/phases/:n/totals': {
    action: 'totals.read',
    kind: 'consultation',
    export: 'totals.export',
  },
  'GET /api/operations/:op/totals': {
    action: 'totals.read',
    kind: 'consultation',
    export: 'totals.export',
  },
  'GET /api/forces/:force/totals': {
    action: 'totals.read',
    kind: 'consultation',
    export: 'totals.export',
  },
  'GET /api/tags/:tag/totals': {
    action: 'totals.read',
    kind: 'consultation',
    export: 'totals.export',
  },
  'GET /api/summary': { action: 'summary.read', kind: 'consultation', export: 'summary.export' },

  'GET /api/forces': { action: 'forces.list', kind: 'consultation' },
  'PUT /api/forces/:force/population': { action: 'population.estimate', kind: 'alteration' },

  'POST /api/publications': {
    action: 'publication.create',
    kind: 'disclosure',
    fromBody: (body) =>
      body.scope && typeof body.scope === 'object'
        ? fields('operation', 'phase', 'force', 'from', 'to')(body.scope as Record<string, unknown>)
        : {},
  },
  'GET /api/publications': { action: 'publications.list', kind: 'disclosure' },
  'GET /api/publications/:id': { action: 'publication.read', kind: 'disclosure' },

  'GET /api/audit': { action: 'audit.read', kind: 'consultation' },
};

/** Requests not recorded: probes and metrics that show nobody's data. */
export const NOT_AUDITED = ['GET /api/health'];
