import { ForceCell } from '../../ui/ForceCell';
import { formatCount, formatDay } from '../../ui/format';
import { QueryProblem } from '../../ui/QueryProblem';
import { TableScroll } from '../../ui/TableScroll';
import { EstimateForm } from './EstimateForm';
import { useForces } from './use-forces';

/** Each force's population estimate in use today, with its source, and the form for a new one. */
export const PopulationAdmin = () => {
  const forces = useForces();
  return (
    <section aria-labelledby="population-title">
      <h2 id="population-title">Population estimates</h2>
      <p>Rates per 1,000 population use, for each day, the latest estimate that applies to it.</p>
      {forces.isPending && <p role="status">Loading the forces…</p>}
      {forces.isError && (
        <QueryProblem what="the forces" error={forces.error} retry={() => forces.refetch()} />
      )}
      {forces.data && (
        <TableScroll label="Population estimates in use today">
          <table className="population">
            <caption>In use today</caption>
            <thead>
              <tr>
                <th scope="col">Force</th>
                <th scope="col" className="number">
                  Population
                </th>
                <th scope="col">Source</th>
                <th scope="col">Applies from</th>
              </tr>
            </thead>
            <tbody>
              {forces.data.map((f) => (
                <tr key={f.id} data-force={f.id}>
                  <ForceCell force={f.id} name={f.name} />
                  <td className="number" data-field="population">
                    {formatCount(f.population)}
                  </td>
                  <td className="source" data-field="source">
                    {f.populationSource}
                  </td>
                  <td data-field="appliesFrom">{formatDay(f.populationAppliesFrom)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <EstimateForm />
    </section>
  );
};
