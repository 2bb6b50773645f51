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

/** A batch's rows summed by everything any rollup keys on: one pass over the rows. */
export interface Group {
  row: LedgerRow;
  milli: bigint;
}

export const groupsOf = (rows: LedgerRow[]): Group[] => {
  const groups = new Map<string, Group>();
  for (const row of rows) {
    // recordedAt is an ISO string in UTC: its first 13 characters are its hour.
    const key = `${row.recordedAt.slice(0, 13)}\u0000${row.occurredOn}\u0000${row.operation}\u0000${row.phase}\u0000${row.force}\u0000${row.metric}`;
    const group = groups.get(key);
    if (group) group.milli += row.milli;
    else groups.set(key, { row, milli: row.milli });
  }
  return [...groups.values()];
};

/** The buckets a group is summed into: [span, start] pairs. */
type BucketsOf = (row: LedgerRow) => [string, string][];

/**
 * A batch's groups summed by bucket and by operation, phase, force and metric, exactly
 * (in thousandths). Summed here rather than by PostgreSQL: the rows are in hand, and a
 * batch of thousands of events touches a few thousand sums.
 */
export const sumsOf = (groups: Group[], bucketsOf: BucketsOf): RollupSums => {
  const sums = new Map<string, { span: string; start: string; row: LedgerRow; milli: bigint }>();
  for (const { row, milli } of groups)
    for (const [span, start] of bucketsOf(row)) {
      const key = `${span}\u0000${start}\u0000${row.operation}\u0000${row.phase}\u0000${row.force}\u0000${row.metric}`;
      const sum = sums.get(key);
      if (sum) sum.milli += milli;
      else sums.set(key, { span, start, row, milli });
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

/** The UTC hour, day and month the row was recorded in (recordedAt is an ISO string in UTC). */
export const RECORDED: BucketsOf = ({ recordedAt: at }) => [
  ['hour', `${at.slice(0, 13)}:00:00.000Z`],
  ['day', `${at.slice(0, 10)}T00:00:00.000Z`],
  ['month', `${at.slice(0, 7)}-01T00:00:00.000Z`],
];
