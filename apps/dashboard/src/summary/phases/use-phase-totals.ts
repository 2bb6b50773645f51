import { useQueries, type UseQueryResult } from '@tanstack/react-query';
import type { Totals } from '../../api/client';
import { phaseTotalsQuery } from '../../totals/phase-totals-query';

export interface PhaseFigures {
  phase: number;
  byForce: Record<string, Totals>;
}

type PhaseAnswer = Awaited<ReturnType<ReturnType<typeof phaseTotalsQuery>['queryFn']>>;

// Defined once, not inline: TanStack Query then combines again only when an answer changes,
// so the chart is not redrawn on every render.
const combine = (results: UseQueryResult<PhaseAnswer>[]) => ({
  figures: results.map(
    (result): PhaseFigures | undefined =>
      result.data && {
        phase: result.data.phase,
        byForce: result.data.byForce as Record<string, Totals>,
      },
  ),
  isPending: results.some((result) => result.isPending),
  error: results.find((result) => result.isError)?.error ?? null,
  retry: () => results.forEach((result) => result.isError && result.refetch()),
});

/** Each phase's totals by force, live or as known at the end of a UK day. */
export const usePhaseTotals = (
  operation: string | null,
  phases: number[],
  asOfDay: string | null,
) =>
  useQueries({
    queries: (operation ? phases : []).map((phase) =>
      phaseTotalsQuery(operation!, phase, { asOf: asOfDay }),
    ),
    combine,
  });
