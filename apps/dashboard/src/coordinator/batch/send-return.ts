import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import type { NewEntry } from './row-to-entry';

export type BatchResult = components['schemas']['BatchResult'];

/** The good rows in one batch: each judged by the server as if posted alone. */
export const sendReturn = async (
  operation: string,
  phase: number,
  entries: NewEntry[],
): Promise<BatchResult[]> =>
  unwrap(
    await api.POST('/api/operations/{op}/phases/{n}/entries/batch', {
      params: { path: { op: operation, n: phase } },
      body: { entries },
    }),
  ).results;

/** The highest position the batch wrote, to read the entry log and totals once they have it. */
export const lastPosition = (results: BatchResult[]): string | undefined =>
  results
    .map((result) => result.position)
    .filter((position): position is string => position !== undefined)
    .reduce<string | undefined>(
      (most, position) => (most === undefined || BigInt(position) > BigInt(most) ? position : most),
      undefined,
    );

/** What became of a row, in words. */
export const verdictOf = (result: BatchResult): string => {
  if (result.status === 201) return 'Counted';
  if (result.status === 200) return 'Already counted (sent before): not counted twice';
  const message = Array.isArray(result.message) ? result.message.join('; ') : result.message;
  return `Refused (${result.status}): ${message ?? 'no reason given'}`;
};
