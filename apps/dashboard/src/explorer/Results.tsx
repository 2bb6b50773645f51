import { useId, useMemo, useState } from 'react';
import { formatDay } from '../ui/format';
import { QueryProblem } from '../ui/QueryProblem';
import { csvFileName, download, tableCsv } from './csv';
import { DrillDown } from './DrillDown';
import type { ExplorerFilters } from './filters';
import { useMatrix } from './matrix';
import { MatrixTable } from './MatrixTable';
import { MEASURE_GROUPS, MEASURES, measureById } from './measures';
import type { Operation } from '../operations/use-operations';
import { PhaseSeries } from './PhaseSeries';
import { tableModel, type Figure } from './table-model';

interface Props {
  operation: Operation;
  filters: ExplorerFilters;
  onChange: (patch: Partial<ExplorerFilters>) => void;
}

/** The table, its chart and its CSV, for the operation and filters chosen. */
export const Results = ({ operation, filters, onChange }: Props) => {
  const measure = measureById(filters.measure);
  const { matrix, pending, error, refetch } = useMatrix(operation, filters);
  const [open, setOpen] = useState<Figure | null>(null);
  const measureId = useId();
  const table = useMemo(
    () => (matrix ? tableModel(matrix, measure, filters) : null),
    // Only what the table is drawn from: the filters object is new at every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [matrix, measure, filters.sort, filters.dir, filters.force],
  );

  return (
    <section aria-labelledby="results-title" aria-busy={pending}>
      <h2 id="results-title">
        {operation.name}
        {filters.asOf ? `, as known on ${formatDay(filters.asOf)}` : ', live'}
      </h2>
      <div className="controls">
        <label htmlFor={measureId}>Measure</label>
        <select
          id={measureId}
          value={measure.id}
          onChange={(e) => onChange({ measure: e.target.value })}
        >
          {MEASURE_GROUPS.map((group) => (
            <optgroup key={group} label={group}>
              {MEASURES.filter((m) => m.group === group).map((m) => (
                <option key={m.id} value={m.id}>
                  {m.label}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
        {table && (
          <button
            type="button"
            onClick={() =>
              download(tableCsv(table, measure), csvFileName(operation.id, measure, filters))
            }
          >
            Download CSV of this table
          </button>
        )}
      </div>
      {pending && <p role="status">Loading the figures…</p>}
      {error && <QueryProblem what="the figures" error={error} retry={refetch} />}
      {matrix?.limits.map((limit) => (
        <p key={limit} className="notice limit">
          {limit}
        </p>
      ))}
      {matrix && table && matrix.rows.length > 0 && (
        <>
          <MatrixTable
            table={table}
            measure={measure}
            filters={filters}
            onSort={(sort, dir) => onChange({ sort, dir })}
            onOpen={setOpen}
          />
          <p className="freshness">
            Figures include every recorded event up to position{' '}
            <span className="position">{[...new Set(matrix.positions)].join(', ')}</span>.
          </p>
          <h2>Over the phases</h2>
          <PhaseSeries table={table} phaseOrder={matrix.rows.map((r) => r.key)} measure={measure} />
        </>
      )}
      {open && (
        <DrillDown
          operation={operation.id}
          figure={open}
          measure={measure}
          filters={filters}
          onClose={() => setOpen(null)}
        />
      )}
    </section>
  );
};
