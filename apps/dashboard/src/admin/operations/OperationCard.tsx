import { forceName } from '../../ui/forces';
import { formatDay } from '../../ui/format';
import { TableScroll } from '../../ui/TableScroll';
import { AddPhaseForm } from './AddPhaseForm';
import { PhaseActions } from './PhaseActions';
import type { Operation } from '../../operations/use-operations';

/** One operation: what it is, its phases with their dates, and what the admin can do to them. */
export const OperationCard = ({ operation }: { operation: Operation }) => (
  <section
    className="operation-card"
    aria-labelledby={`operation-${operation.id}`}
    data-operation={operation.id}
  >
    <h3 id={`operation-${operation.id}`}>
      {operation.name} <span className="operation-id">({operation.id})</span>
    </h3>
    <p>
      {operation.scope === 'regional' ? 'Regional' : 'One force’s own'}:{' '}
      {operation.forces.map(forceName).join(', ')}.
      {operation.description && ` ${operation.description}`}
    </p>
    {operation.phases.length === 0 ? (
      <p>No phase yet.</p>
    ) : (
      <TableScroll label={`Phases of ${operation.name}`}>
        <table className="phases">
          <caption>Phases of {operation.name}</caption>
          <thead>
            <tr>
              <th scope="col">Phase</th>
              <th scope="col">Status</th>
              <th scope="col">Starts</th>
              <th scope="col">Ends</th>
            </tr>
          </thead>
          <tbody>
            {operation.phases.map((phase) => (
              <tr key={phase.number} data-phase={phase.number}>
                <th scope="row">{phase.name}</th>
                <td data-field="status">{phase.status === 'open' ? 'Open' : 'Closed'}</td>
                <td data-field="startsOn">{formatDay(phase.startsOn)}</td>
                <td data-field="endsOn">{phase.endsOn ? formatDay(phase.endsOn) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    )}
    {operation.phases.map((phase) => (
      <PhaseActions key={phase.number} operation={operation} phase={phase} />
    ))}
    <AddPhaseForm operation={operation} />
  </section>
);
