import { useState, type FormEvent } from 'react';
import type { components } from '../../api/schema';
import { Refusal } from '../Refusal';
import { useAdminWrite } from '../use-admin-write';
import { resetPassword, setDisabled } from './use-users';
import { passwordProblems } from './user-rules';

type ListedUser = components['schemas']['ListedUser'];

/** Per user: disable or enable, and set a new password (they take effect at once). */
export const UserActions = ({ user, self }: { user: ListedUser; self: boolean }) => {
  const [resetting, setResetting] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const toggle = useAdminWrite(setDisabled, [['users']]);
  const reset = useAdminWrite(resetPassword, []);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const password = String(new FormData(event.currentTarget).get('password'));
    const found = passwordProblems(password, user.username);
    setProblems(found);
    reset.reset();
    if (found.length === 0)
      reset.mutate({ username: user.username, password }, { onSuccess: () => setResetting(false) });
  };

  return (
    <div className="user-actions">
      {!self && (
        <button
          type="button"
          disabled={toggle.isPending}
          // Named with the user (not a hidden span: an absolute one would widen a narrow page).
          aria-label={`${user.disabled ? 'Enable' : 'Disable'} ${user.username}`}
          onClick={() => toggle.mutate({ username: user.username, disabled: !user.disabled })}
        >
          {user.disabled ? 'Enable' : 'Disable'}
        </button>
      )}
      <button
        type="button"
        onClick={() => setResetting(!resetting)}
        aria-expanded={resetting}
        aria-label={`Reset password of ${user.username}`}
      >
        Reset password
      </button>
      {resetting && (
        <form onSubmit={submit} noValidate aria-label={`Set the password of ${user.username}`}>
          <label>
            New password
            <input name="password" type="password" autoComplete="new-password" />
          </label>
          <button type="submit" disabled={reset.isPending}>
            Set it
          </button>
        </form>
      )}
      {problems.length > 0 && (
        <p role="alert" className="problem">
          {problems.join(' ')}
        </p>
      )}
      <Refusal error={toggle.error} what={`${user.username} was not changed`} />
      <Refusal error={reset.error} what={`The password of ${user.username} was not set`} />
      {reset.isSuccess && (
        <p role="status" className="notice">
          Password of {user.username} set; their old sessions have ended.
        </p>
      )}
    </div>
  );
};
