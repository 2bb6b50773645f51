import Papa from 'papaparse';
import { BATCH_MAX } from '../../entries/rules';
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
 * entryId: the same for the same row read again (the n-th row saying exactly this), even when
 * rows around it were removed or fixed, so that sending again never counts a row twice.
 */
export const parseReturn = (
  text: string,
  force: string,
  now: Date,
  idFor: (entry: RowEntry, occurrence: number) => string,
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

  const seen = new Map<string, number>();
  const rows = records.map((record, i) => {
    const cells: ReturnRow['cells'] = {};
    columns.forEach((column, c) => (cells[column!] = record[c] ?? ''));
    const { entry, problems } = rowToEntry(cells, force, now);
    if (record.length !== header.length)
      problems.unshift(`the row has ${record.length} cells and the header ${header.length}`);
    const row = i + 1;
    if (!entry || problems.length) return { row, cells, entry: null, problems };
    const said = JSON.stringify(entry);
    const occurrence = (seen.get(said) ?? 0) + 1;
    seen.set(said, occurrence);
    return {
      row,
      cells,
      entry: { entryId: idFor(entry, occurrence), ...entry } as NewEntry,
      problems,
    };
  });
  return { rows, problem: null };
};
