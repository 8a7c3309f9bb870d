import { borrowerProblems, borrowerRequestOf, emptyBorrowerDraft } from './borrower-draft';

const TODAY = '2026-11-27';

describe('borrower draft', () => {
  it('needs a name, and a phone number when the desk is to call', () => {
    expect(borrowerProblems(emptyBorrowerDraft(), TODAY)).toEqual({
      displayName: 'required',
      phone: 'required',
    });
  });

  it('needs an e-mail address when reminders go by e-mail', () => {
    const draft = {
      ...emptyBorrowerDraft(),
      displayName: 'Amal',
      reminderChannel: 'email' as const,
    };
    expect(borrowerProblems(draft, TODAY)).toEqual({ accountEmail: 'required' });
    expect(borrowerProblems({ ...draft, accountEmail: 'amal@' }, TODAY)).toEqual({
      accountEmail: 'invalid',
    });
  });

  it('asks for the guardian and a consent date not in the future for a minor', () => {
    const draft = {
      ...emptyBorrowerDraft(),
      displayName: 'Yusuf',
      phone: '0151 2345678',
      isMinor: true,
    };
    expect(borrowerProblems(draft, TODAY)).toEqual({
      guardianName: 'required',
      guardianConsentOn: 'required',
    });
    expect(
      borrowerProblems({ ...draft, guardianName: 'Ali', guardianConsentOn: '2026-11-28' }, TODAY),
    ).toEqual({ guardianConsentOn: 'future' });
  });

  it('rejects a phone number with letters', () => {
    const draft = { ...emptyBorrowerDraft(), displayName: 'Amal', phone: 'call me' };
    expect(borrowerProblems(draft, TODAY)).toEqual({ phone: 'invalid' });
  });

  it('sends trimmed values, null for empty ones, and no guardian for an adult', () => {
    const request = borrowerRequestOf({
      ...emptyBorrowerDraft('ar'),
      displayName: '  Amal Haddad ',
      phone: ' 0151 2345678 ',
      guardianName: 'left over',
    });
    expect(request).toEqual({
      displayName: 'Amal Haddad',
      phone: '0151 2345678',
      accountEmail: null,
      preferredLocale: 'ar',
      reminderChannel: 'phone',
      isMinor: false,
      guardianName: null,
      guardianConsentOn: null,
    });
  });
});
