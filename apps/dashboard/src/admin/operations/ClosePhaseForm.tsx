import type { FormEvent } from 'react';
import { ukToday } from '../../ui/format';
import { Refusal } from '../Refusal';
import { useAdminWrite } from '../use-admin-write';
import { operationWrites, type PhaseRef } from './operation-writes';

/**
 * Closes an open phase on its last day. The server judges the day (not in the future, not
 * before the start, not before an entry that counts) and says why when it refuses.
 */
export const ClosePhaseForm = ({ phaseRef }: { phaseRef: PhaseRef }) => {
  const close = useAdminWrite(operationWrites.close, [['operations']]);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const endsOn = String(new FormData(event.currentTarget).get('endsOn'));
    close.mutate({ ...phaseRef, endsOn });
  };
  return (
    <form className="admin-form" onSubmit={submit} aria-label={`Close phase ${phaseRef.n}`}>
      <h4>Close it</h4>
      <label>
        Last day
        <input name="endsOn" type="date" required min="2000-01-01" max={ukToday()} />
      </label>
      <Refusal error={close.error} what="The phase was not closed" />
      <button type="submit" disabled={close.isPending}>
        Close the phase
      </button>
    </form>
  );
};
