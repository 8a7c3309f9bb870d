import type { PairingActionDraft } from './pairing-action-draft';
import {
  VOLUNTEER_END_REASONS,
  emptyPairingActionDraft,
  pairingActionFieldsOf,
  pairingActionProblems,
  pairingActionRequestOf,
} from './pairing-action-draft';

const TODAY = '2026-11-26';
const draft = (changes: Partial<PairingActionDraft>): PairingActionDraft => ({
  ...emptyPairingActionDraft(),
  ...changes,
});

describe('pairing action drafts', () => {
  it('never offers the staff-only end reason to a volunteer', () => {
    expect(VOLUNTEER_END_REASONS).not.toContain('safeguarding');
    expect(VOLUNTEER_END_REASONS).toContain('life_change');
    expect(
      pairingActionProblems('end', draft({ reason: 'safeguarding', note: 'x' }), TODAY),
    ).toEqual({ endReason: 'missing' });
  });

  it('declines with a reason alone, but needs a note for "other"', () => {
    expect(pairingActionProblems('decline', draft({}), TODAY)).toEqual({
      declineReason: 'missing',
    });
    expect(pairingActionProblems('decline', draft({ reason: 'no_time' }), TODAY)).toEqual({});
    expect(pairingActionProblems('decline', draft({ reason: 'other', note: '  ' }), TODAY)).toEqual(
      {
        note: 'missing',
      },
    );
    expect(
      pairingActionRequestOf('decline', draft({ reason: 'no_time', note: '  Umzug  ' })),
    ).toEqual({ action: 'decline', declineReason: 'no_time', note: 'Umzug' });
    expect(pairingActionRequestOf('decline', draft({ reason: 'distance' }))).toEqual({
      action: 'decline',
      declineReason: 'distance',
    });
  });

  it('pauses only until a future day and with a note', () => {
    expect(pairingActionProblems('pause', draft({}), TODAY)).toEqual({
      resumeOn: 'missing',
      note: 'missing',
    });
    expect(
      pairingActionProblems('pause', draft({ resumeOn: TODAY, note: 'Urlaub' }), TODAY),
    ).toEqual({ resumeOn: 'notFuture' });
    expect(
      pairingActionRequestOf('pause', draft({ resumeOn: '2027-01-10', note: 'Urlaub' })),
    ).toEqual({ action: 'pause', resumeOn: '2027-01-10', note: 'Urlaub' });
  });

  it('ends with a reason and a note of at most 1000 characters', () => {
    expect(
      pairingActionProblems('end', draft({ reason: 'completed', note: 'x'.repeat(1001) }), TODAY),
    ).toEqual({ note: 'tooLong' });
    expect(
      pairingActionRequestOf('end', draft({ reason: 'family_independent', note: 'Geschafft' })),
    ).toEqual({ action: 'end', endReason: 'family_independent', note: 'Geschafft' });
  });

  it('maps the server’s field names onto the form, in form order', () => {
    expect(pairingActionFieldsOf(['note', 'resumeOn', 'unknown', 'endReason.0'])).toEqual([
      'endReason',
      'resumeOn',
      'note',
    ]);
  });
});
