import { registerDecorator, type ValidationOptions } from 'class-validator';
import { isCommonPassword } from './common-passwords';
import { PASSWORD_LENGTH } from './password-length';

export { PASSWORD_LENGTH };

/**
 * A password that resists guessing: at least 12 characters (as people count them, so an
 * emoji is one), not all of them whitespace, at most 200, and not one of the passwords
 * people pick most (the first thing an attacker tries).
 */
export const passwordProblem = (password: unknown, name = 'password'): string | null => {
  if (typeof password !== 'string') return `${name} must be a string`;
  const length = [...password].length;
  if (length < PASSWORD_LENGTH.min || length > PASSWORD_LENGTH.max)
    return `${name} must be ${PASSWORD_LENGTH.min} to ${PASSWORD_LENGTH.max} characters long`;
  if (password.trim() === '') return `${name} must not be only spaces`;
  if (isCommonPassword(password))
    return `${name} is one of the most commonly used passwords; choose another`;
  return null;
};

/**
 * The username inside the password, whatever its case (`Dorset-Coordinator2024!` for
 * `dorset-coordinator`), is the second thing an attacker tries: refused.
 */
export const passwordNamesUser = (
  password: string,
  username: string,
  name = 'password',
): string | null =>
  password.toLowerCase().includes(username.toLowerCase())
    ? `${name} must not contain the username`
    : null;

export const IsStrongEnoughPassword =
  (options?: ValidationOptions) => (target: object, property: string) =>
    registerDecorator({
      name: 'isStrongEnoughPassword',
      target: target.constructor,
      propertyName: property,
      // The bounds, for whoever reads the checks (the OpenAPI document does).
      constraints: [PASSWORD_LENGTH.min, PASSWORD_LENGTH.max],
      options,
      validator: {
        validate: (value: unknown) => passwordProblem(value, property) === null,
        defaultMessage: (args) => passwordProblem(args?.value, property) ?? '',
      },
    });
