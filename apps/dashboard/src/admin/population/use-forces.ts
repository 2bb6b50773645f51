import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';

/** GET /api/forces: each force with the population estimate rates use today. */
export const useForces = () =>
  useQuery({
    queryKey: ['forces'],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/forces', { signal })),
  });
