import type { ForceId } from '@ros/domain';
import { DEMO_OPERATIONS } from './region';
import { FIGURES, figuresOf } from './figures';
import type { ReleasedFigure } from './demo-region.types';

/** One force's figure for one phase, as released, and where the phase's totals show it. */
export interface ReleasedFigureOfPhase {
  operation: string;
  phase: number;
  force: ForceId;
  figure: ReleasedFigure;
  totalsPath: string;
  value: number;
  illustrative: boolean;
}

/** Every per-force figure of the demo region: what its totals must show once seeded. */
export const releasedFigures = (): ReleasedFigureOfPhase[] =>
  DEMO_OPERATIONS.flatMap((operation) =>
    operation.phases.flatMap((phase) =>
      Object.entries(phase.released).flatMap(([force, released]) =>
        figuresOf(released!).map(([figure, value]) => ({
          operation: operation.id,
          phase: phase.number,
          force: force as ForceId,
          figure,
          totalsPath: FIGURES[figure].totalsPath,
          value,
          illustrative: released!.illustrative === true,
        })),
      ),
    ),
  );
