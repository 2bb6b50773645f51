import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { SessionUser } from '../auth/session';
import { forceName } from '../ui/forces';
import { QueryProblem } from '../ui/QueryProblem';
import { LazyBatchReturn } from './batch/LazyBatchReturn';
import { EntryForm } from './entry-form/EntryForm';
import { EntryLog } from './entry-log/EntryLog';
import type { QueuedEntry } from './offline-queue/queue-store';
import { QueueStrip } from './offline-queue/QueueStrip';
import { RefusedList } from './offline-queue/RefusedList';
import { useOfflineQueue } from './offline-queue/use-offline-queue';
import { PhaseFigures } from './phase-figures/PhaseFigures';
import { choosePhase, phasesFor } from './phase-picker/choose-phase';
import { PhasePicker } from './phase-picker/PhasePicker';
import { useOperations } from '../operations/use-operations';
import './coordinator.css';

/**
 * A coordinator's page: pick the phase (kept in the URL), log entries in three taps, see
 * what waits to be sent or was refused, and the phase's figures for the force.
 */
export const CoordinatorHome = ({ user }: { user: SessionUser }) => {
  const force = user.force ?? '';
  const [params, setParams] = useSearchParams();
  const operations = useOperations();
  const queue = useOfflineQueue(user.username);
  const [fixing, setFixing] = useState<QueuedEntry | null>(null);

  const choices = operations.data ? phasesFor(operations.data, force) : [];
  const chosen = choosePhase(choices, {
    operation: params.get('operation'),
    phase: params.get('phase'),
  });
  const choose = (operation: string, phase: number, replace = false) =>
    setParams({ operation, phase: String(phase) }, { replace });
  // The address says which phase is shown, so a reload or a shared link keeps it.
  useEffect(() => {
    if (!chosen) return;
    const { operation, phase } = chosen;
    if (params.get('operation') !== operation.id || params.get('phase') !== String(phase.number))
      setParams({ operation: operation.id, phase: String(phase.number) }, { replace: true });
  }, [chosen, params, setParams]);

  const receipt = queue.lastReceipt;
  const minPosition =
    receipt &&
    chosen &&
    receipt.operation === chosen.operation.id &&
    receipt.phase === chosen.phase.number
      ? receipt.position
      : null;

  return (
    <article className="coordinator" aria-labelledby="coordinator-title">
      <h1 id="coordinator-title">{force ? forceName(force) : 'Your force'}</h1>
      <QueueStrip queue={queue} />
      {operations.isPending && <p>Loading your operations…</p>}
      {operations.isError && (
        <QueryProblem
          what="your operations"
          error={operations.error}
          retry={() => operations.refetch()}
        />
      )}
      {operations.data && !chosen && (
        <p className="notice">
          {forceName(force)} takes part in no operation with a phase yet: an admin adds them.
        </p>
      )}
      {chosen && (
        <>
          <PhasePicker
            choices={choices}
            chosen={chosen}
            onChoose={(c) => choose(c.operation.id, c.phase.number)}
          />
          <div className="coordinator-columns">
            <EntryForm
              // A new form for another phase, or for a refused entry to fix.
              key={`${chosen.operation.id}/${chosen.phase.number}/${fixing?.entryId ?? ''}`}
              choice={chosen}
              force={force}
              username={user.username}
              queue={queue}
              fixing={fixing}
              onFixDone={() => setFixing(null)}
            />
            <PhaseFigures
              operation={chosen.operation.id}
              phase={chosen.phase.number}
              force={force}
              minPosition={minPosition}
            />
          </div>
        </>
      )}
      <RefusedList
        queue={queue}
        onFix={(entry) => {
          choose(entry.operation, entry.phase);
          setFixing(entry);
          window.scrollTo({ top: 0 });
        }}
      />
      <EntryLog force={user.force} />
      <LazyBatchReturn force={user.force} />
    </article>
  );
};
