import type { TransitionDraft } from './pairing-transition-draft';
import { emptyTransitionDraft, needsInput, transitionRequestOf } from './pairing-transition-draft';

const TODAY = '2026-11-26';
const NOW = new Date('2026-11-26T10:00:00Z');
const draft = (changes: Partial<TransitionDraft>): TransitionDraft => ({
  ...emptyTransitionDraft(),
  ...changes,
});

describe('transitionRequestOf', () => {
  it('sends one-click actions as they are', () => {
    expect(needsInput('confirm')).toBe(false);
    expect(needsInput('decline')).toBe(true);
    expect(transitionRequestOf('confirm', emptyTransitionDraft(), TODAY, NOW)).toEqual({
      ok: true,
      request: { action: 'confirm' },
    });
  });

  it('decline: needs a reason, and a note only for "other"', () => {
    expect(transitionRequestOf('decline', draft({}), TODAY, NOW)).toEqual({
      ok: false,
      errors: { declineReason: 'required' },
    });
    expect(
      transitionRequestOf('decline', draft({ declineReason: 'distance' }), TODAY, NOW),
    ).toEqual({ ok: true, request: { action: 'decline', declineReason: 'distance' } });
    expect(
      transitionRequestOf('decline', draft({ declineReason: 'other', note: '  ' }), TODAY, NOW),
    ).toEqual({ ok: false, errors: { note: 'required' } });
    expect(
      transitionRequestOf(
        'decline',
        draft({ declineReason: 'other', note: ' moved ' }),
        TODAY,
        NOW,
      ),
    ).toEqual({
      ok: true,
      request: { action: 'decline', declineReason: 'other', note: 'moved' },
    });
  });

  it('schedule_intro: date, time and place, in the future, in Borken time', () => {
    expect(transitionRequestOf('schedule_intro', draft({}), TODAY, NOW)).toEqual({
      ok: false,
      errors: { introDate: 'required', introTime: 'required', introPlace: 'required' },
    });
    expect(
      transitionRequestOf(
        'schedule_intro',
        draft({ introDate: '2026-11-26', introTime: '10:30', introPlace: 'Rathaus' }),
        TODAY,
        NOW,
      ),
    ).toEqual({ ok: false, errors: { introDate: 'notFuture' } });
    expect(
      transitionRequestOf(
        'schedule_intro',
        draft({ introDate: '2026-12-03', introTime: '17:30', introPlace: ' Haus der Begegnung ' }),
        TODAY,
        NOW,
      ),
    ).toEqual({
      ok: true,
      request: {
        action: 'schedule_intro',
        introAt: '2026-12-03T16:30:00.000Z',
        introPlace: 'Haus der Begegnung',
      },
    });
    expect(
      transitionRequestOf(
        'schedule_intro',
        draft({ introDate: '2026-12-03', introTime: '17:30', introPlace: 'x'.repeat(201) }),
        TODAY,
        NOW,
      ),
    ).toEqual({ ok: false, errors: { introPlace: 'tooLong' } });
  });

  it('pause: a resume date after today and a note', () => {
    expect(
      transitionRequestOf('pause', draft({ resumeOn: TODAY, note: 'Urlaub' }), TODAY, NOW),
    ).toEqual({ ok: false, errors: { resumeOn: 'notFuture' } });
    expect(transitionRequestOf('pause', draft({ resumeOn: '2027-01-10' }), TODAY, NOW)).toEqual({
      ok: false,
      errors: { note: 'required' },
    });
    expect(
      transitionRequestOf('pause', draft({ resumeOn: '2027-01-10', note: 'Urlaub' }), TODAY, NOW),
    ).toEqual({
      ok: true,
      request: { action: 'pause', resumeOn: '2027-01-10', note: 'Urlaub' },
    });
  });

  it('end: a reason and a note of at most 1,000 characters', () => {
    expect(transitionRequestOf('end', draft({ note: 'x'.repeat(1001) }), TODAY, NOW)).toEqual({
      ok: false,
      errors: { endReason: 'required', note: 'tooLong' },
    });
    expect(
      transitionRequestOf(
        'end',
        draft({ endReason: 'completed', note: 'Gut gelaufen' }),
        TODAY,
        NOW,
      ),
    ).toEqual({
      ok: true,
      request: { action: 'end', endReason: 'completed', note: 'Gut gelaufen' },
    });
  });

  it('ignores the fields of other actions', () => {
    expect(
      transitionRequestOf('resume', draft({ note: 'x', endReason: 'completed' }), TODAY, NOW),
    ).toEqual({ ok: true, request: { action: 'resume' } });
  });
});
