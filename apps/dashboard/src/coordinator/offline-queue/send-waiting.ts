import { queueStore } from './queue-store';
import { sendEntry, type Outcome, type Receipt } from './send-entry';

export interface Pass {
  receipts: Receipt[];
  /** Why entries are still waiting, when some are. */
  kept?: Extract<Outcome, { kept: unknown }>['kept'];
}

/**
 * Sends a user's waiting entries, oldest first, and records what became of each: sent ones
 * leave the queue, refused ones keep the server's message. Passes run one after another,
 * never side by side, so the submit, the `online` event and the timer never race to send
 * the same entry (the server would answer 200 to the second, but there is no need).
 */
let passes: Promise<unknown> = Promise.resolve();
export const sendWaiting = (username: string): Promise<Pass> => {
  const pass = passes.then(() => sendAll(username));
  passes = pass.catch(() => undefined);
  return pass;
};

const sendAll = async (username: string): Promise<Pass> => {
  const receipts: Receipt[] = [];
  for (const entry of await queueStore.of(username)) {
    if (entry.refusal) continue;
    const outcome = await sendEntry(entry);
    if ('sent' in outcome) {
      await queueStore.remove(entry.entryId);
      receipts.push(outcome.sent);
    } else if ('refused' in outcome) {
      await queueStore.put({ ...entry, refusal: outcome.refused });
    } else {
      return { receipts, kept: outcome.kept }; // the next would fare no better now
    }
  }
  return { receipts };
};
