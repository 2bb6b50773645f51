import { formatMoment } from '../../ui/format';
import type { HistoryItem } from './entry-types';
import { figureOf } from './figure';
import { CHANGE_NAMES } from './status-names';

/** Each change to an entry, oldest first: what it said then, who changed it, and why. */
export const EntryHistory = ({ history }: { history: HistoryItem[] }) => (
  <div className="entry-history">
    <h4>History</h4>
    <ol>
      {history.map((change) => (
        <li key={change.position} data-change={change.change}>
          <span className="change">{CHANGE_NAMES[change.change]}</span>
          {change.entry && <span className="change-figure"> {figureOf(change.entry)}</span>}
          <span className="change-who">
            {' '}
            by {change.recordedBy}, {formatMoment(change.recordedAt)}
          </span>
          {change.reason && <span className="change-reason">Reason: {change.reason}</span>}
        </li>
      ))}
    </ol>
  </div>
);
