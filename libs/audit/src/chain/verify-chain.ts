import type { AuditRecord } from '../audit-record';
import { GENESIS_HASH, hashOf } from './audit-hash';

export type BrokenLink =
  | { seq: string; reason: 'hash-mismatch'; detail: string }
  | { seq: string; reason: 'gap'; detail: string }
  | { seq: string; reason: 'wrong-previous-hash'; detail: string };

export type ChainVerdict =
  | { intact: true; records: number; head: { seq: string; hash: string } | null }
  | { intact: false; records: number; broken: BrokenLink };

/**
 * Walks the chain in order and stops at the first broken link:
 * - `gap`: a sequence number is missing (a record was deleted), or the chain does not start at 1;
 * - `hash-mismatch`: a record's fields no longer give its stored hash (it was edited);
 * - `wrong-previous-hash`: a record does not point at the hash of the one before it (the
 *   one before was edited and re-hashed, or replaced).
 * Deleting the newest records leaves a shorter chain that is intact: compare the head
 * with one kept elsewhere (docs/runbook.md).
 */
export const verifyChain = async (records: AsyncIterable<AuditRecord>): Promise<ChainVerdict> => {
  let previous: { seq: string; hash: string } | null = null;
  let count = 0;
  for await (const record of records) {
    const expectedSeq = previous ? BigInt(previous.seq) + 1n : 1n;
    const broken = firstFault(record, expectedSeq, previous?.hash ?? GENESIS_HASH);
    if (broken) return { intact: false, records: count, broken };
    previous = { seq: record.seq, hash: record.hash };
    count++;
  }
  return { intact: true, records: count, head: previous };
};

const firstFault = (
  record: AuditRecord,
  expectedSeq: bigint,
  expectedPrevHash: string,
): BrokenLink | null => {
  const seq = record.seq;
  if (BigInt(seq) !== expectedSeq)
    return {
      seq,
      reason: 'gap',
      detail:
        BigInt(seq) - expectedSeq === 1n
          ? `record ${expectedSeq} is missing (deleted?) before record ${seq}`
          : `records ${expectedSeq} to ${BigInt(seq) - 1n} are missing (deleted?) before record ${seq}`,
    };
  const recomputed = hashOf(record, record.prevHash);
  if (recomputed !== record.hash)
    return {
      seq,
      reason: 'hash-mismatch',
      detail: `record ${seq} has been changed: its fields hash to ${recomputed}, not the ${record.hash} stored with it`,
    };
  if (record.prevHash !== expectedPrevHash)
    return {
      seq,
      reason: 'wrong-previous-hash',
      detail: `record ${seq} names ${record.prevHash} as the previous hash, but the record before it hashes to ${expectedPrevHash} (that one was changed and re-hashed, or replaced)`,
    };
  return null;
};
