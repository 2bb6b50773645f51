import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import type { components } from '../api/schema';

export type Operation = components['schemas']['OperationAnswer'];
export type Phase = components['schemas']['PhaseAnswer'];

/** GET /api/operations: what the explorer can be pointed at, with their phases and forces. */
export const useOperations = () =>
  useQuery({
    queryKey: ['operations'],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/operations', { signal })),
  });
