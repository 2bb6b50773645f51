import type { NewUser } from './use-users';

export const ROLE_NAMES: Record<NewUser['role'], string> = {
  admin: 'Admin',
  analyst: 'Regional analyst',
  coordinator: 'Operation coordinator',
  pcc: 'PCC',
};
