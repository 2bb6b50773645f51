import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import type { components } from '../api/schema';

export type EntryLogItem = components['schemas']['EntryLogItem'];
export type EntryDetails = EntryLogItem['current'];
export type HistoryItem = components['schemas']['EntryHistoryItem'];

export interface EntryScope {
  operation: string;
  phases: number[];
  force: string | null;
  /** Asked of the server only for live figures: a correction may have changed the kind since. */
  kind: EntryDetails['kind'] | null;
}

/** Every entry of a phase that the scope names, following `nextCursor` to the last page. */
const allEntries = async (scope: EntryScope, phase: number, signal: AbortSignal) => {
  const items: EntryLogItem[] = [];
  let cursor: string | undefined;
  do {
    const page = unwrap(
      await api.GET('/api/operations/{op}/phases/{n}/entries', {
        params: {
          path: { op: scope.operation, n: phase },
          query: {
            limit: 1000,
            ...(scope.force ? { force: scope.force as EntryLogItem['force'] } : {}),
            ...(scope.kind ? { kind: scope.kind } : {}),
            ...(cursor ? { cursor } : {}),
          },
        },
        headers: { accept: 'application/json' },
        signal,
      }),
    );
    if (typeof page === 'string') throw new Error('The entry log came back as CSV, not JSON.');
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return items;
};

/** The entry log of each phase in scope, read in parallel. */
export const useEntries = (scope: EntryScope | null) =>
  useQuery({
    queryKey: ['entries', scope],
    enabled: scope !== null,
    queryFn: async ({ signal }) =>
      (await Promise.all(scope!.phases.map((phase) => allEntries(scope!, phase, signal)))).flat(),
  });
