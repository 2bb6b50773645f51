import { api } from '../../api/client';
import type { QueuedEntry } from './queue-store';

export interface Receipt {
  entryId: string;
  operation: string;
  phase: number;
  position: string;
}

/** What became of one attempt to send a queued entry. */
export type Outcome =
  | { sent: Receipt }
  | { kept: 'offline' | 'server' | 'signed-out' }
  | { refused: { status: number; message: string } };

const messageOf = (error: unknown, response: Response): string => {
  const message = (error as { message?: string | string[] } | undefined)?.message;
  return Array.isArray(message)
    ? message.join('; ')
    : (message ?? `The server answered ${response.status} ${response.statusText}`);
};

/**
 * Sends one queued entry. 201 (stored) and 200 (already stored with this very body: it was
 * sent before, and its answer lost) both mean it counts, once. No answer, a 5xx, a 401
 * (signed out: sent after signing in again) or a stream that kept changing keep it queued;
 * any other 4xx is the server's refusal, with its message, and nothing was stored.
 */
export const sendEntry = async (entry: QueuedEntry): Promise<Outcome> => {
  let answer;
  try {
    answer = await api.POST('/api/operations/{op}/phases/{n}/entries', {
      params: { path: { op: entry.operation, n: entry.phase } },
      body: entry.body,
    });
  } catch {
    return { kept: 'offline' };
  }
  const { response, data, error } = answer;
  if (data) return { sent: { ...data, phase: entry.phase, operation: entry.operation } };
  const status = response.status;
  const message = messageOf(error, response);
  if (status === 401) return { kept: 'signed-out' };
  if (status >= 500 || status === 408 || status === 429) return { kept: 'server' };
  if (status === 409 && /kept changing/.test(message)) return { kept: 'server' };
  return { refused: { status, message } };
};
