import { useId, useState } from 'react';
import type { ForceSummary } from '../api/client';
import { ForceCell } from '../ui/ForceCell';
import { forceName } from '../ui/forces';
import { TableScroll } from '../ui/TableScroll';
import { formatCount, formatRate } from '../ui/format';

const RATES = [
  ['arrests', 'Arrests'],
  ['warrants', 'Warrants'],
  ['countyLinesClosed', 'County lines closed'],
  ['disruptions', 'Disruptions'],
] as const;
type RateId = (typeof RATES)[number][0];

/**
 * Rates per 1,000 population. The estimates and their sources are listed under the table
 * rather than in columns of it, so that the table fits a phone's width.
 */
export const RatesTable = ({ forces }: { forces: ForceSummary[] }) => {
  // A phone shows one rate beside the names, the one chosen here; wider screens show all four.
  const [onPhone, setOnPhone] = useState<RateId>('arrests');
  const selectId = useId();
  const cell = (id: RateId) => (id === onPhone ? 'number' : 'number wide-screen-only');
  return (
    <section aria-labelledby="rates-title">
      <h2 id="rates-title">Per 1,000 population</h2>
      <div className="controls phone-only">
        <label htmlFor={selectId}>Rate</label>
        <select
          id={selectId}
          value={onPhone}
          onChange={(e) => setOnPhone(e.target.value as RateId)}
        >
          {RATES.map(([id, label]) => (
            <option key={id} value={id}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <TableScroll label="Per 1,000 population">
        <table className="rates">
          <thead>
            <tr>
              <th scope="col">Force</th>
              {RATES.map(([id, label]) => (
                <th key={id} scope="col" className={cell(id)}>
                  {label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {forces.map((f) => (
              <tr key={f.force} data-force={f.force}>
                <ForceCell force={f.force} name={forceName(f.force)} />
                {RATES.map(([id]) => (
                  <td key={id} className={cell(id)} data-rate={id}>
                    {formatRate(f.per1000[id])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <PopulationEstimates forces={forces} />
    </section>
  );
};

/** The estimates the rates use, grouped by their source so that each source is said once. */
const PopulationEstimates = ({ forces }: { forces: ForceSummary[] }) => {
  const bySource = new Map<string, ForceSummary[]>();
  for (const f of forces)
    bySource.set(f.populationSource, [...(bySource.get(f.populationSource) ?? []), f]);
  return (
    <div className="population-estimates">
      <p>The population estimates these rates use:</p>
      <ul>
        {[...bySource].map(([source, estimated]) => (
          <li key={source}>
            {estimated.map((f) => `${forceName(f.force)} ${formatCount(f.population)}`).join('; ')}{' '}
            (<span className="source">{source}</span>)
          </li>
        ))}
      </ul>
    </div>
  );
};
