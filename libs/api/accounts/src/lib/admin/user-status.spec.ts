import { userStatusOf, type UserStatusFacts } from './user-status';

const verified: UserStatusFacts = {
  erasedAt: null,
  isActive: true,
  email: 'lena@test.invalid',
  emailVerifiedAt: new Date('2026-11-01T10:00:00Z'),
};

describe('userStatusOf', () => {
  it('is active for a verified, active account', () => {
    expect(userStatusOf(verified)).toBe('active');
  });

  it('is active for a desk resident without address', () => {
    expect(userStatusOf({ ...verified, email: null, emailVerifiedAt: null })).toBe('active');
  });

  it('is unverified for an invited or signed-up account before verification', () => {
    expect(userStatusOf({ ...verified, emailVerifiedAt: null })).toBe('unverified');
  });

  it('is deactivated before unverified', () => {
    expect(userStatusOf({ ...verified, isActive: false, emailVerifiedAt: null })).toBe(
      'deactivated',
    );
  });

  it('is erased whatever else holds', () => {
    expect(
      userStatusOf({ erasedAt: new Date(), isActive: false, email: null, emailVerifiedAt: null }),
    ).toBe('erased');
  });
});
