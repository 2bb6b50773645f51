import { useQueries } from '@tanstack/react-query';
import { api, unwrap, type Totals } from '../../api/client';
import { endOfUkDay } from '../as-of';

export interface PhaseFigures {
  phase: number;
  byForce: Record<string, Totals>;
}

/**
 * Each phase's totals by force (GET …/phases/:n/totals), one request per phase, live or as
 * known at the end of a UK day: no route answers phase × force in one go.
 */
export const usePhaseTotals = (
  operation: string | null,
  phases: number[],
  asOfDay: string | null,
) =>
  useQueries({
    queries: phases.map((phase) => ({
      queryKey: ['phase-totals', operation, phase, asOfDay],
      enabled: operation !== null,
      queryFn: async ({ signal }: { signal: AbortSignal }): Promise<PhaseFigures> => {
        const answer = unwrap(
          await api.GET('/api/operations/{op}/phases/{n}/totals', {
            params: {
              path: { op: operation!, n: phase },
              query: asOfDay ? { asOf: endOfUkDay(asOfDay) } : {},
            },
            headers: { accept: 'application/json' },
            signal,
          }),
        );
        if (typeof answer === 'string') throw new Error('The phase totals came back as CSV.');
        return { phase, byForce: answer.byForce as Record<string, Totals> };
      },
    })),
    combine: (results) => ({
      figures: results.map((result) => result.data),
      isPending: results.some((result) => result.isPending),
      error: results.find((result) => result.isError)?.error ?? null,
      retry: () => results.forEach((result) => result.isError && result.refetch()),
    }),
  });
