import { formatMoment } from '../../ui/format';
import { TableScroll } from '../../ui/TableScroll';
import { figureOf } from '../entry-log/figure';
import { kindLabel } from '../../entries/vocabulary';
import type { ReturnRow } from './parse-return';
import { verdictOf, type BatchResult } from './send-return';

/** Each row of the return: what it would send, its verdict before sending and after. */
export const RowVerdicts = ({
  rows,
  results,
}: {
  rows: ReturnRow[];
  results: Map<string, BatchResult>;
}) => (
  <TableScroll label="The return's rows and their verdicts">
    <table className="return-rows">
      <caption className="visually-hidden">The return&apos;s rows and their verdicts</caption>
      <thead>
        <tr>
          <th scope="col">Row</th>
          <th scope="col">Entry</th>
          <th scope="col">When</th>
          <th scope="col">Before sending</th>
          <th scope="col">After sending</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ row, cells, entry, problems }) => {
          const result = entry && results.get(entry.entryId);
          return (
            <tr key={row} data-row={row} className={problems.length ? 'has-problem' : undefined}>
              <th scope="row">{row}</th>
              <td>{entry ? `${kindLabel(entry.kind)}: ${figureOf(entry)}` : (cells.kind ?? '')}</td>
              <td>{entry ? formatMoment(entry.occurredAt) : (cells.occurredAt ?? '')}</td>
              <td className="verdict-before">
                {problems.length ? (
                  <ul>
                    {problems.map((problem) => (
                      <li key={problem}>{problem}</li>
                    ))}
                  </ul>
                ) : (
                  'Ready to send'
                )}
              </td>
              <td className={`verdict-after${result && result.status >= 400 ? ' refused' : ''}`}>
                {result ? verdictOf(result) : problems.length ? 'Not sent' : ''}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  </TableScroll>
);
