import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import type { PublicationScope } from './use-publications';

/** POST /api/publications; the list then shows the new one (it is read straight back, not projected). */
export const usePublish = () => {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: async (body: { title: string; scope: PublicationScope }) =>
      unwrap(await api.POST('/api/publications', { body })),
    onSuccess: () => queries.invalidateQueries({ queryKey: ['publications'] }),
  });
};
