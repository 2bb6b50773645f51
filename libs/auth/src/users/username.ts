import { InvalidInput } from '@ros/domain';

export const USERNAME = /^[a-zA-Z0-9._@-]{3,64}$/;

/** A username from a path: checked as a body's would be (400), before anything is looked up. */
export const checkedUsername = (raw: unknown): string => {
  if (typeof raw !== 'string' || !USERNAME.test(raw))
    throw new InvalidInput(['username must be 3 to 64 letters, digits or . _ @ -']);
  return raw;
};
