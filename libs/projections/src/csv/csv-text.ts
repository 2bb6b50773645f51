import { stringify } from 'csv-stringify/sync';

/**
 * CSV as analysts open it in a spreadsheet: a header row, CRLF line ends, and free text that
 * starts like a formula (`=`, `+`, `-`, `@`) defused, so a note can never run as one.
 */
export const csvText = (header: string[], rows: (string | number)[][]): string =>
  stringify([header, ...rows], { record_delimiter: 'windows', escape_formulas: true });

/** Rows without the header, in the same form: what follows csvText's header in a stream. */
export const csvRowsText = (rows: (string | number)[][]): string =>
  rows.length ? stringify(rows, { record_delimiter: 'windows', escape_formulas: true }) : '';
