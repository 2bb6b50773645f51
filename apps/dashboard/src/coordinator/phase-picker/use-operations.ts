import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';

export type Operation = components['schemas']['OperationAnswer'];
export type Phase = components['schemas']['PhaseAnswer'];

/** GET /api/operations: the operations, with their phases' dates and status. */
export const useOperations = () =>
  useQuery({
    queryKey: ['operations'],
    queryFn: async ({ signal }): Promise<Operation[]> =>
      unwrap(await api.GET('/api/operations', { signal })),
  });
