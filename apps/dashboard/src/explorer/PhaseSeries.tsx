import { lazy, Suspense, useMemo } from 'react';
import { colourOf } from '../ui/forces';
import { formatFigure } from './figures';
import type { ExplorerMeasure } from './measures';
import type { TableModel } from './table-model';

// Chart.js loads when the chart is first shown, as on the summary.
const PhaseChart = lazy(() => import('../ui/PhaseChart'));

/** The chosen measure over the phases, in phase order whatever the table's sort. */
export const PhaseSeries = ({
  table,
  phaseOrder,
  measure,
}: {
  table: TableModel;
  phaseOrder: string[];
  measure: ExplorerMeasure;
}) => {
  const { phases, series } = useMemo(() => {
    const rows = phaseOrder.map((key) => table.rows.find((r) => r.key === key)!);
    const forces = table.columns.filter((c) => c.id !== 'total');
    const stacks = forces.length ? forces : table.columns; // no force split: the total alone
    return {
      phases: rows.map((r) => [r.label, r.dates]),
      series: stacks.map((c) => {
        const column = table.columns.indexOf(c);
        return {
          label: c.label,
          colour: c.id === 'total' ? '#555555' : colourOf(c.id),
          values: rows.map((r) => r.figures[column].value),
        };
      }),
    };
  }, [table, phaseOrder]);
  const format = useMemo(() => (n: number) => formatFigure(measure, n), [measure]);
  return (
    <Suspense fallback={<p role="status">Loading the chart…</p>}>
      <PhaseChart
        phases={phases}
        series={series}
        format={format}
        whole={measure.decimals === 0}
        title={`${measure.label} by phase, stacked by force`}
      />
    </Suspense>
  );
};
