import { londonDateOf, type EntryDetails } from '@ros/domain';
import { PoisonEvent } from '../projector/projection';
import { contributionOf } from './contribution';
import { MILLI } from './milli';

export interface LedgerRow {
  position: string;
  seq: number;
  entryId: string;
  recordedAt: string;
  /** The UK calendar day it occurred on: what `from`/`to` windows select by. */
  occurredOn: string;
  operation: string;
  phase: number;
  force: string;
  tags: string[];
  metric: string;
  /** What it adds (or, reversed, takes away), in thousandths. */
  milli: bigint;
}

/** The rows an entry adds to the ledger when it is logged, or when a correction replaces it. */
export const contributionRows = (
  event: { position: bigint; recordedAt: Date },
  ref: { entryId: string; operation: string; phase: number },
  details: EntryDetails,
): LedgerRow[] => {
  if (Number.isNaN(Date.parse(details.occurredAt)))
    throw new PoisonEvent(`occurredAt of entry ${ref.entryId} is not a date`);
  const occurredOn = londonDateOf(details.occurredAt);
  return contributionOf(details).map(({ metric, milli }, seq) => ({
    position: event.position.toString(),
    seq,
    entryId: ref.entryId,
    recordedAt: event.recordedAt.toISOString(),
    occurredOn,
    operation: ref.operation,
    phase: ref.phase,
    force: details.force,
    tags: details.tags ?? [],
    metric,
    milli,
  }));
};

/** One multi-row INSERT for a batch's ledger rows. */
export const insertLedgerRows = async (
  db: { schema: string; query(sql: string, params?: unknown[]): Promise<unknown> },
  rows: LedgerRow[],
): Promise<void> => {
  if (rows.length === 0) return;
  await db.query(
    `INSERT INTO ${db.schema}.ledger
       (position, seq, entry_id, recorded_at, occurred_on, operation, phase, force, tags, metric, delta)
     SELECT r.position, r.seq, r.entry_id, r.recorded_at, r.occurred_on, r.operation, r.phase, r.force,
            string_to_array(r.tags, ','), r.metric, round(r.milli::numeric / ${MILLI}, 3)
       FROM unnest($1::bigint[], $2::int[], $3::uuid[], $4::timestamptz[], $5::date[], $6::text[],
                   $7::int[], $8::text[], $9::text[], $10::text[], $11::int8[])
            AS r(position, seq, entry_id, recorded_at, occurred_on, operation, phase, force, tags, metric, milli)`,
    [
      rows.map((r) => r.position),
      rows.map((r) => r.seq),
      rows.map((r) => r.entryId),
      rows.map((r) => r.recordedAt),
      rows.map((r) => r.occurredOn),
      rows.map((r) => r.operation),
      rows.map((r) => r.phase),
      rows.map((r) => r.force),
      // Tags are slugs, so a comma joins them safely (and is cheaper than a JSON array per row).
      rows.map((r) => r.tags.join(',')),
      rows.map((r) => r.metric),
      rows.map((r) => r.milli.toString()),
    ],
  );
};
