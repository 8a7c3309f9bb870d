import { HttpClient, HttpHeaders, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  CalendarFeedSummary,
  CheckInRow,
  DeskRegistrationRequest,
  EventAudience,
  EventRequest,
  EventSummary,
  Locale,
  MyRegistration,
  RegistrationDecisionRequest,
  RegistrationRequest,
  RegistrationResult,
  RoomBookingSummary,
  RoomSummary,
} from '@zusammen/shared/contracts';
import { BOOKING_ROUTES, EVENT_ROUTES } from '@zusammen/shared/contracts';
import { firstValueFrom } from 'rxjs';

const id = (value: string): string => encodeURIComponent(value);

/** The calls of the events pages (EVENT_ROUTES, BOOKING_ROUTES; /work/notes/booking-api.md). */
export const EVENTS_API = {
  publicEvents: EVENT_ROUTES.publicEvents,
  publicEvent: (eventId: string) => `${EVENT_ROUTES.publicEvents}/${id(eventId)}`,
  events: EVENT_ROUTES.events,
  event: (eventId: string) => `${EVENT_ROUTES.events}/${id(eventId)}`,
  myEvents: `${EVENT_ROUTES.events}/mine`,
  registrations: (occurrenceId: string) =>
    `${EVENT_ROUTES.occurrences}/${id(occurrenceId)}/registrations`,
  deskRegistrations: (occurrenceId: string) =>
    `${EVENT_ROUTES.occurrences}/${id(occurrenceId)}/desk-registrations`,
  checkInList: (occurrenceId: string) => `${EVENT_ROUTES.occurrences}/${id(occurrenceId)}/check-in`,
  cancelOccurrence: (occurrenceId: string) =>
    `${EVENT_ROUTES.occurrences}/${id(occurrenceId)}/cancel`,
  checkIn: (registrationId: string) =>
    `${EVENT_ROUTES.registrations}/${id(registrationId)}/check-in`,
  decision: (registrationId: string) =>
    `${EVENT_ROUTES.registrations}/${id(registrationId)}/decision`,
  cancelRegistration: (registrationId: string) =>
    `${EVENT_ROUTES.registrations}/${id(registrationId)}/cancel`,
  myRegistrations: EVENT_ROUTES.myRegistrations,
  waitlist: (entryId: string, action: WaitlistAction) =>
    `${EVENT_ROUTES.waitlist}/${id(entryId)}/${action}`,
  feeds: '/api/calendar/feeds',
  feed: (feedId: string) => `/api/calendar/feeds/${id(feedId)}`,
  myBookings: `${BOOKING_ROUTES.bookings}/mine`,
  rooms: '/api/rooms',
} as const;

/** The public iCalendar feed of the programme, titles in `locale` (German where missing). */
export function publicCalendarUrl(locale: Locale): string {
  return `/api/calendar/public.ics?lang=${encodeURIComponent(locale)}`;
}

export type WaitlistAction = 'accept' | 'decline' | 'withdraw';
export type RegistrationDecision = RegistrationDecisionRequest['decision'];

/** Range of local dates (`YYYY-MM-DD`, Borken). */
export interface DateRange {
  from: string;
  to: string;
}

/** Calls of the events pages, as promises (errors reject with the HTTP error). */
@Injectable({ providedIn: 'root' })
export class EventsApi {
  private readonly http = inject(HttpClient);

  /** Public events with their scheduled dates in the range (no names). */
  publicEvents(range: DateRange, audience?: EventAudience): Promise<EventSummary[]> {
    let params = new HttpParams().set('from', range.from).set('to', range.to);
    if (audience) params = params.set('audience', audience);
    return firstValueFrom(this.http.get<EventSummary[]>(EVENTS_API.publicEvents, { params }));
  }

  publicEvent(eventId: string): Promise<EventSummary> {
    return firstValueFrom(this.http.get<EventSummary>(EVENTS_API.publicEvent(eventId)));
  }

  /** Owner or staff: one event with every date. */
  event(eventId: string): Promise<EventSummary> {
    return firstValueFrom(this.http.get<EventSummary>(EVENTS_API.event(eventId)));
  }

  myEvents(): Promise<EventSummary[]> {
    return firstValueFrom(this.http.get<EventSummary[]>(EVENTS_API.myEvents));
  }

  createEvent(request: EventRequest): Promise<EventSummary> {
    return firstValueFrom(this.http.post<EventSummary>(EVENTS_API.events, request));
  }

  cancelOccurrence(occurrenceId: string): Promise<unknown> {
    return firstValueFrom(this.http.post<unknown>(EVENTS_API.cancelOccurrence(occurrenceId), {}));
  }

  /** The same `idempotencyKey` on a retry returns the first result instead of registering twice. */
  register(
    occurrenceId: string,
    request: RegistrationRequest,
    idempotencyKey: string,
  ): Promise<RegistrationResult> {
    return firstValueFrom(
      this.http.post<RegistrationResult>(EVENTS_API.registrations(occurrenceId), request, {
        headers: new HttpHeaders({ 'Idempotency-Key': idempotencyKey }),
      }),
    );
  }

  deskRegister(
    occurrenceId: string,
    request: DeskRegistrationRequest,
  ): Promise<RegistrationResult> {
    return firstValueFrom(
      this.http.post<RegistrationResult>(EVENTS_API.deskRegistrations(occurrenceId), request),
    );
  }

  checkInList(occurrenceId: string): Promise<CheckInRow[]> {
    return firstValueFrom(this.http.get<CheckInRow[]>(EVENTS_API.checkInList(occurrenceId)));
  }

  checkIn(registrationId: string): Promise<CheckInRow> {
    return firstValueFrom(this.http.post<CheckInRow>(EVENTS_API.checkIn(registrationId), {}));
  }

  decide(registrationId: string, decision: RegistrationDecision): Promise<unknown> {
    const body: RegistrationDecisionRequest = { decision };
    return firstValueFrom(this.http.post<unknown>(EVENTS_API.decision(registrationId), body));
  }

  cancelRegistration(registrationId: string): Promise<unknown> {
    return firstValueFrom(
      this.http.post<unknown>(EVENTS_API.cancelRegistration(registrationId), {}),
    );
  }

  myRegistrations(): Promise<MyRegistration[]> {
    return firstValueFrom(this.http.get<MyRegistration[]>(EVENTS_API.myRegistrations));
  }

  waitlist(entryId: string, action: WaitlistAction): Promise<unknown> {
    return firstValueFrom(this.http.post<unknown>(EVENTS_API.waitlist(entryId, action), {}));
  }

  feeds(): Promise<CalendarFeedSummary[]> {
    return firstValueFrom(this.http.get<CalendarFeedSummary[]>(EVENTS_API.feeds));
  }

  /** The answer carries the secret URL; it is never shown again. */
  createPersonalFeed(): Promise<CalendarFeedSummary> {
    return firstValueFrom(
      this.http.post<CalendarFeedSummary>(EVENTS_API.feeds, { kind: 'personal' }),
    );
  }

  revokeFeed(feedId: string): Promise<void> {
    return firstValueFrom(this.http.delete<void>(EVENTS_API.feed(feedId)));
  }

  myBookings(range: DateRange): Promise<RoomBookingSummary[]> {
    const params = new HttpParams().set('from', range.from).set('to', range.to);
    return firstValueFrom(this.http.get<RoomBookingSummary[]>(EVENTS_API.myBookings, { params }));
  }

  rooms(): Promise<RoomSummary[]> {
    return firstValueFrom(this.http.get<RoomSummary[]>(EVENTS_API.rooms));
  }
}
