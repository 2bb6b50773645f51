import { api, unwrap } from '../api/client';
import { afterPosition } from '../api/read-your-writes';
import { endOfUkDay } from '../ui/as-of';

/** Which events count: occurred within UK days `from`–`to`, as known at the end of `asOf`. */
export interface TotalsWindow {
  from?: string | null;
  to?: string | null;
  asOf?: string | null;
  /** Read-your-writes: a write's position the answer must include (api/read-your-writes.ts). */
  minPosition?: string | null;
}

/** The totals routes' query for a window. */
export const windowQuery = ({ from, to, asOf, minPosition }: TotalsWindow) => ({
  ...(from ? { from } : {}),
  ...(to ? { to } : {}),
  ...(asOf ? { asOf: endOfUkDay(asOf) } : {}),
  ...afterPosition(minPosition),
});

/**
 * One phase's totals by force (GET …/phases/:n/totals), for TanStack Query. No route answers
 * phase × force at once, so views ask for each phase in parallel, and share the answers.
 */
export const phaseTotalsQuery = (operation: string, phase: number, window: TotalsWindow) => ({
  queryKey: [
    'phase-totals',
    operation,
    phase,
    window.from ?? null,
    window.to ?? null,
    window.asOf ?? null,
    window.minPosition ?? null,
  ],
  queryFn: async ({ signal }: { signal: AbortSignal }) => {
    const answer = unwrap(
      await api.GET('/api/operations/{op}/phases/{n}/totals', {
        params: { path: { op: operation, n: phase }, query: windowQuery(window) },
        headers: { accept: 'application/json' },
        signal,
      }),
    );
    // The route can answer CSV too (the document says so); this asked for JSON.
    if (typeof answer === 'string')
      throw new Error(`Phase ${phase}’s totals came back as CSV, not JSON.`);
    return answer;
  },
});
