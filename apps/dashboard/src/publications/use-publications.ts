import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';

export type { Drift, Publication, PublicationScope } from './publication-types';

/** GET /api/publications: newest first, each with its drift from today's figures. */
export const usePublications = () =>
  useQuery({
    queryKey: ['publications'],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/publications', { signal })),
  });

/** GET /api/publications/:id: one publication, its frozen figures and their drift. */
export const usePublication = (id: string) =>
  useQuery({
    queryKey: ['publications', id],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/publications/{id}', { params: { path: { id } }, signal })),
  });
