import type { NewUser } from './use-users';

// The server's rules (POST /api/users), said before sending: it would refuse the same with a 400.
const USERNAME = /^[a-zA-Z0-9._@-]{3,64}$/;
export const rolesWithForce: NewUser['role'][] = ['coordinator', 'pcc'];

export const userProblems = (user: NewUser): string[] => {
  const problems: string[] = [];
  if (!USERNAME.test(user.username))
    problems.push('The username must be 3 to 64 letters, digits or . _ @ -');
  problems.push(...passwordProblems(user.password, user.username));
  if (rolesWithForce.includes(user.role) && !user.force)
    problems.push(`A ${user.role === 'pcc' ? 'PCC' : 'coordinator'} needs a force.`);
  return problems;
};

/**
 * The password rules the browser can check (the server also refuses the most common
 * passwords, a list too long to send here).
 */
export const passwordProblems = (password: string, username: string): string[] => {
  // Counted as people count characters: an emoji is one.
  const length = [...password].length;
  if (length < 12 || length > 200) return ['The password must be 12 to 200 characters long.'];
  if (password.trim() === '') return ['The password must not be only spaces.'];
  if (username && password.toLowerCase().includes(username.toLowerCase()))
    return ['The password must not contain the username.'];
  return [];
};
