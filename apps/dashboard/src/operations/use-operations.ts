import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import type { components } from '../api/schema';

/**
 * GET /api/operations: every operation with its phases (every role may read them). Read from
 * the event streams themselves, so an admin's write is there on the next read.
 */
export const useOperations = () =>
  useQuery({
    queryKey: ['operations'],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/operations', { signal })),
  });

/** An operation as the read routes show it, with whether it is the demo's. */
export type Operation = components['schemas']['ReadOperationAnswer'];
export type Phase = components['schemas']['PhaseAnswer'];
