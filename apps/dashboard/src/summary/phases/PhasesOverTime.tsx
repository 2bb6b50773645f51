import { lazy, Suspense, useId, useMemo, useState } from 'react';
import { useOperations } from '../../operations/use-operations';
import { colourOf, forceName } from '../../ui/forces';
import { QueryProblem } from '../../ui/QueryProblem';
import { MEASURES } from '../measures';
import { phaseColumns } from './phase-columns';
import { PhaseTable } from './PhaseTable';
import { usePhaseTotals } from './use-phase-totals';

// Chart.js is loaded when the chart is first shown, to keep the first view small.
const PhaseChart = lazy(() => import('../../ui/PhaseChart'));

/** One measure phase by phase, stacked by force: how the collaboration went over time. */
export const PhasesOverTime = ({ asOfDay }: { asOfDay: string | null }) => {
  const operations = useOperations();
  // The operations run in phases; the one with the most phases is the first one shown.
  const phased = useMemo(
    () =>
      (operations.data ?? [])
        .filter((operation) => operation.phases.length > 1)
        .sort((a, b) => b.phases.length - a.phases.length),
    [operations.data],
  );
  const [chosenId, setChosenId] = useState<string | null>(null);
  const operation = phased.find((o) => o.id === chosenId) ?? phased[0] ?? null;
  // As known on a day, a phase that had not started then had nothing to count.
  const phases = (operation?.phases ?? [])
    .filter((phase) => !asOfDay || phase.startsOn <= asOfDay)
    .map((phase) => phase.number);
  const totals = usePhaseTotals(operation?.id ?? null, phases, asOfDay);
  const [measureId, setMeasureId] = useState(MEASURES[0].id);
  const measure = MEASURES.find((m) => m.id === measureId) ?? MEASURES[0];
  const [asTable, setAsTable] = useState(false);
  const ids = { operation: useId(), measure: useId() };

  const columns = useMemo(
    () => (operation && !totals.isPending ? phaseColumns(operation, totals.figures, measure) : []),
    [operation, totals.figures, totals.isPending, measure],
  );
  const forces = useMemo(() => operation?.forces ?? [], [operation]);
  const series = useMemo(
    () =>
      forces.map((force) => ({
        label: forceName(force),
        colour: colourOf(force),
        values: columns.map((column) => column.values[force] ?? 0),
      })),
    [forces, columns],
  );
  const labels = useMemo(() => columns.map((column) => column.label), [columns]);
  if (operations.isError)
    return (
      <QueryProblem what="the operations" error={operations.error} retry={operations.refetch} />
    );
  if (!operations.isPending && !operation) return null; // nothing runs in phases yet
  const title = `${measure.label} by phase, ${operation?.name ?? ''}`;

  return (
    <section aria-labelledby="phases-title" className="phases-over-time">
      <h2 id="phases-title">Phases over time</h2>
      <div className="controls">
        <label htmlFor={ids.operation}>Operation</label>
        <select
          id={ids.operation}
          value={operation?.id ?? ''}
          onChange={(e) => setChosenId(e.target.value)}
        >
          {phased.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
        <label htmlFor={ids.measure}>Measure</label>
        <select id={ids.measure} value={measureId} onChange={(e) => setMeasureId(e.target.value)}>
          {MEASURES.map((m) => (
            <option key={m.id} value={m.id}>
              {m.label}
            </option>
          ))}
        </select>
        <button type="button" aria-pressed={asTable} onClick={() => setAsTable(!asTable)}>
          {asTable ? 'Show as chart' : 'Show as table'}
        </button>
      </div>
      {totals.error && (
        <QueryProblem what="the phase totals" error={totals.error} retry={totals.retry} />
      )}
      {(operations.isPending || totals.isPending) && !totals.error && (
        <p role="status">Loading each phase’s figures…</p>
      )}
      {columns.length > 0 &&
        (asTable ? (
          <PhaseTable columns={columns} forces={forces} measure={measure} />
        ) : (
          <Suspense fallback={<p role="status">Loading the chart…</p>}>
            <PhaseChart
              phases={labels}
              series={series}
              format={measure.format}
              whole // the summary's measures are counts and whole pounds
              title={title}
            />
          </Suspense>
        ))}
    </section>
  );
};
