import type { Operation } from '../../operations/use-operations';
import type { Measure } from '../measures';
import type { PhaseFigures } from './use-phase-totals';

/** One phase's column: its label, each force's figure for the measure, and their sum. */
export interface PhaseColumn {
  phase: number;
  label: string;
  name: string;
  values: Record<string, number>;
  total: number;
}

const monthYear = new Intl.DateTimeFormat('en-GB', {
  month: 'short',
  year: 'numeric',
  timeZone: 'Europe/London',
});

/** "P5 Jun 2023": short enough for a phone's axis; the phase's name is in the table. */
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
        label: `P${phase} ${monthYear.format(new Date(`${known.startsOn}T12:00:00Z`))}`,
        name: `Phase ${phase}: ${known.name}`,
        values,
        total: Object.values(values).reduce((sum, value) => sum + value, 0),
      };
    });
