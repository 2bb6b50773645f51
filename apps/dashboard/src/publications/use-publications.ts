import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';

export type { Drift, Publication, PublicationScope } from './publication-types';

/** A page of GET /api/publications: newest first, each with its drift from today's figures. */
const publicationsPage = async (
  query: { limit?: number; cursor?: string },
  signal: AbortSignal,
) => {
  const answer = await api.GET('/api/publications', { params: { query }, signal });
  return { items: unwrap(answer), nextCursor: answer.response.headers.get('x-next-cursor') };
};

/** Every publication, a page at a time: the next page's cursor comes in `X-Next-Cursor`. */
export const usePublicationPages = () =>
  useInfiniteQuery({
    queryKey: ['publications', 'pages'],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam, signal }) =>
      publicationsPage(pageParam ? { cursor: pageParam } : {}, signal),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });

/** The latest few publications. */
export const useLatestPublications = (count: number) =>
  useQuery({
    queryKey: ['publications', 'latest', count],
    queryFn: async ({ signal }) => (await publicationsPage({ limit: count }, signal)).items,
  });

/** GET /api/publications/:id: one publication, its frozen figures and their drift. */
export const usePublication = (id: string) =>
  useQuery({
    queryKey: ['publications', id],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/publications/{id}', { params: { path: { id } }, signal })),
  });
