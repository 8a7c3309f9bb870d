import { myRegistration, occurrence } from './events.testing';
import { canCancel, groupMyDates } from './my-dates';

const NOW = new Date('2026-12-07T12:00:00.000Z');
const next = occurrence({
  startsAt: '2026-12-14T16:00:00.000Z',
  endsAt: '2026-12-14T18:00:00.000Z',
});
const later = occurrence({
  startsAt: '2026-12-21T16:00:00.000Z',
  endsAt: '2026-12-21T18:00:00.000Z',
});
const over = occurrence({
  startsAt: '2026-11-30T16:00:00.000Z',
  endsAt: '2026-11-30T18:00:00.000Z',
});

describe('groupMyDates', () => {
  it('sorts registrations, waiting-list entries and offers into their groups', () => {
    const items = [
      myRegistration({ id: 'later', occurrence: later }),
      myRegistration({ id: 'next', occurrence: next, status: 'requested' }),
      myRegistration({ id: 'past', occurrence: over }),
      myRegistration({ id: 'cancelled', occurrence: next, status: 'cancelled' }),
      myRegistration({
        id: 'wait',
        kind: 'waitlist',
        occurrence: next,
        status: 'waiting',
        position: 2,
      }),
      myRegistration({
        id: 'offer',
        kind: 'waitlist',
        occurrence: later,
        status: 'offered',
        offeredSeats: 2,
        offerExpiresAt: '2026-12-08T00:00:00.000Z',
      }),
      myRegistration({
        id: 'expired-offer',
        kind: 'waitlist',
        occurrence: later,
        status: 'offered',
        offerExpiresAt: '2026-12-07T11:00:00.000Z',
      }),
      myRegistration({ id: 'declined', kind: 'waitlist', occurrence: next, status: 'declined' }),
    ];

    const groups = groupMyDates(items, NOW);

    expect(groups.offers.map((i) => i.id)).toEqual(['offer']);
    expect(groups.registered.map((i) => i.id)).toEqual(['next', 'later']);
    expect(groups.waiting.map((i) => i.id)).toEqual(['wait']);
    expect(groups.earlier.map((i) => i.id).sort()).toEqual(
      ['cancelled', 'declined', 'expired-offer', 'past'].sort(),
    );
  });

  it('shows the offer that expires first on top', () => {
    const offer = (id: string, expires: string) =>
      myRegistration({
        id,
        kind: 'waitlist',
        occurrence: later,
        status: 'offered',
        offerExpiresAt: expires,
      });
    const groups = groupMyDates(
      [offer('late', '2026-12-08T06:00:00.000Z'), offer('soon', '2026-12-07T18:00:00.000Z')],
      NOW,
    );
    expect(groups.offers.map((i) => i.id)).toEqual(['soon', 'late']);
  });
});

describe('canCancel', () => {
  it('lets a person cancel a registration for a date still to come', () => {
    expect(canCancel(myRegistration({ occurrence: next }), NOW)).toBe(true);
    expect(canCancel(myRegistration({ occurrence: next, status: 'requested' }), NOW)).toBe(true);
  });

  it('not once the date has begun, was cancelled, or for waiting-list entries', () => {
    expect(canCancel(myRegistration({ occurrence: over }), NOW)).toBe(false);
    expect(canCancel(myRegistration({ occurrence: { ...next, status: 'cancelled' } }), NOW)).toBe(
      false,
    );
    expect(canCancel(myRegistration({ occurrence: next, status: 'checked_in' }), NOW)).toBe(false);
    expect(
      canCancel(myRegistration({ kind: 'waitlist', status: 'waiting', occurrence: next }), NOW),
    ).toBe(false);
  });
});
