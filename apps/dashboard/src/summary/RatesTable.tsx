import type { ForceSummary } from '../api/client';
import { ForceCell } from '../ui/ForceCell';
import { TableScroll } from '../ui/TableScroll';
import { formatCount, formatRate } from '../ui/format';

const RATES = [
  ['arrests', 'Arrests'],
  ['warrants', 'Warrants'],
  ['countyLinesClosed', 'County lines closed'],
  ['disruptions', 'Disruptions'],
] as const;

/** Rates per 1,000 population, with the estimate each force's rates use and its source. */
export const RatesTable = ({ forces }: { forces: ForceSummary[] }) => (
  <section aria-labelledby="rates-title">
    <h2 id="rates-title">Per 1,000 population</h2>
    <TableScroll label="Per 1,000 population">
      <table className="rates">
        <thead>
          <tr>
            <th scope="col">Force</th>
            {RATES.map(([id, label]) => (
              <th key={id} scope="col" className="number">
                {label}
              </th>
            ))}
            <th scope="col" className="number">
              Population
            </th>
            <th scope="col">Population source</th>
          </tr>
        </thead>
        <tbody>
          {forces.map((f) => (
            <tr key={f.force} data-force={f.force}>
              <ForceCell force={f.force} name={f.name} />
              {RATES.map(([id]) => (
                <td key={id} className="number" data-rate={id}>
                  {formatRate(f.per1000[id])}
                </td>
              ))}
              <td className="number">{formatCount(f.population)}</td>
              <td className="source">{f.populationSource}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  </section>
);
