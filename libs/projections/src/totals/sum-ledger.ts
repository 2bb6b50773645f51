import type { ProjectionContext } from '../projector/projection';

const KEY = 'operation, phase, force, metric';

/** The UTC hour, day or month a ledger row was recorded in, as rollup-sums.ts's RECORDED. */
const recordedIn = (span: string) =>
  `date_trunc('${span}', l.recorded_at AT TIME ZONE 'UTC') AT TIME ZONE 'UTC'`;

/**
 * The totals and both rollups made from the whole ledger at once, as the sum of the same
 * rows, in the same buckets, that insertLedgerRows adds batch by batch (rollup-sums.ts):
 * exact, since every delta is a whole number of thousandths. For a rebuild's generation,
 * whose batches wrote the ledger alone (ProjectionContext.deferred).
 */
export const sumLedger = async (db: ProjectionContext): Promise<void> => {
  const s = db.schema;
  await db.query(`TRUNCATE ${s}.totals, ${s}.occurred_rollup, ${s}.recorded_rollup`);
  await db.query(
    `INSERT INTO ${s}.totals (${KEY}, value)
     SELECT ${KEY}, sum(delta) FROM ${s}.ledger GROUP BY ${KEY}`,
  );
  await db.query(
    `INSERT INTO ${s}.occurred_rollup (span, starts_on, ${KEY}, value)
     SELECT b.span, b.starts_on, l.operation, l.phase, l.force, l.metric, sum(l.delta)
       FROM ${s}.ledger l
            CROSS JOIN LATERAL (VALUES ('day', l.occurred_on),
                                       ('month', date_trunc('month', l.occurred_on)::date))
            AS b(span, starts_on)
      GROUP BY b.span, b.starts_on, l.operation, l.phase, l.force, l.metric`,
  );
  await db.query(
    `INSERT INTO ${s}.recorded_rollup (span, starts_at, ${KEY}, value)
     SELECT b.span, b.starts_at, l.operation, l.phase, l.force, l.metric, sum(l.delta)
       FROM ${s}.ledger l
            CROSS JOIN LATERAL (VALUES ('hour', ${recordedIn('hour')}),
                                       ('day', ${recordedIn('day')}),
                                       ('month', ${recordedIn('month')}))
            AS b(span, starts_at)
      GROUP BY b.span, b.starts_at, l.operation, l.phase, l.force, l.metric`,
  );
};
