import { useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { api, unwrap } from '../../api/client';
import type { EntryLogPage, ForceId } from './entry-types';
import { freshnessParams, noteWrite } from '../../api/read-your-writes';

/** Entries per page: a force's week of action fits in one, usually. */
export const ENTRY_LOG_PAGE_SIZE = 100;

export const entryLogKey = (operation: string, phase: number, force: string) =>
  ['entry-log', operation, phase, force] as const;

/** One force's entries in a phase, page by page (`nextCursor`), in the order they were logged. */
export const useEntryLog = (operation: string, phase: number, force: string) =>
  useInfiniteQuery({
    queryKey: entryLogKey(operation, phase, force),
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam, signal }): Promise<EntryLogPage> => {
      const page = unwrap(
        await api.GET('/api/operations/{op}/phases/{n}/entries', {
          params: {
            path: { op: operation, n: phase },
            query: {
              force: force as ForceId,
              limit: ENTRY_LOG_PAGE_SIZE,
              cursor: pageParam,
              ...freshnessParams(),
            },
          },
          headers: { accept: 'application/json' },
          signal,
        }),
      );
      // The route can answer CSV too (the document says so); this asked for JSON.
      if (typeof page === 'string') throw new Error('The entries came back as CSV, not JSON.');
      return page;
    },
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });

/**
 * After a write: the entry log read again once it includes the write's position, then every
 * other view (totals) marked stale so that it reads again too.
 */
export const useRefreshAfterWrite = () => {
  const queries = useQueryClient();
  return useCallback(
    async (position: string | undefined) => {
      noteWrite(position);
      await queries.refetchQueries({ queryKey: ['entry-log'] });
      await queries.invalidateQueries({ predicate: (query) => query.queryKey[0] !== 'entry-log' });
    },
    [queries],
  );
};
