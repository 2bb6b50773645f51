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

/** Disable (sign-in and every token refused at once) or re-enable a user. */
export const setDisabled = async ({
  username,
  disabled,
}: {
  username: string;
  disabled: boolean;
}) =>
  unwrap(
    await (disabled
      ? api.POST('/api/users/{username}/disable', { params: { path: { username } } })
      : api.POST('/api/users/{username}/enable', { params: { path: { username } } })),
  );

/** An admin sets a user's password; their old tokens stop working. */
export const resetPassword = async ({
  username,
  password,
}: {
  username: string;
  password: string;
}): Promise<void> => {
  const answer = await api.POST('/api/users/{username}/password', {
    params: { path: { username } },
    body: { password },
  });
  if (!answer.response.ok) unwrap(answer); // a 204 has no data to unwrap; a refusal throws
};
