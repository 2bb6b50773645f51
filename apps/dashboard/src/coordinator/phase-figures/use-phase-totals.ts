import { useQuery } from '@tanstack/react-query';
import { phaseTotalsQuery } from '../../totals/phase-totals-query';

/**
 * A phase's totals, live. After a send, `minPosition` is the receipt's position: the server
 * waits (up to 5 s) until its figures include that entry, so the page shows what was just logged.
 */
export const usePhaseTotals = (operation: string, phase: number, minPosition: string | null) =>
  useQuery({
    ...phaseTotalsQuery(operation, phase, { minPosition }),
    placeholderData: (previous) => previous, // the last figures stay while the new ones come
  });
