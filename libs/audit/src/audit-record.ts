/**
 * What DPA 2018 s.62 asks a log to tell apart: collection, alteration, consultation and
 * disclosure; and sign-ins, which say who could do any of these. `other` is a route not
 * yet classified (apps/api's audited-routes.ts): still recorded, never dropped.
 */
export const AUDIT_KINDS = [
  'collection',
  'alteration',
  'consultation',
  'disclosure',
  'authentication',
  'other',
] as const;
export type AuditKind = (typeof AUDIT_KINDS)[number];

/** Which operation, phase, force, entry or filters a request was about: short text values. */
export type AuditScope = Record<string, string>;

/** One request, as the API records it once it has decided the answer. */
export interface NewAuditRecord {
  at: Date;
  /** Who, as the token said (or the username tried, for a sign-in); null when nobody. */
  username: string | null;
  role: string | null;
  force: string | null;
  /** What, in words (`entry.log`, `entry-log.read`, `auth.sign-in`). */
  action: string;
  kind: AuditKind;
  method: string;
  /** The route's pattern, as `/api/operations/:op/phases/:n/entries`. */
  route: string;
  scope: AuditScope;
  /** From where: the client's address. */
  address: string | null;
  /** The request id (x-request-id), which is also the correlation id of its events. */
  requestId: string | null;
  /** The outcome: the HTTP status answered. */
  status: number;
}

/** A record as stored: its place in the chain and the hashes that chain it. */
export interface AuditRecord extends NewAuditRecord {
  seq: string;
  prevHash: string;
  hash: string;
}
