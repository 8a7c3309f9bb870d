import {
  BOOKING_ROUTES,
  BOOKING_TIME_ZONE,
  CALENDAR_FEED_ROUTES,
  EVENT_ROUTES,
  INSPECTION_TEMPLATE_V1,
  PAIRING_ROUTES,
  WORKSHOP_ROUTES,
  type BikeSummary,
  type BookingCreated,
  type BookingRequest,
  type CheckInRequest,
  type EventSummary,
  type HandoutRequest,
  type MyPairingsResponse,
  type MyRegistration,
  type Page,
  type RegistrationResult,
  type RentalDetail,
  type RentalSummary,
  type ReturnRequest,
  type RoomAvailability,
} from '@zusammen/shared/contracts';
import { addDays, localDateOf } from '@zusammen/shared/util';
import type { Fixtures } from '../fixtures';
import type { HttpClient, SessionHeaders } from './http';

/**
 * The five kinds of virtual user of the mixed load. Each runs its loop until the budget ends it (BudgetExhausted
 * thrown by HttpClient.call). Collisions are deliberate: few rooms and hot slots, few seats, few bikes shared by all
 * desks. The refusals they provoke are listed per call and counted as "refused as designed", never as errors.
 */
export type Role = 'browse' | 'organizer' | 'resident' | 'desk' | 'volunteer';

/** 20 % browsing, 25 % organizers, 25 % residents, 15 % desks, 15 % volunteers (virtual user i → ROLE_CYCLE[i % 20]). */
export const ROLE_CYCLE: readonly Role[] = [
  'browse', 'organizer', 'resident', 'desk', 'volunteer',
  'organizer', 'resident', 'browse', 'organizer', 'resident',
  'desk', 'volunteer', 'browse', 'organizer', 'resident',
  'desk', 'volunteer', 'browse', 'organizer', 'resident',
]; // prettier-ignore

export interface VirtualUser {
  http: HttpClient;
  fixtures: Fixtures;
  /** Index among the users of the same role (picks its session). */
  slot: number;
  random: () => number;
}

const pick = <T>(items: readonly T[], random: () => number): T =>
  items[Math.floor(random() * items.length)];

const today = () => localDateOf(new Date(), BOOKING_TIME_ZONE);

export async function runRole(role: Role, user: VirtualUser): Promise<never> {
  switch (role) {
    case 'browse':
      return browse(user);
    case 'organizer':
      return organizer(user);
    case 'resident':
      return resident(user);
    case 'desk':
      return desk(user);
    case 'volunteer':
      return volunteer(user);
  }
}

/** Anonymous visitor: the public programme, one event, the public calendar feed. */
async function browse({ http, random }: VirtualUser): Promise<never> {
  for (;;) {
    const from = today();
    const list = await http.call<EventSummary[]>(
      'programme.list',
      'GET',
      `${EVENT_ROUTES.publicEvents}?from=${from}&to=${addDays(from, 30)}`,
    );
    const events = list.body ?? [];
    if (events.length > 0)
      await http.call(
        'programme.event',
        'GET',
        `${EVENT_ROUTES.publicEvents}/${pick(events, random).id}`,
      );
    if (random() < 0.2) await http.call('programme.ics', 'GET', CALENDAR_FEED_ROUTES.publicFeed);
  }
}

/**
 * Organizer: looks at a week of availability, books one hour — half of the time one of 8 hot slots (2 rooms × 2 days ×
 * 2 hours, so ROOM_ALREADY_BOOKED is frequent and the exclusion constraint decides races), else anywhere in 4 weeks —
 * and cancels a third of what it booked, so hot slots come free again.
 */
async function organizer({ http, fixtures, slot, random }: VirtualUser): Promise<never> {
  const headers = fixtures.organizers[slot % fixtures.organizers.length];
  const mine: string[] = [];
  for (;;) {
    const week = addDays(fixtures.bookingFrom, 7 * Math.floor(random() * 4));
    await http.call<RoomAvailability[]>(
      'booking.availability',
      'GET',
      `${BOOKING_ROUTES.availability}?from=${week}&to=${addDays(week, 6)}`,
      { headers },
    );
    const hot = random() < 0.5;
    const rooms = fixtures.roomIds;
    const hour = hot ? pick([10, 14], random) : 8 + Math.floor(random() * 12);
    const request: BookingRequest = {
      roomId: hot ? rooms[Math.floor(random() * Math.min(2, rooms.length))] : pick(rooms, random),
      title: 'Lasttest',
      date: addDays(
        fixtures.bookingFrom,
        hot ? Math.floor(random() * 2) : Math.floor(random() * 28),
      ),
      startTime: `${String(hour).padStart(2, '0')}:00`,
      endTime: `${String(hour + 1).padStart(2, '0')}:00`,
    };
    const created = await http.call<BookingCreated>(
      'booking.create',
      'POST',
      BOOKING_ROUTES.bookings,
      {
        headers,
        body: request,
        expect: { ok: [201], refusals: ['ROOM_ALREADY_BOOKED'] },
      },
    );
    if (created.body) mine.push(created.body.bookings[0].id);
    if (mine.length > 0 && random() < 0.35) {
      const id = mine.splice(Math.floor(random() * mine.length), 1)[0];
      await http.call('booking.cancel', 'POST', `${BOOKING_ROUTES.bookings}/${id}/cancel`, {
        headers,
        body: { scope: 'this' },
      });
    }
  }
}

/**
 * Resident: many of them on few seats. Registers for a random date (waiting list when full), accepts offers from the
 * waiting list, and cancels or withdraws now and then so seats move and offers go out (and mails with them).
 */
async function resident({ http, fixtures, slot, random }: VirtualUser): Promise<never> {
  const headers: SessionHeaders = fixtures.residents[slot % fixtures.residents.length];
  for (;;) {
    const occurrence = pick(fixtures.occurrenceIds, random);
    await http.call<RegistrationResult>(
      'events.register',
      'POST',
      `${EVENT_ROUTES.occurrences}/${occurrence}/registrations`,
      {
        headers,
        // one in five does not want the waiting list: EVENT_FULL when no seat is left
        body: { partySize: random() < 0.8 ? 1 : 2, waitlist: random() < 0.8 },
        expect: { ok: [201], refusals: ['ALREADY_REGISTERED', 'EVENT_FULL'] },
      },
    );
    const mine = await http.call<MyRegistration[]>(
      'events.mine',
      'GET',
      EVENT_ROUTES.myRegistrations,
      {
        headers,
      },
    );
    for (const entry of mine.body ?? []) {
      if (entry.kind === 'waitlist' && entry.status === 'offered')
        await http.call(
          'events.accept-offer',
          'POST',
          `${EVENT_ROUTES.waitlist}/${entry.id}/accept`,
          {
            headers,
            expect: { refusals: ['OFFER_EXPIRED', 'REGISTRATION_STATE_CHANGED'] },
          },
        );
      else if (entry.kind === 'registration' && entry.status === 'confirmed' && random() < 0.3)
        await http.call(
          'events.cancel',
          'POST',
          `${EVENT_ROUTES.registrations}/${entry.id}/cancel`,
          {
            headers,
            expect: { refusals: ['REGISTRATION_STATE_CHANGED'] },
          },
        );
      else if (entry.kind === 'waitlist' && entry.status === 'waiting' && random() < 0.15)
        await http.call(
          'events.withdraw',
          'POST',
          `${EVENT_ROUTES.waitlist}/${entry.id}/withdraw`,
          {
            headers,
            expect: { refusals: ['REGISTRATION_STATE_CHANGED'] },
          },
        );
    }
  }
}

const ALL_PASS = Object.fromEntries(
  INSPECTION_TEMPLATE_V1.map((item) => [item.key, 'pass'] as const),
);

/**
 * Desk at the workshop counter: all desks share the same few bikes. Hands out a random bike (BIKE_NOT_AVAILABLE when
 * another desk was faster or the bike is back in inspection), takes it back later and passes the inspection, which
 * makes the bike lendable again.
 */
async function desk(user: VirtualUser): Promise<never> {
  const { http, fixtures, slot, random } = user;
  const { headers, borrowerIds } = fixtures.desks[slot % fixtures.desks.length];
  const open = new Map<string, { rentalId: string; bikeId: string }>(); // borrower → open rental
  // an earlier run (warm-up, baseline) may have left this desk's borrowers with bikes out
  const current = await http.call<RentalSummary[]>(
    'workshop.rentals',
    'GET',
    `${WORKSHOP_ROUTES.rentals}?view=open`,
    {
      headers,
    },
  );
  for (const rental of current.body ?? [])
    if (rental.status === 'active' && borrowerIds.includes(rental.borrowerId))
      open.set(rental.borrowerId, { rentalId: rental.id, bikeId: rental.bikeId });
  for (;;) {
    if (random() < 0.1) await inspectWaitingBike(user, headers);
    await http.call<Page<BikeSummary>>(
      'workshop.bikes',
      'GET',
      `${WORKSHOP_ROUTES.bikes}?availability=available`,
      { headers },
    );
    const free = borrowerIds.filter((id) => !open.has(id));
    if (free.length > 0 && (open.size === 0 || random() < 0.5)) {
      const borrowerId = pick(free, random);
      const body: HandoutRequest = {
        bikeId: pick(fixtures.bikeIds, random),
        borrowerId,
        feeStatus: 'paid',
        depositStatus: 'held',
        accessoriesOut: ['lock', 'lights'],
        signatureKind: 'paper',
      };
      const rental = await http.call<RentalDetail>(
        'workshop.handout',
        'POST',
        WORKSHOP_ROUTES.rentals,
        {
          headers,
          body,
          expect: {
            ok: [201],
            refusals: ['BIKE_NOT_AVAILABLE', 'INSPECTION_MISSING', 'INSPECTION_EXPIRED'],
          },
        },
      );
      if (rental.body) open.set(borrowerId, { rentalId: rental.body.id, bikeId: body.bikeId });
    } else if (open.size > 0) {
      const [borrowerId, { rentalId, bikeId }] = pick([...open.entries()], random);
      const back: ReturnRequest = { checks: ALL_PASS, accessoriesBack: ['lock', 'lights'] };
      const returned = await http.call(
        'workshop.return',
        'POST',
        `${WORKSHOP_ROUTES.rentals}/${rentalId}/return`,
        {
          headers,
          body: back,
        },
      );
      if (!returned.ok) continue;
      open.delete(borrowerId);
      await http.call(
        'workshop.inspection',
        'POST',
        `${WORKSHOP_ROUTES.bikes}/${bikeId}/inspections`,
        {
          headers,
          body: { templateVersion: 1, items: ALL_PASS },
          // another desk may have passed it already (inspectWaitingBike) and handed it out again
          expect: { ok: [201], refusals: ['BIKE_ACTION_NOT_ALLOWED'] },
        },
      );
    }
  }
}

/**
 * A bike of the pool that waits for its inspection (a run may end between a return and the inspection that
 * follows it): the desk passes it, so the pool does not dry up. Another desk may be faster, or the bike may be out
 * again by then.
 */
async function inspectWaitingBike(
  { http, fixtures }: VirtualUser,
  headers: SessionHeaders,
): Promise<void> {
  const waiting = await http.call<Page<BikeSummary>>(
    'workshop.bikes',
    'GET',
    `${WORKSHOP_ROUTES.bikes}?technicalState=inspection`,
    { headers },
  );
  const bike = waiting.body?.items.find((item) => fixtures.bikeIds.includes(item.id));
  if (bike)
    await http.call(
      'workshop.inspection',
      'POST',
      `${WORKSHOP_ROUTES.bikes}/${bike.id}/inspections`,
      {
        headers,
        body: { templateVersion: 1, items: ALL_PASS },
        expect: { ok: [201], refusals: ['BIKE_ACTION_NOT_ALLOWED'] },
      },
    );
}

/** Volunteer: looks at the own pairings and logs a contact (check-in) for today. */
async function volunteer({ http, fixtures, slot, random }: VirtualUser): Promise<never> {
  const { headers, pairingId } = fixtures.volunteers[slot % fixtures.volunteers.length];
  for (;;) {
    await http.call<MyPairingsResponse>('sponsorship.pairings', 'GET', PAIRING_ROUTES.myPairings, {
      headers,
    });
    const contact: CheckInRequest = {
      occurredOn: today(),
      kind: pick(['meeting', 'phone', 'message', 'accompaniment'] as const, random),
      durationMinutes: 30 + Math.floor(random() * 90),
      topics: ['school'],
      pulse: 1 + Math.floor(random() * 5),
    };
    await http.call(
      'sponsorship.check-in',
      'POST',
      `${PAIRING_ROUTES.myPairings}/${pairingId}/check-ins`,
      {
        headers,
        body: contact,
        expect: { ok: [201] },
      },
    );
    if (random() < 0.3)
      await http.call('sponsorship.pairing', 'GET', `${PAIRING_ROUTES.myPairings}/${pairingId}`, {
        headers,
      });
  }
}
