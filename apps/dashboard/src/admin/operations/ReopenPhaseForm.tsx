import type { FormEvent } from 'react';
import { Refusal } from '../Refusal';
import { useAdminWrite } from '../use-admin-write';
import { operationWrites, type PhaseRef } from './operation-writes';

/** Opens a closed phase again; the reason is kept in its history for good. */
export const ReopenPhaseForm = ({ phaseRef }: { phaseRef: PhaseRef }) => {
  const reopen = useAdminWrite(operationWrites.reopen, [['operations']]);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const reason = String(new FormData(event.currentTarget).get('reason')).trim();
    reopen.mutate({ ...phaseRef, reason });
  };
  return (
    <form className="admin-form" onSubmit={submit} aria-label={`Reopen phase ${phaseRef.n}`}>
      <h4>Reopen it</h4>
      <label>
        Reason for reopening
        <textarea name="reason" required maxLength={500} rows={2} />
      </label>
      <Refusal error={reopen.error} what="The phase was not reopened" />
      <button type="submit" disabled={reopen.isPending}>
        Reopen the phase
      </button>
    </form>
  );
};
