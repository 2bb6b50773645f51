import { forceName } from '../../ui/forces';
import { formatMoment } from '../../ui/format';
import { QueryProblem } from '../../ui/QueryProblem';
import { TableScroll } from '../../ui/TableScroll';
import { session } from '../../auth/session';
import { NewUserForm } from './NewUserForm';
import { ROLE_NAMES } from './roles';
import { UserActions } from './UserActions';
import { useUsers } from './use-users';

/** Who may sign in, with what role and force, and the form to add someone. */
export const UsersAdmin = () => {
  const users = useUsers();
  const me = session.user()?.username;
  return (
    <section aria-labelledby="users-title">
      <h2 id="users-title">Users</h2>
      {users.isPending && <p role="status">Loading the users…</p>}
      {users.isError && (
        <QueryProblem what="the users" error={users.error} retry={() => users.refetch()} />
      )}
      {users.data && (
        <TableScroll label="Users">
          <table className="users">
            <caption>Everyone who may sign in</caption>
            <thead>
              <tr>
                <th scope="col">Username</th>
                <th scope="col">Role</th>
                <th scope="col">Force</th>
                <th scope="col">Created</th>
                <th scope="col">Access</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {users.data.map((u) => (
                <tr key={u.username} data-user={u.username}>
                  <th scope="row">{u.username}</th>
                  <td>{ROLE_NAMES[u.role]}</td>
                  <td>{u.force ? forceName(u.force) : '—'}</td>
                  <td>{formatMoment(u.createdAt)}</td>
                  <td>{u.disabled ? 'Disabled' : 'Can sign in'}</td>
                  <td>
                    <UserActions user={u} self={u.username === me} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <NewUserForm />
    </section>
  );
};
