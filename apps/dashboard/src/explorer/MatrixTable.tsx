import { colourOf } from '../ui/forces';
import { TableScroll } from '../ui/TableScroll';
import { formatFigure } from './figures';
import type { ExplorerFilters } from './filters';
import type { ExplorerMeasure } from './measures';
import type { Figure, TableModel, TableRow } from './table-model';

interface Props {
  table: TableModel;
  measure: ExplorerMeasure;
  filters: ExplorerFilters;
  onSort: (sort: string, dir: ExplorerFilters['dir']) => void;
  onOpen: (figure: Figure) => void;
}

/** Phases down, forces across, in the chosen measure; every figure opens its entries. */
export const MatrixTable = ({ table, measure, filters, onSort, onOpen }: Props) => {
  const header = (id: string, label: string, colour?: string) => {
    const active = filters.sort === id;
    const next = active && filters.dir === 'ascending' ? 'descending' : 'ascending';
    return (
      <th
        key={id}
        scope="col"
        className={id === 'phase' ? undefined : 'number'}
        aria-sort={active ? filters.dir : undefined}
        data-column={id}
      >
        <button type="button" className="sort" onClick={() => onSort(id, next)}>
          {colour && <span className="swatch" style={{ background: colour }} aria-hidden />}
          {label}
          <span aria-hidden className="sort-arrow">
            {active ? (filters.dir === 'ascending' ? ' ▲' : ' ▼') : ' ↕'}
          </span>
        </button>
      </th>
    );
  };
  const cells = (row: TableRow) =>
    row.figures.map((figure, i) => (
      <td key={table.columns[i].id} className="number" data-column={table.columns[i].id}>
        <button
          type="button"
          className="figure"
          data-value={figure.value}
          aria-label={`${formatFigure(measure, figure.value)}: ${measure.label}, ${figure.rowLabel}, ${figure.columnLabel}. Show the entries`}
          onClick={() => onOpen(figure)}
        >
          {formatFigure(measure, figure.value)}
        </button>
      </td>
    ));
  return (
    <TableScroll label={`${measure.label} by phase and force`}>
      <table className="matrix">
        <caption>
          {measure.label} by phase and force. Choose a column heading to sort; choose a figure to
          see the entries behind it.
        </caption>
        <thead>
          <tr>
            {header('phase', 'Phase')}
            {table.columns.map((c) =>
              header(c.id, c.label, c.id === 'total' ? undefined : colourOf(c.id)),
            )}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.key} data-row={row.key}>
              <th scope="row">
                <span className="phase-name">{row.label}</span>
                <span className="dates">{row.dates}</span>
              </th>
              {cells(row)}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr data-row="totals">
            <th scope="row">
              <span className="phase-name">{table.totals.label}</span>
            </th>
            {cells(table.totals)}
          </tr>
        </tfoot>
      </table>
    </TableScroll>
  );
};
