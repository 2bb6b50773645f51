import { TableScroll } from '../ui/TableScroll';
import { figureInWords, valueInWords } from './figure-words';
import type { Publication } from './use-publications';

/** Each figure that today's data tells differently: as published, and as known now. */
export const DriftTable = ({ publication }: { publication: Publication }) => {
  const drift = publication.drift ?? [];
  const { figures } = publication;
  return (
    <TableScroll label={`Figures changed since “${publication.title}” was published`}>
      <table className="drift">
        <caption>Figures that have changed since it was published</caption>
        <thead>
          <tr>
            <th scope="col">Figure</th>
            <th scope="col" className="number">
              As published
            </th>
            <th scope="col" className="number">
              As known now
            </th>
          </tr>
        </thead>
        <tbody>
          {drift.map((d) => (
            <tr key={d.figure} data-figure={d.figure}>
              <th scope="row">{figureInWords(d.figure, figures)}</th>
              <td className="number" data-value="published">
                {valueInWords(d.figure, d.published, figures)}
              </td>
              <td className="number" data-value="current">
                {valueInWords(d.figure, d.current, figures)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
};
