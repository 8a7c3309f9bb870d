import { queryParamsOf } from './query-params';

describe('queryParamsOf', () => {
  it('keeps set values as text and drops empty ones', () => {
    expect(
      queryParamsOf({
        q: '  Leyla ',
        role: 'staff',
        status: '',
        cursor: null,
        limit: 25,
        x: undefined,
      }),
    ).toEqual({ q: 'Leyla', role: 'staff', limit: '25' });
  });
});
