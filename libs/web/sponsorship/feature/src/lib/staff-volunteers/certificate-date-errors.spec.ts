import { certificateDateErrorsOf } from './certificate-date-errors';

describe('certificateDateErrorsOf', () => {
  it('words each field by the problem code the API names', () => {
    expect(
      certificateDateErrorsOf({ issuedOn: ['TOO_OLD_AT_INSPECTION'], inspectedOn: ['IN_FUTURE'] }),
    ).toEqual({ issuedOn: 'tooOld', inspectedOn: 'inFuture' });
    expect(certificateDateErrorsOf({ issuedOn: ['AFTER_INSPECTION'] })).toEqual({
      issuedOn: 'afterInspection',
    });
  });

  it('marks a field with an unknown code and ignores other fields', () => {
    expect(certificateDateErrorsOf({ issuedOn: ['must be a date'], note: ['x'] })).toEqual({
      issuedOn: 'dates',
    });
    expect(certificateDateErrorsOf({})).toEqual({});
  });
});
