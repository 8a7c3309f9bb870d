import { HttpErrorResponse } from '@angular/common/http';
import { SponsorshipErrorCode } from '@zusammen/shared/contracts';
import { proposalProblemOf } from './proposal-problem';

const failed = (status: number, body: unknown): HttpErrorResponse =>
  new HttpErrorResponse({ status, error: body });

describe('proposal problem', () => {
  it('names every pairing rule the server can refuse with', () => {
    const cases: [SponsorshipErrorCode, string][] = [
      [SponsorshipErrorCode.ProposalStale, 'proposalStale'],
      [SponsorshipErrorCode.ProposalNotOpen, 'proposalNotOpen'],
      [SponsorshipErrorCode.CapacityExceeded, 'capacityExceeded'],
      [SponsorshipErrorCode.FamilyHasOpenPairing, 'familyHasOpenPairing'],
      [SponsorshipErrorCode.ConsentMissing, 'consentMissing'],
      [SponsorshipErrorCode.ProposalNotFound, 'notFound'],
    ];
    for (const [code, key] of cases) {
      expect(proposalProblemOf(failed(409, { code, message: code })).key).toBe(key);
    }
  });

  it('names the failing rule of an infeasible pair when the server says which', () => {
    expect(
      proposalProblemOf(
        failed(409, {
          code: SponsorshipErrorCode.PairNotFeasible,
          message: 'no',
          details: { filter: 'H4_DISTANCE' },
        }),
      ),
    ).toEqual({ key: 'pairNotFeasible', filter: 'H4_DISTANCE' });
    expect(
      proposalProblemOf(
        failed(409, {
          code: SponsorshipErrorCode.PairNotFeasible,
          message: 'no',
          details: { filter: 'H99' },
        }),
      ),
    ).toEqual({ key: 'pairNotFeasible', filter: null });
  });

  it('falls back to general words for validation, rights, network and the rest', () => {
    expect(proposalProblemOf(failed(422, { code: 'VALIDATION_FAILED', details: {} })).key).toBe(
      'invalid',
    );
    expect(proposalProblemOf(failed(403, { code: 'FORBIDDEN' })).key).toBe('forbidden');
    expect(proposalProblemOf(failed(0, null)).key).toBe('network');
    expect(proposalProblemOf(failed(500, { code: 'INTERNAL' })).key).toBe('unexpected');
    expect(proposalProblemOf(new Error('boom')).key).toBe('unexpected');
  });
});
