import type { OfflineQueue } from './use-offline-queue';
import { useOnline } from './use-online';

const entries = (n: number) => (n === 1 ? '1 entry' : `${n} entries`);

/** One line that says whether everything made here has reached the server. */
export const QueueStrip = ({ queue }: { queue: OfflineQueue }) => {
  const online = useOnline();
  const { waiting, refused, kept } = queue;
  const until =
    !online || kept === 'offline'
      ? 'will send when online'
      : kept === 'signed-out'
        ? 'will send when you sign in again'
        : kept === 'server'
          ? 'the server is not taking them yet; trying again shortly'
          : 'sending…';
  const state = !queue.loaded
    ? 'Checking for entries not yet sent…'
    : waiting.length > 0
      ? `${waiting.length} waiting — ${until}`
      : 'All sent';
  return (
    <div
      className={`queue-strip ${waiting.length > 0 ? 'is-waiting' : 'is-sent'}`}
      role="status"
      aria-live="polite"
    >
      <span className="queue-state">{state}</span>
      {refused.length > 0 && (
        <a href="#refused" className="queue-refused-count">
          {entries(refused.length)} refused: fix or discard below
        </a>
      )}
      {waiting.length > 0 && online && (
        <button type="button" onClick={() => void queue.send()}>
          Send now
        </button>
      )}
    </div>
  );
};
