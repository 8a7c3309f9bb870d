import {
  deskRegistrationProblems,
  deskRegistrationRequestOf,
  emptyDeskRegistrationDraft,
} from './desk-registration-draft';

describe('deskRegistrationProblems', () => {
  const draft = { ...emptyDeskRegistrationDraft('ar'), name: 'Yusuf Hamdan' };

  it('needs only a name; the phone is optional', () => {
    expect(deskRegistrationProblems(draft)).toEqual({});
    expect(deskRegistrationProblems({ ...draft, name: '  ' })).toEqual({ name: 'required' });
  });

  it('accepts usual phone numbers and refuses anything else', () => {
    expect(deskRegistrationProblems({ ...draft, phone: '+49 2861 12345' })).toEqual({});
    expect(deskRegistrationProblems({ ...draft, phone: '02861/123-45' })).toEqual({});
    expect(deskRegistrationProblems({ ...draft, phone: 'ask Amal' })).toEqual({ phone: 'invalid' });
    expect(deskRegistrationProblems({ ...draft, phone: '112' })).toEqual({ phone: 'invalid' });
  });

  it('keeps the party between 1 and 10', () => {
    expect(deskRegistrationProblems({ ...draft, partySize: '0' })).toEqual({ partySize: 'range' });
    expect(deskRegistrationProblems({ ...draft, partySize: '11' })).toEqual({ partySize: 'range' });
    expect(deskRegistrationProblems({ ...draft, partySize: '10' })).toEqual({});
  });
});

describe('deskRegistrationRequestOf', () => {
  it('trims, leaves an empty phone out and puts the person on the waiting list when full', () => {
    expect(
      deskRegistrationRequestOf({ name: ' Yusuf ', phone: ' ', partySize: '3', locale: 'ar' }),
    ).toEqual({ name: 'Yusuf', partySize: 3, locale: 'ar', waitlist: true });
    expect(
      deskRegistrationRequestOf({
        name: 'Yusuf',
        phone: '0151 234567',
        partySize: '1',
        locale: 'ar',
      }).phone,
    ).toBe('0151 234567');
  });
});
