import type { components } from '../../api/schema';
import { formatCount, formatPounds } from '../../ui/format';
import { forceName } from '../../ui/forces';
import { QueryProblem } from '../../ui/QueryProblem';
import { usePhaseTotals } from './use-phase-totals';

type Totals = components['schemas']['Totals'];

const FIGURES: { measure: string; label: string; of: (t: Totals) => string }[] = [
  { measure: 'entries', label: 'Entries', of: (t) => formatCount(t.entries) },
  { measure: 'arrests', label: 'Arrests', of: (t) => formatCount(t.arrests) },
  { measure: 'warrants', label: 'Warrants', of: (t) => formatCount(t.warrants) },
  { measure: 'charges', label: 'Charges', of: (t) => formatCount(t.charges) },
  {
    measure: 'countyLinesClosed',
    label: 'County lines closed',
    of: (t) => formatCount(t.countyLinesClosed),
  },
  {
    measure: 'safeguarded',
    label: 'People safeguarded',
    of: (t) => formatCount(t.safeguarded.children + t.safeguarded.adults),
  },
  {
    measure: 'disruptions',
    label: 'Disruptions',
    of: (t) => formatCount(Object.values(t.disruptions).reduce((sum, n) => sum + n, 0)),
  },
  { measure: 'vehicleStops', label: 'Vehicle stops', of: (t) => formatCount(t.vehicleStops) },
  {
    measure: 'cash',
    label: 'Cash seized',
    of: (t) => formatPounds(t.seizures.cash?.quantity ?? 0),
  },
  {
    measure: 'estimatedValueGBP',
    label: 'Estimated value seized',
    of: (t) => formatPounds(t.estimatedValueGBP),
  },
];

/** "This phase, your force": the force's figures for the chosen phase, after each send. */
export const PhaseFigures = ({
  operation,
  phase,
  force,
  minPosition,
}: {
  operation: string;
  phase: number;
  force: string;
  minPosition: string | null;
}) => {
  const totals = usePhaseTotals(operation, phase, minPosition);
  const mine = totals.data?.byForce[force as keyof typeof totals.data.byForce];
  return (
    <section
      className="phase-figures"
      aria-labelledby="phase-figures-title"
      aria-busy={totals.isFetching}
    >
      <h2 id="phase-figures-title">This phase, {forceName(force)}</h2>
      {totals.isError && (
        <QueryProblem
          what="the phase’s figures"
          error={totals.error}
          retry={() => totals.refetch()}
        />
      )}
      {totals.isPending && <p>Loading the figures…</p>}
      {mine && (
        <dl className="figures">
          {FIGURES.map(({ measure, label, of }) => (
            <div key={measure} className="figure" data-measure={measure}>
              <dt>{label}</dt>
              <dd className="figure-value">{of(mine)}</dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
};
