import { ValidationError } from 'class-validator';
import { flattenValidationErrors } from './flatten-validation-errors';

function error(
  property: string,
  constraints?: Record<string, string>,
  children: ValidationError[] = [],
): ValidationError {
  return Object.assign(new ValidationError(), { property, constraints, children });
}

describe('flattenValidationErrors', () => {
  it('maps top-level fields to their messages', () => {
    expect(
      flattenValidationErrors([
        error('name', { minLength: 'name is too short', isString: 'name must be a string' }),
      ]),
    ).toEqual({
      name: ['name is too short', 'name must be a string'],
    });
  });

  it('dots nested objects and array items', () => {
    const errors = [
      error('address', undefined, [error('postcode', { length: 'postcode must be 5 characters' })]),
      error('attendees', undefined, [
        error('0', undefined, [error('name', { isNotEmpty: 'name should not be empty' })]),
      ]),
    ];
    expect(flattenValidationErrors(errors)).toEqual({
      'address.postcode': ['postcode must be 5 characters'],
      'attendees.0.name': ['name should not be empty'],
    });
  });

  it('reports unknown properties under their own name', () => {
    expect(
      flattenValidationErrors([
        error('isAdmin', { whitelistValidation: 'property isAdmin should not exist' }),
      ]),
    ).toEqual({
      isAdmin: ['property isAdmin should not exist'],
    });
  });

  it('returns an empty map for no errors', () => {
    expect(flattenValidationErrors([])).toEqual({});
  });
});
