import type { LedgerRow } from './ledger-rows';

/** What a batch adds to one rollup (or to the totals), as columns for `unnest`. */
export interface RollupSums {
  span: string[];
  start: string[];
  operation: string[];
  phase: number[];
  force: string[];
  metric: string[];
  milli: string[];
}

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

/** The buckets a row is summed into: [span, start] pairs. */
type BucketsOf = (row: LedgerRow) => [string, string][];

/**
 * A batch's rows summed by bucket and by operation, phase, force and metric, exactly (in
 * thousandths). Summed here rather than by PostgreSQL: the rows are in hand, and a batch
 * of ten thousand events touches a few thousand sums.
 */
export const sumsOf = (rows: LedgerRow[], bucketsOf: BucketsOf): RollupSums => {
  const sums = new Map<string, { span: string; start: string; row: LedgerRow; milli: bigint }>();
  for (const row of rows)
    for (const [span, start] of bucketsOf(row)) {
      const key = `${span}\u0000${start}\u0000${row.operation}\u0000${row.phase}\u0000${row.force}\u0000${row.metric}`;
      const sum = sums.get(key);
      if (sum) sum.milli += row.milli;
      else sums.set(key, { span, start, row, milli: row.milli });
    }
  const columns: RollupSums = {
    span: [],
    start: [],
    operation: [],
    phase: [],
    force: [],
    metric: [],
    milli: [],
  };
  for (const { span, start, row, milli } of sums.values()) {
    columns.span.push(span);
    columns.start.push(start);
    columns.operation.push(row.operation);
    columns.phase.push(row.phase);
    columns.force.push(row.force);
    columns.metric.push(row.metric);
    columns.milli.push(milli.toString());
  }
  return columns;
};

/** The totals have no buckets: one sum per operation, phase, force and metric. */
export const TOTALS: BucketsOf = () => [['', '']];

/** The UK calendar day and month the row occurred in. */
export const OCCURRED: BucketsOf = (row) => [
  ['day', row.occurredOn],
  ['month', `${row.occurredOn.slice(0, 7)}-01`],
];

/** The UTC hour, day and month the row was recorded in. */
export const recordedBuckets = (): BucketsOf => {
  // Rows come in runs of one event's (or one append's) time: parse each time once.
  let last = '';
  let buckets: [string, string][] = [];
  return (row) => {
    if (row.recordedAt === last) return buckets;
    last = row.recordedAt;
    const at = Date.parse(row.recordedAt);
    const month = new Date(at);
    buckets = [
      ['hour', new Date(Math.floor(at / HOUR_MS) * HOUR_MS).toISOString()],
      ['day', new Date(Math.floor(at / DAY_MS) * DAY_MS).toISOString()],
      ['month', new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth(), 1)).toISOString()],
    ];
    return buckets;
  };
};
