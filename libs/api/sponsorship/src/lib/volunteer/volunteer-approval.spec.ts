import { approvalBlockers } from './volunteer-approval';

describe('approval guard', () => {
  it('lets a volunteer with every required step and no certificate through', () => {
    expect(approvalBlockers(['info_event', 'interview', 'training'], null)).toBeNull();
  });

  it('lets a clear certificate through', () => {
    expect(
      approvalBlockers(['training', 'interview', 'info_event', 'self_commitment'], {
        relevantEntry: false,
      }),
    ).toBeNull();
  });

  it('names the missing required steps (self-commitment is not required)', () => {
    expect(approvalBlockers(['interview', 'self_commitment'], null)).toEqual({
      missingSteps: ['info_event', 'training'],
      relevantCertificateEntry: false,
    });
  });

  it('blocks a certificate with a relevant entry even when every step is done', () => {
    expect(
      approvalBlockers(['info_event', 'interview', 'training'], { relevantEntry: true }),
    ).toEqual({ missingSteps: [], relevantCertificateEntry: true });
  });
});
