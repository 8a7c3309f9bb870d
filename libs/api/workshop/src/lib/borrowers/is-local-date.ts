import { isLocalDate } from '@zusammen/shared/util';
import { ValidateBy, type ValidationOptions } from 'class-validator';

/** A `YYYY-MM-DD` that names a real calendar day. */
export function IsLocalDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isLocalDate',
      validator: {
        validate: (value: unknown) => isLocalDate(value),
        defaultMessage: (args) => `${args?.property ?? 'value'} must be a date (YYYY-MM-DD)`,
      },
    },
    options,
  );
}
