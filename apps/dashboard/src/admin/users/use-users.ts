import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';

export type NewUser = components['schemas']['CreateUserInput'];

/** GET /api/users (admin): every user with role, force and when created. */
export const useUsers = () =>
  useQuery({
    queryKey: ['users'],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/users', { signal })),
  });

export const createUser = async (body: NewUser) => unwrap(await api.POST('/api/users', { body }));
