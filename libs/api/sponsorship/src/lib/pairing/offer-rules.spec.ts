import { HARD_FILTER_CODES, SponsorshipErrorCode } from '@zusammen/shared/contracts';
import {
  offerFailure,
  offerRequestProblems,
  overrideReasonRequired,
  type OfferFacts,
} from './offer-rules';

const FEASIBLE: OfferFacts = {
  volunteerEligible: true,
  capacity: 1,
  openPairings: 0,
  familyHasOpenPairing: false,
  consentGiven: true,
};

describe('offerRequestProblems', () => {
  it('takes a proposal alone', () => {
    expect(offerRequestProblems({ proposalId: 'p' })).toEqual({});
    expect(
      offerRequestProblems({ proposalId: 'p', familyId: 'f', overrideReason: 'weil' }),
    ).toEqual({
      familyId: ['familyId is not used with proposalId'],
      overrideReason: ['overrideReason is not used with proposalId'],
    });
  });

  it('takes a family and a volunteer together', () => {
    expect(offerRequestProblems({ familyId: 'f', volunteerId: 'v' })).toEqual({});
    expect(offerRequestProblems({ familyId: 'f' })).toEqual({
      volunteerId: ['volunteerId or proposalId is required'],
    });
    expect(offerRequestProblems({})).toEqual({
      familyId: ['familyId or proposalId is required'],
      volunteerId: ['volunteerId or proposalId is required'],
    });
    expect(
      offerRequestProblems({ familyId: 'f', volunteerId: 'v', overrideReason: 'x'.repeat(501) }),
    ).toEqual({ overrideReason: ['overrideReason must be at most 500 characters'] });
  });
});

describe('offerFailure', () => {
  it('lets a feasible pair through', () => {
    expect(offerFailure(null, FEASIBLE)).toBeNull();
  });

  it('names missing consent before any filter', () => {
    expect(offerFailure('H7_FAMILY_OPEN', { ...FEASIBLE, consentGiven: false })).toEqual({
      code: SponsorshipErrorCode.ConsentMissing,
      details: {},
    });
    expect(offerFailure('H1_ELIGIBLE', { ...FEASIBLE, consentGiven: false })?.code).toBe(
      SponsorshipErrorCode.ConsentMissing,
    );
  });

  it('H1 of an approved volunteer is a full capacity', () => {
    expect(offerFailure('H1_ELIGIBLE', { ...FEASIBLE, openPairings: 1 })).toEqual({
      code: SponsorshipErrorCode.CapacityExceeded,
      details: { capacity: 1, openPairings: 1 },
    });
    expect(offerFailure('H1_ELIGIBLE', { ...FEASIBLE, volunteerEligible: false })).toEqual({
      code: SponsorshipErrorCode.PairNotFeasible,
      details: { filter: 'H1_ELIGIBLE' },
    });
  });

  it('H7 with an open pairing has its own code; a closed family is just not feasible', () => {
    expect(offerFailure('H7_FAMILY_OPEN', { ...FEASIBLE, familyHasOpenPairing: true })?.code).toBe(
      SponsorshipErrorCode.FamilyHasOpenPairing,
    );
    expect(offerFailure('H7_FAMILY_OPEN', FEASIBLE)).toEqual({
      code: SponsorshipErrorCode.PairNotFeasible,
      details: { filter: 'H7_FAMILY_OPEN' },
    });
  });

  it('names every other filter', () => {
    for (const filter of HARD_FILTER_CODES.filter(
      (f) => f !== 'H1_ELIGIBLE' && f !== 'H7_FAMILY_OPEN',
    ))
      expect(offerFailure(filter, FEASIBLE)).toEqual({
        code: SponsorshipErrorCode.PairNotFeasible,
        details: { filter },
      });
  });
});

describe('overrideReasonRequired', () => {
  it('not for the best candidate without a conflicting batch proposal', () => {
    expect(
      overrideReasonRequired({
        volunteerId: 'a',
        topCandidateId: 'a',
        openProposalVolunteerIds: [],
      }),
    ).toBe(false);
    expect(
      overrideReasonRequired({
        volunteerId: 'a',
        topCandidateId: 'a',
        openProposalVolunteerIds: ['a'],
      }),
    ).toBe(false);
  });

  it('for anyone but the best candidate', () => {
    expect(
      overrideReasonRequired({
        volunteerId: 'b',
        topCandidateId: 'a',
        openProposalVolunteerIds: [],
      }),
    ).toBe(true);
  });

  it('when an open batch proposal names someone else', () => {
    expect(
      overrideReasonRequired({
        volunteerId: 'a',
        topCandidateId: 'a',
        openProposalVolunteerIds: ['b'],
      }),
    ).toBe(true);
  });
});
