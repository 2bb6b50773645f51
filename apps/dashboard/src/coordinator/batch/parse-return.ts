import Papa from 'papaparse';
import { BATCH_MAX } from './entry-rules';
import { columnOf, COLUMNS, type Column } from './return-columns';
import { rowToEntry, type NewEntry, type RowEntry } from './row-to-entry';

/** A row of a return: its cells, and the entry it sends or why it cannot. */
export interface ReturnRow {
  /** The row's number below the header, as a spreadsheet's user counts them. */
  row: number;
  cells: Partial<Record<Column, string>>;
  entry: NewEntry | null;
  problems: string[];
}

export interface ParsedReturn {
  rows: ReturnRow[];
  /** What stops the whole return being read (its header), if anything. */
  problem: string | null;
}

/**
 * A pasted or uploaded return, read with its header row. `idFor` gives each good row its
 * entryId, the same for the same row read again, so that sending twice never counts twice.
 */
export const parseReturn = (
  text: string,
  force: string,
  now: Date,
  idFor: (row: number, entry: RowEntry) => string,
): ParsedReturn => {
  const { data } = Papa.parse<string[]>(text.trim(), { skipEmptyLines: 'greedy' });
  const [header = [], ...records] = data;
  const columns = header.map(columnOf);
  const unknown = header.filter((_, i) => !columns[i]);
  if (!header.length)
    return { rows: [], problem: 'Paste a return: a header row, then one row per entry.' };
  if (unknown.length)
    return {
      rows: [],
      problem: `Unknown column${unknown.length > 1 ? 's' : ''} ${unknown.map((h) => `"${h}"`).join(', ')}: the columns are ${COLUMNS.join(', ')}.`,
    };
  if (!columns.includes('kind') || !columns.includes('occurredAt'))
    return { rows: [], problem: 'The header row needs at least the columns kind and occurredAt.' };
  if (records.length > BATCH_MAX)
    return {
      rows: [],
      problem: `A return has at most ${BATCH_MAX} rows: split this one (${records.length}).`,
    };

  const rows = records.map((record, i) => {
    const cells: ReturnRow['cells'] = {};
    columns.forEach((column, c) => (cells[column!] = record[c] ?? ''));
    const { entry, problems } = rowToEntry(cells, force, now);
    if (record.length !== header.length)
      problems.unshift(`the row has ${record.length} cells and the header ${header.length}`);
    const row = i + 1;
    const kept =
      entry && problems.length === 0
        ? ({ entryId: idFor(row, entry), ...entry } as NewEntry)
        : null;
    return { row, cells, entry: kept, problems };
  });
  return { rows, problem: null };
};
