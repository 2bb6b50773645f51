import { formatMoment } from '../ui/format';
import { forceName } from '../ui/forces';
import { TableScroll } from '../ui/TableScroll';
import { formatFigure } from './figures';
import type { KnownEntry } from './known-then';
import type { ExplorerMeasure } from './measures';

const CHANGES = { logged: 'Logged', corrected: 'Corrected', retracted: 'Retracted' } as const;

/** Each entry behind a figure: what it adds, when, who recorded it, and how it changed. */
export const EntryRows = ({
  entries,
  measure,
}: {
  entries: KnownEntry[];
  measure: ExplorerMeasure;
}) =>
  entries.length === 0 ? (
    <p>No entries are behind this figure.</p>
  ) : (
    <TableScroll label="The entries behind the figure">
      <table className="entries">
        <thead>
          <tr>
            <th scope="col">Kind</th>
            <th scope="col" className="number">
              Adds
            </th>
            <th scope="col">Occurred</th>
            <th scope="col">Recorded by</th>
            <th scope="col">Status</th>
            <th scope="col">Changes</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.item.entryId} data-entry={e.item.entryId} data-counted={e.counted}>
              <td>
                {e.details.kind}
                <span className="dates">{forceName(e.details.force)}</span>
              </td>
              <td className="number" data-adds={e.counted ? measure.contribution(e.details) : 0}>
                {e.counted
                  ? formatFigure(measure, measure.contribution(e.details) ?? 0)
                  : 'not counted'}
              </td>
              <td>{formatMoment(e.details.occurredAt)}</td>
              <td>
                {e.item.recordedBy}
                <span className="dates">{formatMoment(e.item.recordedAt)}</span>
              </td>
              <td>{e.counted ? (e.history.length > 1 ? 'corrected' : 'active') : 'retracted'}</td>
              <td>
                {e.history.length > 1 && (
                  <ol className="history">
                    {e.history.map((change) => (
                      <li key={change.position}>
                        {CHANGES[change.change]} {formatMoment(change.recordedAt)} by{' '}
                        {change.recordedBy}
                        {change.reason && `: “${change.reason}”`}
                      </li>
                    ))}
                  </ol>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
