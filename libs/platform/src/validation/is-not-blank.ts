import { isBlank } from '@ros/domain';
import { ValidateBy, type ValidationArguments, type ValidationOptions } from 'class-validator';

/**
 * Required free text (a reason, a name, a title, a source) must say something: text of
 * white space, zero-width or other format characters only (`"   "`, `"\u200b"`) is refused
 * with `<field> must not be blank`. An empty string is left to the field's length check,
 * which names it once.
 */
export const IsNotBlank = (options?: ValidationOptions): PropertyDecorator =>
  ValidateBy(
    {
      name: 'isNotBlank',
      validator: {
        validate: (value) => typeof value !== 'string' || value === '' || !isBlank(value),
        defaultMessage: ({ property }: ValidationArguments) => `${property} must not be blank`,
      },
    },
    options,
  );
