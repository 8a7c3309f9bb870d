import { HttpErrorResponse } from '@angular/common/http';
import { inventoryFailureOf } from './inventory-problem';

const answer = (status: number, body: unknown) => new HttpErrorResponse({ status, error: body });

describe('inventoryFailureOf', () => {
  it('reads OUT_OF_STOCK with what is on hand', () => {
    const failure = inventoryFailureOf(
      answer(409, { code: 'OUT_OF_STOCK', message: 'x', details: { onHand: 1, requested: 3 } }),
    );
    expect(failure.problem).toBe('outOfStock');
    expect(failure.details['onHand']).toBe(1);
  });

  it('maps workshop codes and the general ones', () => {
    expect(inventoryFailureOf(answer(409, { code: 'STALE_VERSION' })).problem).toBe('stale');
    expect(inventoryFailureOf(answer(422, { code: 'HOLDING_PERIOD_RUNNING' })).problem).toBe(
      'holdingPeriod',
    );
    expect(inventoryFailureOf(answer(404, { code: 'BIKE_NOT_FOUND' })).problem).toBe('notFound');
    expect(inventoryFailureOf(answer(0, null)).problem).toBe('network');
    expect(inventoryFailureOf(new Error('boom')).problem).toBe('unexpected');
  });

  it('keeps the field messages of a validation failure', () => {
    const failure = inventoryFailureOf(
      answer(422, { code: 'VALIDATION_FAILED', details: { make: ['make must not be empty'] } }),
    );
    expect(failure.problem).toBe('invalid');
    expect(failure.fields['make']).toEqual(['make must not be empty']);
  });
});
