import type { FormEvent } from 'react';
import { ukToday } from '../../ui/format';
import { Refusal } from '../Refusal';
import { useAdminWrite } from '../use-admin-write';
import { operationWrites, type PhaseRef } from './operation-writes';
import type { Phase } from '../../operations/use-operations';

/**
 * Puts a phase's dates right, with the reason kept in its history. Only the last day of a
 * closed phase can be changed (an open one has none yet).
 */
export const AmendDatesForm = ({ phaseRef, phase }: { phaseRef: PhaseRef; phase: Phase }) => {
  const amend = useAdminWrite(operationWrites.amendDates, [['operations']]);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const startsOn = String(form.get('startsOn'));
    const endsOn = String(form.get('endsOn') ?? '');
    amend.mutate({
      ...phaseRef,
      reason: String(form.get('reason')).trim(),
      ...(startsOn !== phase.startsOn && { startsOn }),
      ...(endsOn && endsOn !== phase.endsOn && { endsOn }),
    });
  };
  return (
    <form
      className="admin-form"
      onSubmit={submit}
      aria-label={`Correct the dates of phase ${phaseRef.n}`}
      key={`${phase.startsOn}/${phase.endsOn}`} // the fields show the dates as they now are
    >
      <h4>Correct its dates</h4>
      <label>
        First day
        <input
          name="startsOn"
          type="date"
          required
          min="2000-01-01"
          max="2099-12-31"
          defaultValue={phase.startsOn}
        />
      </label>
      {phase.endsOn && (
        <label>
          Last day
          <input
            name="endsOn"
            type="date"
            required
            min="2000-01-01"
            max={ukToday()}
            defaultValue={phase.endsOn}
          />
        </label>
      )}
      <label>
        Reason for the correction
        <textarea name="reason" required maxLength={500} rows={2} />
      </label>
      <Refusal error={amend.error} what="The dates were not corrected" />
      <button type="submit" disabled={amend.isPending}>
        Correct the dates
      </button>
    </form>
  );
};
