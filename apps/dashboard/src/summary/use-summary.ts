import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type Summary } from '../api/client';
import { endOfUkDay } from '../ui/as-of';

/** GET /api/summary, live or as known at the end of a UK day. */
export const useSummary = (asOfDay: string | null) =>
  useQuery({
    queryKey: ['summary', asOfDay],
    queryFn: async ({ signal }): Promise<Summary> => {
      const summary = unwrap(
        await api.GET('/api/summary', {
          params: { query: asOfDay ? { asOf: endOfUkDay(asOfDay) } : {} },
          headers: { accept: 'application/json' },
          signal,
        }),
      );
      // The route can answer CSV too (the document says so); this page asked for JSON.
      if (typeof summary === 'string') throw new Error('The summary came back as CSV, not JSON.');
      return summary;
    },
  });
