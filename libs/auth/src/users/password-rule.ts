import { registerDecorator, type ValidationOptions } from 'class-validator';

export const PASSWORD_LENGTH = { min: 12, max: 200 } as const;

/**
 * A password long enough to resist guessing: at least 12 characters (as people count them,
 * so an emoji is one), not all of them whitespace, at most 200.
 */
export const passwordProblem = (password: unknown, name = 'password'): string | null => {
  if (typeof password !== 'string') return `${name} must be a string`;
  const length = [...password].length;
  if (length < PASSWORD_LENGTH.min || length > PASSWORD_LENGTH.max)
    return `${name} must be ${PASSWORD_LENGTH.min} to ${PASSWORD_LENGTH.max} characters long`;
  if (password.trim() === '') return `${name} must not be only spaces`;
  return null;
};

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
