import { nonJsonBodyRefusal } from './json-bodies-only';

describe('nonJsonBodyRefusal', () => {
  it.each([
    'application/x-www-form-urlencoded',
    'text/plain',
    'text/plain;charset=UTF-8',
    'multipart/form-data; boundary=x',
    'application/xml',
  ])('refuses a %s body with 415 UNSUPPORTED_MEDIA_TYPE', (type) => {
    const refusal = nonJsonBodyRefusal({ 'content-type': type, 'content-length': '12' });
    expect(refusal?.status).toBe(415);
    expect(refusal?.toBody().code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('refuses a chunked form body too', () => {
    expect(
      nonJsonBodyRefusal({ 'content-type': 'text/plain', 'transfer-encoding': 'chunked' }),
    ).toBeDefined();
  });

  it.each([
    [{ 'content-type': 'application/json', 'content-length': '2' }],
    [{ 'content-type': 'Application/JSON; charset=utf-8', 'content-length': '2' }],
    [{ 'content-type': 'text/plain', 'content-length': '0' }],
    [{ 'content-type': 'text/plain' }],
    [{}],
  ])('lets JSON bodies and requests without a body pass (%j)', (headers) => {
    expect(nonJsonBodyRefusal(headers)).toBeUndefined();
  });
});
