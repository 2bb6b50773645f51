import { SEIZURE_ITEMS } from '@ros/domain';
import { csvText } from '../csv/csv-text';
import type { Totals } from './totals.answers';

const SCALARS: [string, (t: Totals) => number][] = [
  ['entries', (t) => t.entries],
  ['warrants', (t) => t.warrants],
  ['arrests', (t) => t.arrests],
  ['charges', (t) => t.charges],
  ['countyLinesClosed', (t) => t.countyLinesClosed],
  ['welfareVisits', (t) => t.welfareVisits],
  ['vehicleStops', (t) => t.vehicleStops],
  ['engagements', (t) => t.engagements],
  ['safeguardedChildren', (t) => t.safeguarded.children],
  ['safeguardedAdults', (t) => t.safeguarded.adults],
  ['disruptionsPursue', (t) => t.disruptions.pursue],
  ['disruptionsProtect', (t) => t.disruptions.protect],
  ['disruptionsPrevent', (t) => t.disruptions.prevent],
  ['disruptionsPrepare', (t) => t.disruptions.prepare],
  ['estimatedValueGBP', (t) => t.estimatedValueGBP],
];

/** A row of the CSV: its label (force, phase…), its totals, and any columns of its own before them. */
export interface CsvRow {
  label: string | number;
  totals: Totals;
  extra?: Record<string, string | number>;
}

/** One row per force (or phase…), a header row first; seizure columns for the items seen. */
export const totalsCsv = (labelName: string, rows: readonly CsvRow[]): string => {
  const items = SEIZURE_ITEMS.filter((item) => rows.some(({ totals }) => totals.seizures[item]));
  const extras = Object.keys(rows[0]?.extra ?? {});
  const header = [
    labelName,
    ...extras,
    ...SCALARS.map(([name]) => name),
    ...items.flatMap((item) => {
      const unit = rows.find(({ totals }) => totals.seizures[item])!.totals.seizures[item]!.unit;
      return [`${item} seizures`, `${item} quantity (${unit})`, `${item} estimatedValueGBP`];
    }),
  ];
  const lines = rows.map(({ label, totals, extra }) => [
    label,
    ...extras.map((name) => extra![name]),
    ...SCALARS.map(([, get]) => get(totals)),
    ...items.flatMap((item) => [
      totals.seizures[item]?.seizures ?? 0,
      totals.seizures[item]?.quantity ?? 0,
      totals.seizures[item]?.estimatedValueGBP ?? 0,
    ]),
  ]);
  return csvText(header, lines);
};

/** Label-and-totals pairs, as the totals queries assemble them, as CSV rows. */
export const csvRowsOf = (pairs: readonly (readonly [string | number, Totals])[]): CsvRow[] =>
  pairs.map(([label, totals]) => ({ label, totals }));
