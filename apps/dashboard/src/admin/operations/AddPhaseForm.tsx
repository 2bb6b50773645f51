import type { FormEvent } from 'react';
import { Refusal } from '../Refusal';
import { useAdminWrite } from '../use-admin-write';
import { operationWrites } from './operation-writes';
import type { Operation } from '../../operations/use-operations';

/** Opens the next phase of an operation: its number (the next free one by default) and first day. */
export const AddPhaseForm = ({ operation }: { operation: Operation }) => {
  const open = useAdminWrite(operationWrites.openPhase, [['operations']]);
  const next = Math.max(0, ...operation.phases.map((p) => p.number)) + 1;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const element = event.currentTarget;
    const form = new FormData(element);
    const name = String(form.get('name')).trim();
    open.mutate(
      {
        op: operation.id,
        number: Number(form.get('number')),
        startsOn: String(form.get('startsOn')),
        ...(name && { name }),
      },
      { onSuccess: () => element.reset() },
    );
  };
  return (
    <details className="admin-action">
      <summary>Add a phase to {operation.name}</summary>
      <form className="admin-form" onSubmit={submit}>
        <label>
          Phase number
          <input
            name="number"
            type="number"
            min={1}
            max={999}
            step={1}
            required
            defaultValue={next}
            key={next}
          />
        </label>
        <label>
          Starts on
          <input name="startsOn" type="date" min="2000-01-01" max="2099-12-31" required />
        </label>
        <label>
          Name (optional: “Phase {next}” when blank)
          <input name="name" maxLength={100} />
        </label>
        <Refusal error={open.error} what="The phase was not added" />
        <button type="submit" disabled={open.isPending}>
          Add the phase
        </button>
      </form>
    </details>
  );
};
