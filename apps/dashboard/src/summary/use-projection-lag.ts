import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';

const EVERY_MS = 15_000;

/**
 * How far the figures trail what has been recorded, in seconds (GET /api/health): the
 * projections count an entry a moment after it is stored, longer when they catch up.
 */
export const useProjectionLag = () =>
  useQuery({
    queryKey: ['health'],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/health', { signal })).projectionLag,
    refetchInterval: EVERY_MS,
  });
