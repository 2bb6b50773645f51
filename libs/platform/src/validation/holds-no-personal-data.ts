import { personalDataProblem } from '@ros/domain';
import { ValidateBy, type ValidationArguments, type ValidationOptions } from 'class-validator';

/**
 * Free text that plainly holds personal data is refused, in admins' text as in entries':
 * operation and phase names, reasons and titles are shown to analysts and PCCs, and
 * published. The message names the field as an entry's would (`reason looks like …`).
 */
export const HoldsNoPersonalData = (options?: ValidationOptions): PropertyDecorator =>
  ValidateBy(
    {
      name: 'holdsNoPersonalData',
      validator: {
        validate: (value) =>
          typeof value !== 'string' || personalDataProblem('', value).length === 0,
        defaultMessage: ({ property, value }: ValidationArguments) =>
          personalDataProblem(property, String(value))[0] ?? `${property} holds personal data`,
      },
    },
    options,
  );
