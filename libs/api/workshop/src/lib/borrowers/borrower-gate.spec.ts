import { borrowerRefusals, toBorrowerGate, type BorrowerGateFacts } from './borrower-gate';

const READY: BorrowerGateFacts = {
  today: '2026-11-27',
  eligibleUntil: '2027-03-31',
  eligibilityBasis: 'asylblg',
  briefed: true,
  blockedUntil: null,
  openRentals: 0,
  rentalLimit: 1,
  isMinor: false,
  guardianConsentOn: null,
};

describe('borrowerRefusals (workshop.md invariant 3)', () => {
  it('an eligible, briefed, unblocked adult without open rentals may rent', () => {
    expect(borrowerRefusals(READY)).toEqual([]);
  });

  it('no eligibility on record → ELIGIBILITY_MISSING', () => {
    expect(borrowerRefusals({ ...READY, eligibleUntil: null })).toEqual(['ELIGIBILITY_MISSING']);
  });

  it('eligibility ended yesterday → ELIGIBILITY_EXPIRED; ending today still counts', () => {
    expect(borrowerRefusals({ ...READY, eligibleUntil: '2026-11-26' })).toEqual([
      'ELIGIBILITY_EXPIRED',
    ]);
    expect(borrowerRefusals({ ...READY, eligibleUntil: '2026-11-27' })).toEqual([]);
  });

  it('no acknowledged briefing → BRIEFING_MISSING', () => {
    expect(borrowerRefusals({ ...READY, briefed: false })).toEqual(['BRIEFING_MISSING']);
  });

  it('blocked through today → BORROWER_BLOCKED; a block that ended yesterday does not count', () => {
    expect(borrowerRefusals({ ...READY, blockedUntil: '2026-11-27' })).toEqual([
      'BORROWER_BLOCKED',
    ]);
    expect(borrowerRefusals({ ...READY, blockedUntil: '2026-11-26' })).toEqual([]);
  });

  it('open rentals at the limit → RENTAL_LIMIT_REACHED; below a higher limit they may rent', () => {
    expect(borrowerRefusals({ ...READY, openRentals: 1 })).toEqual(['RENTAL_LIMIT_REACHED']);
    expect(borrowerRefusals({ ...READY, openRentals: 1, rentalLimit: 2 })).toEqual([]);
  });

  it('a minor needs the guardian’s consent', () => {
    expect(borrowerRefusals({ ...READY, isMinor: true })).toEqual(['ELIGIBILITY_MISSING']);
    expect(borrowerRefusals({ ...READY, isMinor: true, guardianConsentOn: '2026-11-01' })).toEqual(
      [],
    );
  });

  it('lists every refusal at once, in the order of HANDOUT_REFUSALS', () => {
    expect(
      borrowerRefusals({
        ...READY,
        eligibleUntil: '2026-01-01',
        briefed: false,
        blockedUntil: '2027-01-01',
        openRentals: 3,
      }),
    ).toEqual([
      'ELIGIBILITY_EXPIRED',
      'BRIEFING_MISSING',
      'BORROWER_BLOCKED',
      'RENTAL_LIMIT_REACHED',
    ]);
  });

  it('the API gate carries the facts and the refusals', () => {
    expect(toBorrowerGate({ ...READY, briefed: false })).toEqual({
      eligibleUntil: '2027-03-31',
      eligibilityBasis: 'asylblg',
      briefed: false,
      blockedUntil: null,
      openRentals: 0,
      refusals: ['BRIEFING_MISSING'],
    });
  });
});
