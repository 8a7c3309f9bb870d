import type { ValidationError } from 'class-validator';
import type { FieldErrors } from '../errors/validation-failed.exception';

/**
 * class-validator's error tree → `{ 'field.path': [messages] }`. Nested objects and array items are
 * dotted (`address.postcode`, `attendees.0.name`); a property that is itself unknown
 * (forbidNonWhitelisted) keeps its name as the path.
 */
export function flattenValidationErrors(
  errors: readonly ValidationError[],
  parentPath = '',
): FieldErrors {
  const result: FieldErrors = {};
  for (const error of errors) {
    const path = parentPath ? `${parentPath}.${error.property}` : error.property;
    const messages = Object.values(error.constraints ?? {});
    if (messages.length > 0) result[path] = [...(result[path] ?? []), ...messages];
    if (error.children && error.children.length > 0) {
      for (const [childPath, childMessages] of Object.entries(
        flattenValidationErrors(error.children, path),
      )) {
        result[childPath] = [...(result[childPath] ?? []), ...childMessages];
      }
    }
  }
  return result;
}
