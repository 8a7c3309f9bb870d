import {
  allowedPairingActions,
  PAIRING_ACTIONS,
  PAIRING_STATES,
  type PairingActor,
  type PairingTransitionRequest,
} from '@zusammen/shared/contracts';
import {
  deriveEndKind,
  exclusionCauseForEnd,
  familyStatusAfterEnd,
  isTransitionAllowed,
  pairingAuditAction,
  transitionInputProblems,
  transitionRecipients,
} from './pairing-transition-rules';

const ACTORS: PairingActor[] = ['volunteer', 'staff'];
const clock = { now: new Date('2026-12-01T10:00:00Z'), today: '2026-12-01' };

describe('isTransitionAllowed', () => {
  // written out by hand (not derived from the table), so a change to the table must change this list too
  const ALLOWED = new Set([
    'offered accept volunteer',
    'offered accept staff',
    'offered decline volunteer',
    'offered decline staff',
    'accepted decline volunteer',
    'accepted decline staff',
    'intro_scheduled decline volunteer',
    'intro_scheduled decline staff',
    'accepted schedule_intro staff',
    'intro_scheduled schedule_intro staff',
    'intro_scheduled hold_intro staff',
    'trial confirm staff',
    'active pause volunteer',
    'active pause staff',
    'paused resume volunteer',
    'paused resume staff',
    'trial end volunteer',
    'trial end staff',
    'active end volunteer',
    'active end staff',
    'paused end volunteer',
    'paused end staff',
  ]);

  it('allows the listed (state, action, actor) triples and rejects every other one', () => {
    let rejected = 0;
    for (const state of PAIRING_STATES)
      for (const action of PAIRING_ACTIONS)
        for (const actor of ACTORS) {
          const key = `${state} ${action} ${actor}`;
          expect([key, isTransitionAllowed(state, action, actor)]).toEqual([key, ALLOWED.has(key)]);
          if (!ALLOWED.has(key)) rejected += 1;
        }
    expect(rejected).toBe(PAIRING_STATES.length * PAIRING_ACTIONS.length * ACTORS.length - 22);
  });

  it('agrees with allowedPairingActions, which the UI uses', () => {
    for (const state of PAIRING_STATES)
      for (const actor of ACTORS)
        expect(allowedPairingActions(state, actor)).toEqual(
          PAIRING_ACTIONS.filter((action) => isTransitionAllowed(state, action, actor)),
        );
  });

  it('never leaves declined or ended', () => {
    for (const state of ['declined', 'ended'] as const)
      for (const action of PAIRING_ACTIONS)
        for (const actor of ACTORS) expect(isTransitionAllowed(state, action, actor)).toBe(false);
  });

  it('keeps the first meeting and the confirmation with staff', () => {
    expect(isTransitionAllowed('accepted', 'schedule_intro', 'volunteer')).toBe(false);
    expect(isTransitionAllowed('intro_scheduled', 'hold_intro', 'volunteer')).toBe(false);
    expect(isTransitionAllowed('trial', 'confirm', 'volunteer')).toBe(false);
    expect(isTransitionAllowed('trial', 'confirm', 'staff')).toBe(true);
  });
});

describe('transitionInputProblems', () => {
  const problems = (request: PairingTransitionRequest, actor: PairingActor = 'staff') =>
    transitionInputProblems(request, actor, clock);

  it('needs nothing for accept, hold_intro, confirm and resume', () => {
    for (const action of ['accept', 'hold_intro', 'confirm', 'resume'] as const)
      expect(problems({ action })).toEqual({});
    expect(problems({ action: 'accept', note: 'Rief an, passt gut' })).toEqual({});
  });

  it('rejects fields of other actions', () => {
    expect(problems({ action: 'accept', endReason: 'completed', resumeOn: '2027-01-01' })).toEqual({
      resumeOn: ['resumeOn is not used by accept'],
      endReason: ['endReason is not used by accept'],
    });
  });

  it('decline: a reason, and a note when the reason is other', () => {
    expect(problems({ action: 'decline' })).toEqual({
      declineReason: ['declineReason is required'],
    });
    expect(problems({ action: 'decline', declineReason: 'no_time' })).toEqual({});
    expect(problems({ action: 'decline', declineReason: 'other', note: '  ' })).toEqual({
      note: ['note is required when the reason is other'],
    });
    expect(problems({ action: 'decline', declineReason: 'other', note: 'Umzug' })).toEqual({});
  });

  it('schedule_intro: a future moment with offset and a place', () => {
    expect(problems({ action: 'schedule_intro' })).toEqual({
      introAt: ['introAt is required'],
      introPlace: ['introPlace is required'],
    });
    expect(
      problems({ action: 'schedule_intro', introAt: '2026-12-03T17:30', introPlace: 'Rathaus' }),
    ).toEqual({ introAt: ['introAt must be an ISO 8601 date-time with offset'] });
    expect(
      problems({
        action: 'schedule_intro',
        introAt: '2026-12-01T10:00:00Z',
        introPlace: 'Rathaus',
      }),
    ).toEqual({ introAt: ['introAt must be in the future'] });
    expect(
      problems({
        action: 'schedule_intro',
        introAt: '2026-12-03T17:30:00+01:00',
        introPlace: 'x'.repeat(201),
      }),
    ).toEqual({ introPlace: ['introPlace must be at most 200 characters'] });
    expect(
      problems({
        action: 'schedule_intro',
        introAt: '2026-12-01T11:00:01+01:00',
        introPlace: 'Haus der Begegnung, Raum 2',
      }),
    ).toEqual({});
  });

  it('pause: a future resume date and a note', () => {
    expect(problems({ action: 'pause' })).toEqual({
      resumeOn: ['resumeOn is required'],
      note: ['note is required to pause'],
    });
    expect(problems({ action: 'pause', resumeOn: '2026-02-30', note: 'Reha' })).toEqual({
      resumeOn: ['resumeOn must be a date written YYYY-MM-DD'],
    });
    expect(problems({ action: 'pause', resumeOn: '2026-12-01', note: 'Reha' })).toEqual({
      resumeOn: ['resumeOn must be in the future'],
    });
    expect(problems({ action: 'pause', resumeOn: '2026-12-02', note: 'Reha' })).toEqual({});
  });

  it('end: a reason and a note; safeguarding only for staff', () => {
    expect(problems({ action: 'end' })).toEqual({
      endReason: ['endReason is required'],
      note: ['note is required to end'],
    });
    const safeguarding = { action: 'end', endReason: 'safeguarding', note: 'Meldung' } as const;
    expect(problems(safeguarding, 'staff')).toEqual({});
    expect(problems(safeguarding, 'volunteer')).toEqual({
      endReason: ['safeguarding is for staff only'],
    });
    expect(
      problems({ action: 'end', endReason: 'life_change', note: 'Umzug' }, 'volunteer'),
    ).toEqual({});
  });

  it('limits the note to 1,000 characters', () => {
    expect(problems({ action: 'accept', note: 'x'.repeat(1001) })).toEqual({
      note: ['note must be at most 1000 characters'],
    });
  });
});

describe('deriveEndKind', () => {
  it('a trial that ends was not continued', () => {
    expect(
      deriveEndKind({ from: 'trial', activeSince: null, commitmentMonths: 6, today: '2026-12-01' }),
    ).toBe('trial_not_continued');
  });

  it('planned from the day the commitment is reached, premature the day before', () => {
    const active = { from: 'active', activeSince: '2026-03-15', commitmentMonths: 6 } as const;
    expect(deriveEndKind({ ...active, today: '2026-09-14' })).toBe('premature');
    expect(deriveEndKind({ ...active, today: '2026-09-15' })).toBe('planned');
    expect(deriveEndKind({ ...active, today: '2027-01-01' })).toBe('planned');
    expect(deriveEndKind({ ...active, commitmentMonths: 12, today: '2026-09-15' })).toBe(
      'premature',
    );
  });

  it('counts calendar months with the day clamped (like PostgreSQL)', () => {
    const paused = { from: 'paused', activeSince: '2026-08-31', commitmentMonths: 6 } as const;
    expect(deriveEndKind({ ...paused, today: '2027-02-27' })).toBe('premature');
    expect(deriveEndKind({ ...paused, today: '2027-02-28' })).toBe('planned');
  });

  it('refuses an active or paused pairing without active_since (broken invariant)', () => {
    expect(() =>
      deriveEndKind({
        from: 'active',
        activeSince: null,
        commitmentMonths: 6,
        today: '2026-12-01',
      }),
    ).toThrow('active_since');
  });
});

describe('after the end', () => {
  it('excludes the pair after a premature end or a trial not continued, not after a planned one', () => {
    expect(exclusionCauseForEnd('premature')).toBe('dissolved');
    expect(exclusionCauseForEnd('trial_not_continued')).toBe('dissolved');
    expect(exclusionCauseForEnd('planned')).toBeNull();
  });

  it('closes the family when it needs nobody new, else it waits again', () => {
    expect(familyStatusAfterEnd('completed')).toBe('closed');
    expect(familyStatusAfterEnd('family_independent')).toBe('closed');
    for (const reason of [
      'life_change',
      'volunteer_dissatisfied',
      'family_dissatisfied',
      'contact_faded',
      'volunteer_unresponsive',
      'safeguarding',
    ] as const)
      expect(familyStatusAfterEnd(reason)).toBe('waiting');
  });
});

describe('transitionRecipients', () => {
  const people = { volunteerUserId: 'v', coordinatorId: 'c' };

  it('tells the volunteer and the coordinator, never the one who acted', () => {
    expect(transitionRecipients({ ...people, actorId: 'other-staff' })).toEqual([
      { userId: 'v', audience: 'volunteer' },
      { userId: 'c', audience: 'staff' },
    ]);
    expect(transitionRecipients({ ...people, actorId: 'v' })).toEqual([
      { userId: 'c', audience: 'staff' },
    ]);
    expect(transitionRecipients({ ...people, actorId: 'c' })).toEqual([
      { userId: 'v', audience: 'volunteer' },
    ]);
  });

  it('has no coordinator to tell once that account is gone', () => {
    expect(
      transitionRecipients({ volunteerUserId: 'v', coordinatorId: null, actorId: 's' }),
    ).toEqual([{ userId: 'v', audience: 'volunteer' }]);
  });
});

describe('pairingAuditAction', () => {
  it('spells actions with hyphens, as the audit log requires', () => {
    expect(pairingAuditAction('schedule_intro')).toBe('pairing.schedule-intro');
    expect(pairingAuditAction('offered')).toBe('pairing.offered');
    for (const action of PAIRING_ACTIONS)
      expect(pairingAuditAction(action)).toMatch(/^[a-z]+(\.[a-z-]+)+$/);
  });
});
