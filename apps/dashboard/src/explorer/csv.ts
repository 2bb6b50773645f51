import { stringify } from 'csv-stringify/browser/esm/sync';
import type { ExplorerFilters } from './filters';
import type { ExplorerMeasure } from './measures';
import type { TableModel } from './table-model';

/**
 * The table exactly as shown, as RFC 4180 CSV (csv-stringify quotes what needs quoting):
 * the same columns, rows in the same order, the totals row last. Figures are written as
 * plain numbers, so that a spreadsheet reads them as numbers; the heading names the unit.
 */
export const tableCsv = (table: TableModel, measure: ExplorerMeasure): string =>
  stringify(
    [
      [`Phase (${measure.label})`, 'Dates', ...table.columns.map((c) => c.label)],
      ...[...table.rows, table.totals].map((row) => [
        row.label,
        row.dates,
        ...row.figures.map((f) => String(f.value)),
      ]),
    ],
    { record_delimiter: 'windows' },
  );

/** A file name that says what is in it: ros_scorpion_arrests_phase-5_dorset_tag-mille_live.csv */
export const csvFileName = (operation: string, measure: ExplorerMeasure, f: ExplorerFilters) =>
  [
    'ros',
    operation,
    measure.id.replace(/\./g, '-'),
    f.phase !== null ? `phase-${f.phase}` : 'all-phases',
    f.force ?? 'all-forces',
    f.tag ? `tag-${f.tag}` : null,
    f.from ? `from-${f.from}` : null,
    f.to ? `to-${f.to}` : null,
    f.asOf ? `as-known-${f.asOf}` : 'live',
  ]
    .filter(Boolean)
    .join('_') + '.csv';

/** Hands the text to the browser as a download. */
export const download = (text: string, fileName: string) => {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
  link.click();
  // The browser has the file once the click is handled; the URL is not needed after.
  setTimeout(() => URL.revokeObjectURL(url), 0);
};
