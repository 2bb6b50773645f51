import { AmendDatesForm } from './AmendDatesForm';
import { ClosePhaseForm } from './ClosePhaseForm';
import { ReopenPhaseForm } from './ReopenPhaseForm';
import type { Operation, Phase } from '../../operations/use-operations';

/** What can be done to a phase as it is now: close or reopen it, and put its dates right. */
export const PhaseActions = ({ operation, phase }: { operation: Operation; phase: Phase }) => {
  const ref = { op: operation.id, n: phase.number };
  return (
    <details className="admin-action" data-phase-actions={phase.number}>
      <summary>
        Change {phase.name} ({phase.status === 'open' ? 'open' : 'closed'})
      </summary>
      {phase.status === 'open' ? (
        <ClosePhaseForm phaseRef={ref} />
      ) : (
        <ReopenPhaseForm phaseRef={ref} />
      )}
      <AmendDatesForm phaseRef={ref} phase={phase} />
    </details>
  );
};
