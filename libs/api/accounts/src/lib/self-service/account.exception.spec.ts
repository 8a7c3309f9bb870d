import { accountLinkError } from './account.exception';

describe('accountLinkError', () => {
  it('answers an expired link with 400 TOKEN_EXPIRED', () => {
    const error = accountLinkError('expired');
    expect([error.status, error.code]).toEqual([400, 'TOKEN_EXPIRED']);
  });

  it('answers an unknown, used or superseded link with 400 TOKEN_INVALID', () => {
    const error = accountLinkError('invalid');
    expect([error.status, error.code]).toEqual([400, 'TOKEN_INVALID']);
    expect(error.toBody()).toEqual({ code: 'TOKEN_INVALID', message: expect.any(String) });
  });
});
