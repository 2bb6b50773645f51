import { londonDateOf, type EntryDetails } from '@ros/domain';
import { PoisonEvent } from '../projector/projection';
import { contributionOf } from './contribution';
import { MILLI } from './milli';
import { groupsOf, OCCURRED, RECORDED, sumsOf, TOTALS, type RollupSums } from './rollup-sums';

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

const KEY = 'operation, phase, force, metric';
const ADD_ON_CONFLICT = (table: string, key: string) =>
  `ON CONFLICT (${key}) DO UPDATE SET value = ${table}.value + EXCLUDED.value`;
const DELTA = (milli: string) => `round(${milli}::numeric / ${MILLI}, 3)`;

/** `unnest` of a RollupSums given from parameter $first on, as s(span, start, key…, milli). */
const sumsSql = (first: number, startType: string) =>
  `unnest($${first}::text[], $${first + 1}::${startType}[], $${first + 2}::text[], $${first + 3}::int[],
          $${first + 4}::text[], $${first + 5}::text[], $${first + 6}::int8[])
     AS s(span, start, ${KEY}, milli)`;

const sumsParams = (sums: RollupSums) => [
  sums.span,
  sums.start,
  sums.operation,
  sums.phase,
  sums.force,
  sums.metric,
  sums.milli,
];

const INSERT_LEDGER = (s: string) => `
  INSERT INTO ${s}.ledger
    (position, seq, entry_id, recorded_at, occurred_on, operation, phase, force, tags, metric, delta)
  SELECT r.position, r.seq, r.entry_id, r.recorded_at, r.occurred_on, r.operation, r.phase, r.force,
         string_to_array(r.tags, ','), r.metric, ${DELTA('r.milli')}
    FROM unnest($1::bigint[], $2::int[], $3::uuid[], $4::timestamptz[], $5::date[], $6::text[],
                $7::int[], $8::text[], $9::text[], $10::text[], $11::int8[])
         AS r(position, seq, entry_id, recorded_at, occurred_on, operation, phase, force, tags, metric, milli)`;

/**
 * A batch's ledger rows, and what they add to the totals and to both rollups, in one
 * statement: one round trip, and the sums can only ever move with the rows they sum.
 * Without sums (a rebuild's generation, see ProjectionContext.deferred) the rows alone:
 * sumLedger makes the sums from them at the end.
 */
export const insertLedgerRows = async (
  db: { schema: string; query(sql: string, params?: unknown[]): Promise<unknown> },
  rows: LedgerRow[],
  { withSums }: { withSums: boolean },
): Promise<void> => {
  if (rows.length === 0) return;
  const s = db.schema;
  const ledgerParams = [
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
  ];
  if (!withSums) return void (await db.query(INSERT_LEDGER(s), ledgerParams));
  const groups = groupsOf(rows);
  await db.query(
    `WITH ledger AS (${INSERT_LEDGER(s)}),
     totals AS (
       INSERT INTO ${s}.totals (${KEY}, value)
       SELECT ${KEY}, ${DELTA('milli')} FROM ${sumsSql(12, 'text')}
       ${ADD_ON_CONFLICT('totals', KEY)}),
     occurred AS (
       INSERT INTO ${s}.occurred_rollup (span, starts_on, ${KEY}, value)
       SELECT span, start, ${KEY}, ${DELTA('milli')} FROM ${sumsSql(19, 'date')}
       ${ADD_ON_CONFLICT('occurred_rollup', `span, starts_on, ${KEY}`)})
     INSERT INTO ${s}.recorded_rollup (span, starts_at, ${KEY}, value)
     SELECT span, start, ${KEY}, ${DELTA('milli')} FROM ${sumsSql(26, 'timestamptz')}
     ${ADD_ON_CONFLICT('recorded_rollup', `span, starts_at, ${KEY}`)}`,
    [
      ...ledgerParams,
      ...sumsParams(sumsOf(groups, TOTALS)),
      ...sumsParams(sumsOf(groups, OCCURRED)),
      ...sumsParams(sumsOf(groups, RECORDED)),
    ],
  );
};
