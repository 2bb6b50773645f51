import { formatMoment } from '../../ui/format';
import { kindLabel } from '../../entries/vocabulary';
import type { QueuedEntry } from './queue-store';
import type { OfflineQueue } from './use-offline-queue';

/**
 * Entries the server refused, each with its message. A refusal stored nothing, so a fixed
 * entry goes again under the same id; but a 409 says the id is already taken by an entry
 * with other details, which counts already: fixing that one makes a new entry (new id).
 */
export const RefusedList = ({
  queue,
  onFix,
}: {
  queue: OfflineQueue;
  onFix: (entry: QueuedEntry) => void;
}) => {
  if (queue.refused.length === 0) return null;
  return (
    <section id="refused" className="refused" aria-labelledby="refused-title" tabIndex={-1}>
      <h2 id="refused-title">Refused by the server</h2>
      <p>Nothing of these was counted. Fix and send each again, or discard it.</p>
      <ul>
        {queue.refused.map((entry) => (
          <li key={entry.entryId} className="refused-entry" data-entry-id={entry.entryId}>
            <p className="refused-what">
              <strong>{describe(entry)}</strong>, {formatMoment(entry.body.occurredAt)} (
              {entry.operation}, phase {entry.phase})
            </p>
            <p className="refused-message">
              The server answered {entry.refusal!.status}: {entry.refusal!.message}
            </p>
            {entry.refusal!.status === 409 && (
              <p>
                An entry with this id is already recorded with other details, and counts. To change
                it, correct it in your force’s entries; fix this one only if it is a different event
                (it will be sent as a new entry).
              </p>
            )}
            <div className="refused-actions">
              <button type="button" onClick={() => onFix(entry)}>
                Fix <span className="visually-hidden">{describe(entry)}</span>
              </button>
              {entry.refusal!.status !== 409 && (
                <button type="button" onClick={() => void queue.enqueue(entry)}>
                  Send again <span className="visually-hidden">{describe(entry)}</span>
                </button>
              )}
              <button
                type="button"
                className="secondary"
                onClick={() => void queue.discard(entry.entryId)}
              >
                Discard <span className="visually-hidden">{describe(entry)}</span>
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
};

const describe = ({ body }: QueuedEntry): string => {
  const count = (body as { count?: number }).count;
  return count && count > 1 ? `${count} × ${kindLabel(body.kind)}` : kindLabel(body.kind);
};
