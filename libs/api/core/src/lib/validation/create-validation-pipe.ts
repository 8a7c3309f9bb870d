import { ValidationPipe } from '@nestjs/common';
import { ValidationFailedException } from '../errors/validation-failed.exception';
import { flattenValidationErrors } from './flatten-validation-errors';

/**
 * The global pipe (STYLE.md §4.2): strips nothing silently — unknown properties are an error —,
 * converts primitives to the DTO's types and answers 422 `VALIDATION_FAILED` with a field map.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new ValidationFailedException(flattenValidationErrors(errors)),
  });
}
