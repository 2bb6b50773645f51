import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';

export type PhaseTotals = components['schemas']['PhaseTotals'];

/**
 * A phase's totals. After a send, `minPosition` is the receipt's position: the server waits
 * (up to 5 s) until its figures include that entry, so the page shows what was just logged.
 */
export const usePhaseTotals = (operation: string, phase: number, minPosition: string | null) =>
  useQuery({
    queryKey: ['phase-totals', operation, phase, minPosition],
    queryFn: async ({ signal }): Promise<PhaseTotals> => {
      const totals = unwrap(
        await api.GET('/api/operations/{op}/phases/{n}/totals', {
          params: {
            path: { op: operation, n: phase },
            query: minPosition ? { minPosition, waitMs: 5000 } : {},
          },
          headers: { accept: 'application/json' },
          signal,
        }),
      );
      if (typeof totals === 'string') throw new Error('The totals came back as CSV, not JSON.');
      return totals;
    },
    placeholderData: (previous) => previous, // the last figures stay while the new ones come
  });
