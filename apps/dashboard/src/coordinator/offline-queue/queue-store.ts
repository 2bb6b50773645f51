import { openDB, type DBSchema } from 'idb';
import type { LogEntryBody } from '../entry-form/entry-body';

/** An entry made on this browser and not yet counted: waiting to be sent, or refused. */
export interface QueuedEntry {
  entryId: string;
  /** Whose entry it is: another user signed in on this browser neither sees nor sends it. */
  username: string;
  operation: string;
  phase: number;
  body: LogEntryBody;
  madeAt: string;
  /** Set when the server refused it (4xx): its status and message. */
  refusal?: { status: number; message: string };
}

interface QueueSchema extends DBSchema {
  entries: { key: string; value: QueuedEntry; indexes: { byUser: string } };
}

// IndexedDB, not sessionStorage: the queue must outlive the tab, a reload and a crash.
const database = openDB<QueueSchema>('ros-coordinator-queue', 1, {
  upgrade(db) {
    db.createObjectStore('entries', { keyPath: 'entryId' }).createIndex('byUser', 'username');
  },
});

export const queueStore = {
  /** Adds an entry, or replaces the one with the same id (a fixed refusal, sent again). */
  async put(entry: QueuedEntry): Promise<void> {
    await (await database).put('entries', entry);
  },

  /** A user's entries, oldest first: sent in the order they were made. */
  async of(username: string): Promise<QueuedEntry[]> {
    const entries = await (await database).getAllFromIndex('entries', 'byUser', username);
    return entries.sort((a, b) => a.madeAt.localeCompare(b.madeAt));
  },

  async remove(entryId: string): Promise<void> {
    await (await database).delete('entries', entryId);
  },
};
