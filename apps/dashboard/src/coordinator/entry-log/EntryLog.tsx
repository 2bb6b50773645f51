import { useState } from 'react';
import { forceName } from '../../ui/forces';
import { QueryProblem } from '../../ui/QueryProblem';
import './entry-log.css';
import { EntryRow, type RowAction } from './EntryRow';
import { useChosenPhase } from './use-chosen-phase';
import { useEntryLog } from './use-entry-log';

/** "My force's entries" for the phase chosen on the page (`?operation=&phase=`). */
export const EntryLog = ({ force }: { force: string | null }) => {
  const chosen = useChosenPhase();
  if (!chosen || !force) return null;
  return <EntryLogOf {...chosen} force={force} />;
};

const EntryLogOf = ({
  operation,
  phase,
  force,
}: {
  operation: string;
  phase: number;
  force: string;
}) => {
  const log = useEntryLog(operation, phase, force);
  const [open, setOpen] = useState<{ entryId: string; action: RowAction } | null>(null);
  const [said, setSaid] = useState('');
  // The API answers in the order entries were logged; the newest is what a coordinator checks.
  const items = (log.data?.pages.flatMap((page) => page.items) ?? []).slice().reverse();

  return (
    <section className="entry-log" aria-labelledby="entry-log-title">
      <h2 id="entry-log-title">My force&apos;s entries</h2>
      <p className="coordinator-hint">
        {forceName(force)}&apos;s entries in phase {phase}, newest first. Correct or retract one
        with a reason: its history keeps what it said before.
      </p>
      <p role="status" className="said">
        {said}
      </p>
      {log.isPending && <p>Loading the entries…</p>}
      {log.isError && (
        <QueryProblem what="your force's entries" error={log.error} retry={() => log.refetch()} />
      )}
      {log.isSuccess && items.length === 0 && (
        <p>No entries for {forceName(force)} in this phase yet.</p>
      )}
      {log.hasNextPage && (
        <p className="more">
          Showing the first {items.length} entries logged; more were logged after them.{' '}
          <button
            type="button"
            onClick={() => log.fetchNextPage()}
            disabled={log.isFetchingNextPage}
          >
            {log.isFetchingNextPage ? 'Loading…' : 'Show more'}
          </button>
        </p>
      )}
      <ul className="entries">
        {items.map((item) => (
          <EntryRow
            key={item.entryId}
            operation={operation}
            phase={phase}
            item={item}
            open={open?.entryId === item.entryId ? open.action : null}
            onOpen={(action) => setOpen(action ? { entryId: item.entryId, action } : null)}
            onDone={(message) => {
              setOpen(null);
              setSaid(message);
            }}
          />
        ))}
      </ul>
    </section>
  );
};
