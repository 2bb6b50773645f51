import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';

/**
 * An admin's write: on success, the lists it changes are read again, so the screen shows
 * what the server now holds rather than what the form sent.
 */
export const useAdminWrite = <Input, Answer>(
  write: (input: Input) => Promise<Answer>,
  changes: QueryKey[],
) => {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: () =>
      Promise.all(changes.map((queryKey) => queries.invalidateQueries({ queryKey }))),
  });
};
