import { forceName } from '../ui/forces';
import { exactSum } from './figures';
import type { ExplorerFilters } from './filters';
import type { Matrix, MatrixRow } from './matrix';
import type { ExplorerMeasure } from './measures';

/** A figure in the table: which phases and force it is of, for the drill-down. */
export interface Figure {
  value: number;
  phases: number[];
  /** null for a total over the forces shown. */
  force: string | null;
  rowLabel: string;
  columnLabel: string;
}

export interface TableRow {
  key: string;
  label: string;
  dates: string;
  figures: Figure[];
}

export interface TableModel {
  columns: { id: string; label: string }[];
  rows: TableRow[];
  totals: TableRow;
}

const TOTAL = 'total';

/**
 * The table as shown: its columns, its rows in the chosen order, and the totals row. The
 * screen and the CSV are both drawn from this, so that the file is what the screen says.
 */
export const tableModel = (
  matrix: Matrix,
  measure: ExplorerMeasure,
  filters: Pick<ExplorerFilters, 'sort' | 'dir' | 'force'>,
): TableModel => {
  const columns = [
    ...matrix.forces.map((force) => ({ id: force, label: forceName(force) })),
    { id: TOTAL, label: filters.force ? `Total (${forceName(filters.force)})` : 'Total' },
  ];
  const figuresOf = (row: MatrixRow): Figure[] =>
    columns.map((column) => ({
      value: measure.value(column.id === TOTAL ? row.total : row.byForce[column.id]),
      phases: row.phases,
      force: column.id === TOTAL ? filters.force : column.id,
      rowLabel: row.label,
      columnLabel: column.label,
    }));
  const rows = matrix.rows.map((row) => ({
    key: row.key,
    label: row.label,
    dates: row.dates,
    figures: figuresOf(row),
  }));
  const column = columns.findIndex((c) => c.id === filters.sort);
  const order = filters.dir === 'ascending' ? 1 : -1;
  // The phases' own order breaks ties, and is the order when no figure column is chosen.
  const sorted = rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => {
      const byFigure = column < 0 ? 0 : a.row.figures[column].value - b.row.figures[column].value;
      return (byFigure || a.index - b.index) * order;
    })
    .map(({ row }) => row);
  const allPhases = matrix.rows.flatMap((row) => row.phases);
  const totals: TableRow = {
    key: 'totals',
    label: 'All phases shown',
    dates: '',
    // Summed here, exactly: no route totals a chosen set of phases (the rows shown).
    figures: columns.map((c, i) => ({
      value: exactSum(rows.map((row) => row.figures[i].value)),
      phases: allPhases,
      force: c.id === TOTAL ? filters.force : c.id,
      rowLabel: 'All phases shown',
      columnLabel: c.label,
    })),
  };
  return { columns, rows: sorted, totals };
};
