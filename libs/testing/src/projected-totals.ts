import { totalsOf, type Totals } from '@ros/projections';

/** Everything the totals table of a generation holds, summed, in the contract's shape. */
export const projectedTotals = async (
  db: { query(sql: string): Promise<{ metric: string; milli: string }[]> },
  schema: string,
): Promise<Totals> => {
  const rows = await db.query(
    `SELECT metric, (round(sum(value) * 1000))::int8::text AS milli FROM ${schema}.totals GROUP BY metric`,
  );
  return totalsOf(new Map(rows.map((r) => [r.metric, BigInt(r.milli)])));
};
