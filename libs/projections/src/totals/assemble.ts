import { addMetrics, EMPTY_TOTALS, totalsOf } from './totals';
import type { Totals } from './totals.answers';
import type { MetricRow } from './totals.reader';

/** Sums metric rows into Totals, grouped by a key of each row (one group for all when no key). */
export const totalsBy = <K extends string | number>(
  rows: MetricRow[],
  keyOf: (row: MetricRow) => K,
): Map<K, Totals> => {
  const groups = new Map<K, Map<string, bigint>>();
  for (const row of rows) {
    const key = keyOf(row);
    if (!groups.has(key)) groups.set(key, new Map());
    addMetrics(groups.get(key)!, row.metric, row.milli);
  }
  return new Map([...groups].map(([key, metrics]) => [key, totalsOf(metrics)]));
};

export const totalsOfAll = (rows: MetricRow[]): Totals =>
  totalsBy(rows, () => 'all').get('all') ?? EMPTY_TOTALS;

/** Every key listed, with zeros where nothing was counted. */
export const withZeros = <K extends string | number>(keys: K[], totals: Map<K, Totals>) =>
  keys.map((key) => [key, totals.get(key) ?? EMPTY_TOTALS] as const);

/**
 * Each of `forces` with what it counted (zeros where nothing was): the by-force part of
 * the totals answers, the summary and the publications.
 */
export const totalsByForce = <F extends string>(rows: MetricRow[], forces: readonly F[]) =>
  withZeros(
    [...forces],
    totalsBy(rows, (row) => row.force as F),
  );
