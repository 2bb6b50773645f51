import { useState, type FormEvent } from 'react';
import { FORCE_COLOURS, forceName } from '../../ui/forces';
import { Refusal } from '../Refusal';
import { useAdminWrite } from '../use-admin-write';
import { ROLE_NAMES } from './roles';
import { createUser, type NewUser } from './use-users';
import { rolesWithForce, userProblems } from './user-rules';

const FORCES = Object.keys(FORCE_COLOURS) as NonNullable<NewUser['force']>[];

/** Creates a user: a force only for the roles that have one (coordinator, PCC). */
export const NewUserForm = () => {
  const [role, setRole] = useState<NewUser['role']>('coordinator');
  const [problems, setProblems] = useState<string[]>([]);
  const create = useAdminWrite(createUser, [['users']]);
  const needsForce = rolesWithForce.includes(role);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const user: NewUser = {
      username: String(data.get('username')).trim(),
      password: String(data.get('password')),
      role,
      ...(needsForce && { force: String(data.get('force')) as NewUser['force'] }),
    };
    const found = userProblems(user);
    setProblems(found);
    create.reset(); // the last answer no longer describes this form
    if (found.length === 0) create.mutate(user, { onSuccess: () => form.reset() });
  };

  return (
    <form className="admin-form" onSubmit={submit} aria-labelledby="new-user-title" noValidate>
      <h3 id="new-user-title">Add a user</h3>
      <label>
        Username
        <input name="username" autoComplete="off" aria-describedby="username-hint" />
      </label>
      <span className="hint" id="username-hint">
        3 to 64 letters, digits or . _ @ -; capitals do not make it a different name.
      </span>
      <label>
        Password
        <input
          name="password"
          type="password"
          autoComplete="new-password"
          aria-describedby="password-hint"
        />
      </label>
      <span className="hint" id="password-hint">
        12 to 200 characters. Give it to them in person or by phone, not by email.
      </span>
      <label>
        Role
        <select value={role} onChange={(e) => setRole(e.target.value as NewUser['role'])}>
          {(Object.keys(ROLE_NAMES) as NewUser['role'][]).map((r) => (
            <option key={r} value={r}>
              {ROLE_NAMES[r]}
            </option>
          ))}
        </select>
      </label>
      {needsForce && (
        <label>
          Force
          <select name="force">
            {FORCES.map((f) => (
              <option key={f} value={f}>
                {forceName(f)}
              </option>
            ))}
          </select>
        </label>
      )}
      {problems.length > 0 && (
        <div role="alert" className="problem">
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      <Refusal error={create.error} what="The user was not created" />
      {create.data && (
        <p role="status" className="notice">
          Created {create.data.username}, {ROLE_NAMES[create.data.role]}
          {create.data.force && ` for ${forceName(create.data.force)}`}. They can sign in now.
        </p>
      )}
      <button type="submit" disabled={create.isPending}>
        Add the user
      </button>
    </form>
  );
};
