import { useCallback, useEffect, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { noteWrite } from '../../api/read-your-writes';
import { queueStore, type QueuedEntry } from './queue-store';
import type { Receipt } from './send-entry';
import { sendWaiting, type Pass } from './send-waiting';

/** A gentle retry: a connection may come back without the browser saying so. */
const RETRY_MS = 10_000;

/**
 * A user's queue of entries: every entry goes in first, then a sender sends what waits on
 * submit, when the browser comes back online, and every RETRY_MS.
 */
export const useOfflineQueue = (username: string) => {
  const [entries, setEntries] = useState<QueuedEntry[] | null>(null);
  const [kept, setKept] = useState<Pass['kept']>();
  const [lastReceipt, setLastReceipt] = useState<Receipt | null>(null);

  const queries = useQueryClient();
  const reload = useCallback(async () => setEntries(await queueStore.of(username)), [username]);

  const send = useCallback(async () => {
    // Offline for sure: no request (it would only fail), the entries stay as they are.
    if (navigator.onLine) {
      const pass = await sendWaiting(username);
      setKept(pass.kept);
      const last = pass.receipts[pass.receipts.length - 1];
      if (last) {
        setLastReceipt(last);
        // The force's entry log below reads again, including what was just sent (the
        // phase's figures wait for it by themselves, with the receipt's position).
        noteWrite(last.position);
        void queries.invalidateQueries({ queryKey: ['entry-log'] });
      }
    }
    await reload();
  }, [username, reload, queries]);

  useEffect(() => {
    const online = () => void send();
    // On opening the page too: what waits from before a reload goes as soon as it can.
    const first = window.setTimeout(online, 0);
    window.addEventListener('online', online);
    const timer = window.setInterval(online, RETRY_MS);
    return () => {
      window.clearTimeout(first);
      window.removeEventListener('online', online);
      window.clearInterval(timer);
    };
  }, [send]);

  return {
    waiting: entries?.filter((e) => !e.refusal) ?? [],
    refused: entries?.filter((e) => e.refusal) ?? [],
    loaded: entries !== null,
    kept,
    lastReceipt,
    send,
    /**
     * Keeps an entry on this device (a new one, or a refused one fixed: the same id replaces
     * it), then sends what waits. Resolves once it is kept, not when it is sent.
     */
    async enqueue(entry: QueuedEntry) {
      await queueStore.put({ ...entry, refusal: undefined });
      await reload(); // shown as waiting at once, before any answer
      void send();
    },
    async discard(entryId: string) {
      await queueStore.remove(entryId);
      await reload();
    },
  };
};
export type OfflineQueue = ReturnType<typeof useOfflineQueue>;
