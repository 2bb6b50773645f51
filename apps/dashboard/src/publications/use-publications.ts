import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import type { components } from '../api/schema';

export type Publication = components['schemas']['PublicationView'];
export type PublicationScope = components['schemas']['PublicationScope'];
export type Drift = components['schemas']['Drift'];

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
