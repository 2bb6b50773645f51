import { SEIZURE_ITEMS } from '@ros/domain';
import type { Totals } from './totals';

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

const cell = (value: string | number): string => {
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** One row per force (or phase…), a header row first; seizure columns for the items seen. */
export const totalsCsv = (
  labelName: string,
  rows: readonly (readonly [string | number, Totals])[],
): string => {
  const items = SEIZURE_ITEMS.filter((item) => rows.some(([, totals]) => totals.seizures[item]));
  const header = [
    labelName,
    ...SCALARS.map(([name]) => name),
    ...items.flatMap((item) => {
      const unit = rows.find(([, t]) => t.seizures[item])![1].seizures[item]!.unit;
      return [`${item} quantity (${unit})`, `${item} estimatedValueGBP`];
    }),
  ];
  const lines = rows.map(([label, totals]) => [
    label,
    ...SCALARS.map(([, get]) => get(totals)),
    ...items.flatMap((item) => [
      totals.seizures[item]?.quantity ?? 0,
      totals.seizures[item]?.estimatedValueGBP ?? 0,
    ]),
  ]);
  return [header, ...lines].map((line) => line.map(cell).join(',')).join('\r\n') + '\r\n';
};
