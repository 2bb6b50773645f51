import type { Operation } from '../../operations/use-operations';
import type { Measure } from '../measures';
import type { PhaseFigures } from './use-phase-totals';

/** One phase's column: its label, each force's figure for the measure, and their sum. */
export interface PhaseColumn {
  phase: number;
  /** Short, over two lines on the chart's axis; the phase's name is in the table. */
  label: [string, string];
  name: string;
  values: Record<string, number>;
  total: number;
}

const monthYear = new Intl.DateTimeFormat('en-GB', {
  month: 'short',
  year: 'numeric',
  timeZone: 'Europe/London',
});

export const phaseColumns = (
  operation: Operation,
  figures: (PhaseFigures | undefined)[],
  measure: Measure,
): PhaseColumn[] =>
  figures
    .filter((figure): figure is PhaseFigures => figure !== undefined)
    .map(({ phase, byForce }) => {
      const known = operation.phases.find((p) => p.number === phase)!;
      const values = Object.fromEntries(
        Object.entries(byForce).map(([force, totals]) => [force, measure.value(totals)]),
      );
      return {
        phase,
        label: [`Phase ${phase}`, monthYear.format(new Date(`${known.startsOn}T12:00:00Z`))],
        name: `Phase ${phase}: ${known.name}`,
        values,
        total: Object.values(values).reduce((sum, value) => sum + value, 0),
      };
    });
