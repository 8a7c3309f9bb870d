import { deskResidentRequestOf } from './desk-resident-form';

describe('deskResidentRequestOf', () => {
  it('trims and leaves out an empty phone', () => {
    expect(deskResidentRequestOf('  Yusuf Hamdan ', '   ', 'ar')).toEqual({
      displayName: 'Yusuf Hamdan',
      locale: 'ar',
    });
  });

  it('keeps a phone number', () => {
    expect(deskResidentRequestOf('Yusuf', ' +49 2861 1234 ', 'ar').phone).toBe('+49 2861 1234');
  });
});
