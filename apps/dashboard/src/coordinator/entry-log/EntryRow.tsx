import { useId } from 'react';
import { kindLabel } from '../../entries/vocabulary';
import { formatMoment } from '../../ui/format';
import { CorrectForm } from './CorrectForm';
import type { EntryLogItem } from './entry-types';
import { EntryHistory } from './EntryHistory';
import { figureOf } from './figure';
import { RetractForm } from './RetractForm';
import { STATUS_NAMES } from './status-names';

export type RowAction = 'correct' | 'retract';

interface Props {
  operation: string;
  phase: number;
  item: EntryLogItem;
  open: RowAction | null;
  onOpen: (action: RowAction | null) => void;
  onDone: (said: string) => void;
}

/** One entry: what it adds, when, who recorded it, how it stands, and its history. */
export const EntryRow = ({ operation, phase, item, open, onOpen, onDone }: Props) => {
  const headId = useId();
  const entry = item.current;
  const formProps = { operation, phase, item, onDone, onCancel: () => onOpen(null) };
  return (
    <li className="entry" data-entry-id={item.entryId} data-status={item.status}>
      <h3 className="entry-head" id={headId}>
        <span className="entry-kind">{kindLabel(entry.kind)}</span>{' '}
        <span className="entry-figure">{figureOf(entry)}</span>
      </h3>
      <p className={`entry-status status-${item.status}`}>{STATUS_NAMES[item.status]}</p>
      <dl className="entry-facts">
        <div>
          <dt>When</dt>
          <dd className="entry-when">{formatMoment(entry.occurredAt)}</dd>
        </div>
        <div>
          <dt>Recorded by</dt>
          <dd className="entry-who">
            {item.recordedBy}, {formatMoment(item.recordedAt)}
          </dd>
        </div>
        {entry.notes && (
          <div>
            <dt>Notes</dt>
            <dd>{entry.notes}</dd>
          </div>
        )}
      </dl>
      {item.history.length > 1 && <EntryHistory history={item.history} />}
      {item.status !== 'retracted' && (
        <div className="entry-actions">
          {(['correct', 'retract'] as const).map((action) => (
            <button
              key={action}
              type="button"
              className="secondary"
              aria-expanded={open === action}
              aria-describedby={headId}
              onClick={() => onOpen(open === action ? null : action)}
            >
              {action === 'correct' ? 'Correct' : 'Retract'}
            </button>
          ))}
        </div>
      )}
      {open === 'correct' && <CorrectForm {...formProps} />}
      {open === 'retract' && <RetractForm {...formProps} />}
    </li>
  );
};
