import { useState, type FormEvent } from 'react';
import { FORCE_COLOURS, forceName } from '../../ui/forces';
import { Refusal } from '../Refusal';
import { useAdminWrite } from '../use-admin-write';
import { operationWrites, type NewOperation } from './operation-writes';

const FORCES = Object.keys(FORCE_COLOURS) as NewOperation['forces'];
const OPERATION_ID = /^[a-z][a-z0-9-]{1,39}$/;

/** The server's rules, said before sending: it would refuse the same with a 400. */
const problemsOf = (operation: NewOperation): string[] => {
  const problems: string[] = [];
  if (!OPERATION_ID.test(operation.id))
    problems.push(
      'The id must be 2 to 40 lowercase letters, digits or hyphens, starting with a letter (such as “scorpion”).',
    );
  if (operation.scope === 'regional' && operation.forces.length < 2)
    problems.push('A regional operation needs two forces or more.');
  if (operation.scope === 'force' && operation.forces.length !== 1)
    problems.push('A force’s own operation has exactly one force.');
  return problems;
};

/** Registers an operation: its id, name, scope, forces and what it is about. */
export const NewOperationForm = () => {
  const [forces, setForces] = useState<NewOperation['forces']>([]);
  const [problems, setProblems] = useState<string[]>([]);
  const register = useAdminWrite(operationWrites.register, [['operations']]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const description = String(form.get('description')).trim();
    const operation: NewOperation = {
      id: String(form.get('id')).trim(),
      name: String(form.get('name')).trim(),
      scope: form.get('scope') === 'force' ? 'force' : 'regional',
      forces,
      ...(description && { description }),
    };
    const found = problemsOf(operation);
    setProblems(found);
    register.reset(); // the last answer no longer describes this form
    if (found.length === 0) register.mutate(operation, { onSuccess: () => reset(event.target) });
  };
  const reset = (form: EventTarget) => {
    (form as HTMLFormElement).reset();
    setForces([]);
  };
  const toggle = (force: NewOperation['forces'][number], on: boolean) =>
    setForces((chosen) => (on ? [...chosen, force] : chosen.filter((f) => f !== force)));

  return (
    <form className="admin-form" onSubmit={submit} aria-labelledby="new-operation-title">
      <h3 id="new-operation-title">Register an operation</h3>
      <label>
        Operation id
        <input name="id" required maxLength={40} autoComplete="off" aria-describedby="id-hint" />
      </label>
      <span className="hint" id="id-hint">
        Lowercase letters, digits and hyphens, such as “scorpion”. It cannot be changed later.
      </span>
      <label>
        Name
        <input name="name" required maxLength={100} />
      </label>
      <fieldset>
        <legend>Scope</legend>
        <label className="inline">
          <input type="radio" name="scope" value="regional" defaultChecked /> Regional (two forces
          or more)
        </label>
        <label className="inline">
          <input type="radio" name="scope" value="force" /> One force’s own
        </label>
      </fieldset>
      <fieldset>
        <legend>Forces taking part</legend>
        {FORCES.map((force) => (
          <label key={force} className="inline">
            <input
              type="checkbox"
              checked={forces.includes(force)}
              onChange={(e) => toggle(force, e.target.checked)}
            />{' '}
            {forceName(force)}
          </label>
        ))}
      </fieldset>
      <label>
        Description (optional)
        <textarea name="description" maxLength={1000} rows={2} />
      </label>
      {problems.length > 0 && (
        <div role="alert" className="problem">
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      <Refusal error={register.error} what="The operation was not registered" />
      {register.isSuccess && (
        <p role="status" className="notice">
          Registered {register.data.name}. Open its first phase below.
        </p>
      )}
      <button type="submit" disabled={register.isPending}>
        Register the operation
      </button>
    </form>
  );
};
