import { createHash } from 'node:crypto';
import type { AuditRecord, NewAuditRecord } from '../audit-record';

/** The previous hash of the first record. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * The bytes a record's hash is taken over: a JSON array in a fixed order, the scope as
 * [key, value] pairs sorted by key, the time as ISO 8601 in UTC with milliseconds, and
 * the previous record's hash last. Written out in docs/runbook.md so that anyone can
 * recompute a hash without this code. Changing it breaks every existing chain.
 */
export const canonicalOf = (record: NewAuditRecord & { seq: string }, prevHash: string): string =>
  JSON.stringify([
    record.seq,
    record.at.toISOString(),
    record.username,
    record.role,
    record.force,
    record.action,
    record.kind,
    record.method,
    record.route,
    Object.entries(record.scope).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    record.address,
    record.requestId,
    record.status,
    prevHash,
  ]);

/** SHA-256 (hex) of the record's canonical form, previous hash included. */
export const hashOf = (record: NewAuditRecord & { seq: string }, prevHash: string): string =>
  createHash('sha256').update(canonicalOf(record, prevHash), 'utf8').digest('hex');

/** The record that follows `previous` (or starts the chain), with its hashes. */
export const chained = (
  record: NewAuditRecord,
  previous: { seq: string; hash: string } | null,
): AuditRecord => {
  const seq = String(previous ? BigInt(previous.seq) + 1n : 1n);
  const prevHash = previous?.hash ?? GENESIS_HASH;
  return { ...record, seq, prevHash, hash: hashOf({ ...record, seq }, prevHash) };
};
