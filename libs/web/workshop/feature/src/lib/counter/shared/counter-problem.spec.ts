import { HttpErrorResponse } from '@angular/common/http';
import { counterFailureOf } from './counter-problem';
import { centsOfInput, formatDay, telHref } from './counter-format';

const error = (status: number, body: unknown): HttpErrorResponse =>
  new HttpErrorResponse({ status, error: body });

describe('counterFailureOf', () => {
  it('reads every refusal of a refused handout from details.refusals', () => {
    const failure = counterFailureOf(
      error(409, {
        code: 'BRIEFING_MISSING',
        message: 'x',
        details: { refusals: ['BRIEFING_MISSING', 'ELIGIBILITY_EXPIRED', 'NOT_A_CODE'] },
      }),
    );
    expect(failure.problem).toBe('refused');
    expect(failure.refusals).toEqual(['BRIEFING_MISSING', 'ELIGIBILITY_EXPIRED']);
  });

  it('takes the code itself as the refusal when the details list none', () => {
    const failure = counterFailureOf(error(409, { code: 'INSPECTION_EXPIRED', message: 'x' }));
    expect(failure.refusals).toEqual(['INSPECTION_EXPIRED']);
  });

  it('maps other codes and statuses to a problem', () => {
    expect(counterFailureOf(error(409, { code: 'STALE_VERSION' })).problem).toBe('stale');
    expect(counterFailureOf(error(422, { code: 'ACCOUNT_NOT_LINKABLE' })).problem).toBe(
      'accountNotLinkable',
    );
    expect(counterFailureOf(error(0, null)).problem).toBe('network');
    expect(counterFailureOf(error(500, null)).problem).toBe('unexpected');
  });
});

describe('desk formats', () => {
  it('reads euro amounts typed with comma or point', () => {
    expect(centsOfInput('12,50')).toBe(1250);
    expect(centsOfInput(' 7 € ')).toBe(700);
    expect(centsOfInput('')).toBeNull();
    expect(centsOfInput('zwölf')).toBeNaN();
  });

  it('shows a date, and an instant as its day in Borken', () => {
    expect(formatDay('2026-12-27', 'de')).toBe('So., 27. Dez. 2026');
    expect(formatDay('2026-12-27T23:30:00.000Z', 'de')).toBe('Mo., 28. Dez. 2026');
  });

  it('makes a tel: link of a phone number as typed', () => {
    expect(telHref('0151 / 234 56-78')).toBe('tel:01512345678');
    expect(telHref('+49 2861 123')).toBe('tel:+492861123');
  });
});
