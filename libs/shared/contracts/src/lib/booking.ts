import type { Locale } from './locale';
import type { RoomAccessibility } from './room';

/**
 * Haus der Begegnung: rooms, bookings (single and recurring), events, registrations and waiting lists
 * (domain brief booking.md). Instants are ISO 8601 strings in UTC; local dates and wall times of series are
 * `YYYY-MM-DD` and `HH:mm` in `BOOKING_TIME_ZONE`.
 */
export const BOOKING_TIME_ZONE = 'Europe/Berlin';

/** Room booking kinds: a booking of an organizer, or a closure (holiday, maintenance) set by staff. */
export const ROOM_BOOKING_KINDS = ['booking', 'blackout'] as const;
export type RoomBookingKind = (typeof ROOM_BOOKING_KINDS)[number];

/** Room booking states (booking.md § 2); the first three block the room. */
export const ROOM_BOOKING_STATUSES = [
  'held',
  'pending',
  'confirmed',
  'rejected',
  'cancelled',
  'expired',
  'released',
] as const;
export type RoomBookingStatus = (typeof ROOM_BOOKING_STATUSES)[number];
export const BLOCKING_BOOKING_STATUSES = [
  'held',
  'pending',
  'confirmed',
] as const satisfies readonly RoomBookingStatus[];

export const SERIES_STATUSES = ['active', 'cancelled'] as const;
export type SeriesStatus = (typeof SERIES_STATUSES)[number];

/** Supported recurrence frequencies (booking.md § 6). */
export const SERIES_FREQUENCIES = ['DAILY', 'WEEKLY', 'MONTHLY'] as const;
export type SeriesFrequency = (typeof SERIES_FREQUENCIES)[number];

/** Scope of an edit or cancellation of a date that belongs to a series. */
export const SERIES_EDIT_SCOPES = ['this', 'following', 'all'] as const;
export type SeriesEditScope = (typeof SERIES_EDIT_SCOPES)[number];

/** Who an event is for (shown as a filter on the public programme). */
export const EVENT_AUDIENCES = [
  'everyone',
  'women',
  'families',
  'children',
  'youth',
  'seniors',
  'volunteers',
] as const;
export type EventAudience = (typeof EVENT_AUDIENCES)[number];

export const OCCURRENCE_STATUSES = ['scheduled', 'cancelled', 'cancelled_min_not_reached'] as const;
export type OccurrenceStatus = (typeof OCCURRENCE_STATUSES)[number];

/** `requested` waits for staff approval (events that need it) and holds its seats meanwhile. */
export const REGISTRATION_STATUSES = [
  'requested',
  'confirmed',
  'checked_in',
  'no_show',
  'cancelled',
  'declined',
] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];
export const ACTIVE_REGISTRATION_STATUSES = [
  'requested',
  'confirmed',
  'checked_in',
] as const satisfies readonly RegistrationStatus[];

export const REGISTRATION_CHANNELS = ['web', 'desk'] as const;
export type RegistrationChannel = (typeof REGISTRATION_CHANNELS)[number];

export const WAITLIST_STATUSES = [
  'waiting',
  'offered',
  'accepted',
  'declined',
  'expired',
  'withdrawn',
  'closed',
] as const;
export type WaitlistStatus = (typeof WAITLIST_STATUSES)[number];
export const OPEN_WAITLIST_STATUSES = [
  'waiting',
  'offered',
] as const satisfies readonly WaitlistStatus[];

/** Secret-token calendar feeds: the person's own dates, or one room's bookings (staff). */
export const CALENDAR_FEED_KINDS = ['personal', 'room'] as const;
export type CalendarFeedKind = (typeof CALENDAR_FEED_KINDS)[number];

/** Largest party one registration may bring (family with children). */
export const MAX_PARTY_SIZE = 10;

/** Text in one or more languages; German is always present. */
export type LocalizedText = Partial<Record<Locale, string>> & { de: string };

/** Opening hours of one weekday (1 = Monday … 7 = Sunday), wall time in Europe/Berlin, `HH:mm`. */
export interface OpeningHours {
  weekday: number;
  opens: string;
  closes: string;
}

/** Room as the booking pages need it. */
export interface RoomDetail {
  id: string;
  slug: string;
  name: string;
  capacity: number;
  accessibility: RoomAccessibility[];
  features: string[];
  setupMinutes: number;
  teardownMinutes: number;
  requiresApproval: boolean;
  openingHours: OpeningHours[];
  maxDaysAhead: number;
  keyLocation: string | null;
}

export interface RoomUpdateRequest {
  capacity?: number;
  features?: string[];
  accessibility?: RoomAccessibility[];
  setupMinutes?: number;
  teardownMinutes?: number;
  requiresApproval?: boolean;
  openingHours?: OpeningHours[];
  maxDaysAhead?: number;
  keyLocation?: string | null;
}

/** A recurrence rule as the form builds it (a subset of RFC 5545 RRULE). */
export interface SeriesRuleInput {
  frequency: SeriesFrequency;
  interval?: number;
  /** WEEKLY: weekdays `MO`…`SU`; MONTHLY: with `ordinal` e.g. `2TU` (second Tuesday). */
  byWeekday?: string[];
  /** MONTHLY on a day of the month (1…31). */
  byMonthDay?: number;
  /** Last local date (inclusive), or a count of dates; one of them is required. */
  until?: string;
  count?: number;
}

/** Create a booking: one date, or a series when `rule` is set. */
export interface BookingRequest {
  roomId: string;
  title: string;
  /** Local date and wall times in Europe/Berlin. */
  date: string;
  startTime: string;
  endTime: string;
  rule?: SeriesRuleInput;
  /** Series: skip these local dates (e.g. the conflicts shown before). */
  skipDates?: string[];
  /** Staff only: a closure instead of a booking. */
  kind?: RoomBookingKind;
  /** Staff only: book for this organizer. */
  organizerId?: string;
}

/** A date the series could not take, with what blocks it. */
export interface BookingConflict {
  date: string;
  startsAt: string;
  endsAt: string;
  /** The blocking booking's slot (with buffers), without who booked it unless the caller may see it. */
  conflictStartsAt: string;
  conflictEndsAt: string;
  conflictKind: RoomBookingKind | 'closed' | 'quota';
  conflictTitle: string | null;
}

/** A free slot of the same length, offered after a conflict. */
export interface FreeSlot {
  roomId: string;
  startsAt: string;
  endsAt: string;
}

export interface RoomBookingSummary {
  id: string;
  roomId: string;
  roomName: string;
  kind: RoomBookingKind;
  title: string;
  status: RoomBookingStatus;
  startsAt: string;
  endsAt: string;
  /** Including set-up and clean-up buffers. */
  blockedFrom: string;
  blockedUntil: string;
  seriesId: string | null;
  /** Local date of the series date this row stands for. */
  recurrenceDate: string | null;
  isOverride: boolean;
  organizerId: string | null;
  organizerName: string | null;
  decisionReason: string | null;
  eventId: string | null;
  /**
   * True when the caller may only see that the slot is taken (an organizer looking at another organizer's
   * booking): `title` is '' and `organizerId`, `organizerName`, `decisionReason`, `eventId` are null; the UI
   * shows "Belegt". Closures (kind `blackout`) always keep their title. Absent or false: everything is visible.
   */
  busyOnly?: boolean;
}

export interface BookingCreated {
  seriesId: string | null;
  bookings: RoomBookingSummary[];
  skipped: BookingConflict[];
}

export interface BookingDecisionRequest {
  decision: 'confirm' | 'reject';
  reason?: string;
}

export interface BookingChangeRequest {
  scope: SeriesEditScope;
  /** New wall times; the date stays for `following`/`all`. */
  startTime?: string;
  endTime?: string;
  date?: string;
  title?: string;
}

export interface BookingCancelRequest {
  scope: SeriesEditScope;
  reason?: string;
}

/** One room's blocked and free time for a range (week/day views, timeline). */
export interface RoomAvailability {
  room: RoomDetail;
  bookings: RoomBookingSummary[];
}

export interface EventRequest {
  bookingId: string;
  title: LocalizedText;
  description: LocalizedText;
  audience: EventAudience;
  public: boolean;
  languagesSpoken: Locale[];
  capacity: number;
  requiresApproval: boolean;
  waitlistEnabled: boolean;
  minParticipants?: number | null;
  /** Hours before each date when the minimum is checked (default 48). */
  minDecisionHours?: number;
  /** Registration opens at (instant); closes this many minutes before each date (default 0). */
  registrationOpensAt?: string | null;
  registrationClosesMinutesBefore?: number;
  /** Hours a waiting-list offer is held (default 12; 2 when the date starts within 24 h). */
  offerHoldHours?: number;
}

export interface OccurrenceSummary {
  id: string;
  eventId: string;
  roomId: string;
  roomName: string;
  startsAt: string;
  endsAt: string;
  capacity: number;
  seatsTaken: number;
  seatsFree: number;
  waitingCount: number;
  status: OccurrenceStatus;
  registrationOpen: boolean;
}

export interface EventSummary {
  id: string;
  title: LocalizedText;
  description: LocalizedText;
  audience: EventAudience;
  public: boolean;
  languagesSpoken: Locale[];
  capacity: number;
  requiresApproval: boolean;
  waitlistEnabled: boolean;
  minParticipants: number | null;
  roomAccessibility: RoomAccessibility[];
  occurrences: OccurrenceSummary[];
}

export interface RegistrationRequest {
  partySize: number;
  /** Join the waiting list when full (default true). */
  waitlist?: boolean;
}

/** Desk registration of a person without an account or e-mail. */
export interface DeskRegistrationRequest {
  partySize: number;
  name: string;
  phone?: string;
  locale: Locale;
  waitlist?: boolean;
}

export interface RegistrationResult {
  outcome: 'registered' | 'requested' | 'waitlisted';
  registrationId: string | null;
  waitlistEntryId: string | null;
  /** Position on the waiting list (1 = next). */
  position: number | null;
}

export interface MyRegistration {
  kind: 'registration' | 'waitlist';
  id: string;
  occurrence: OccurrenceSummary;
  eventTitle: LocalizedText;
  partySize: number;
  status: RegistrationStatus | WaitlistStatus;
  position: number | null;
  offeredSeats: number | null;
  offerExpiresAt: string | null;
}

export interface CheckInRow {
  registrationId: string;
  name: string;
  phone: string | null;
  partySize: number;
  channel: RegistrationChannel;
  status: RegistrationStatus;
  checkedInAt: string | null;
}

export interface CalendarFeedSummary {
  id: string;
  kind: CalendarFeedKind;
  roomId: string | null;
  createdAt: string;
  /** Room feeds: the room's name (absent for personal feeds). */
  roomName?: string | null;
  /** Only in the answer that creates the feed: the secret URL is never shown again. */
  url?: string;
}

export interface RoomUtilisationRow {
  roomId: string;
  roomName: string;
  month: string;
  hoursOpen: number;
  hoursBooked: number;
  share: number;
}

/** Error codes of rooms and bookings (HTTP status in brackets). */
export enum BookingErrorCode {
  /** [404] Unknown room, or a malformed room id. */
  RoomNotFound = 'ROOM_NOT_FOUND',
  /** [404] Unknown booking, or one that is not the caller's. */
  BookingNotFound = 'BOOKING_NOT_FOUND',
  /** [409] A date overlaps a blocking booking or closure (buffers included). details: { conflicts, freeSlots }. */
  RoomAlreadyBooked = 'ROOM_ALREADY_BOOKED',
  /** [409] The booking is no longer in the state the command expects (e.g. decided by someone else). */
  BookingStateChanged = 'BOOKING_STATE_CHANGED',
  /** [409] The booking cannot be changed or cancelled any more (past, cancelled, rejected). */
  BookingNotChangeable = 'BOOKING_NOT_CHANGEABLE',
  /** [422] A date lies outside the room's opening hours. details: { conflicts } (conflictKind `closed`). */
  OutsideOpeningHours = 'OUTSIDE_OPENING_HOURS',
  /** [422] The organizer's weekly quota would be exceeded. details: { weeks: QuotaWeekExcess[] }. */
  QuotaExceeded = 'QUOTA_EXCEEDED',
  /** [422] The (first) date lies beyond the room's booking horizon (`maxDaysAhead`). details: { latestDate }. */
  TooFarAhead = 'TOO_FAR_AHEAD',
  /** [422] A date has already begun. details: { dates }. */
  InThePast = 'IN_THE_PAST',
  /** [422] Rejecting a request needs a reason. */
  ReasonRequired = 'REASON_REQUIRED',
  /** [422] The rule with the skipped dates leaves no date to book. */
  NoDatesLeft = 'NO_DATES_LEFT',
  /** [422] The organizer to book for is unknown or not an organizer. */
  OrganizerNotFound = 'ORGANIZER_NOT_FOUND',
}

/** One date of an expanded request: local date and its instants. */
export interface BookingDate {
  date: string;
  startsAt: string;
  endsAt: string;
}

/** Answer of the pre-check (`POST ${BOOKING_ROUTES.bookings}/check`): the dates, what blocks some of them, and alternatives. */
export interface BookingCheckResult {
  dates: BookingDate[];
  /** Dates the request cannot take as it stands: booked, closed (opening hours) or over the quota. */
  conflicts: BookingConflict[];
  /** Free slots of the same length for the first conflicting date (this room first, then other rooms). */
  freeSlots: FreeSlot[];
}

/** A week in which a request would exceed the organizer's quota. */
export interface QuotaWeekExcess {
  /** Monday of the ISO week (Europe/Berlin). */
  weekStart: string;
  usedMinutes: number;
  requestedMinutes: number;
  weeklyMinutes: number;
}

/** An organizer's weekly booking quota (staff view). */
export interface OrganizerQuotaRow {
  organizerId: string;
  name: string;
  weeklyMinutes: number;
  /** True when no quota was set for this organizer: `weeklyMinutes` is the default (BOOKING_WEEKLY_QUOTA_HOURS). */
  isDefault: boolean;
  /** Pending and confirmed minutes in the current ISO week (Europe/Berlin). */
  usedThisWeekMinutes: number;
}

export interface OrganizerQuotaUpdateRequest {
  /** 0 … 10080 (a whole week). */
  weeklyMinutes: number;
}

/** HTTP routes of rooms and bookings (see the API map). */
export const BOOKING_ROUTES = {
  /** organizer, staff: GET → RoomDetail[]; staff: PATCH `${rooms}/:id` ← RoomUpdateRequest → RoomDetail. */
  rooms: '/api/booking/rooms',
  /** organizer, staff: GET ?from&to[&roomId] → RoomAvailability[] (from/to: YYYY-MM-DD local dates or ISO instants). */
  availability: '/api/booking/availability',
  /**
   * POST ← BookingRequest (+ Idempotency-Key) → 201 BookingCreated; POST `${bookings}/check` → BookingCheckResult;
   * GET `${bookings}/mine?from&to`; staff GET `?status&from&to`; GET `${bookings}/:id`;
   * POST `${bookings}/:id/decision|change|cancel` → RoomBookingSummary[].
   */
  bookings: '/api/booking/bookings',
  /** staff: GET → OrganizerQuotaRow[]; PUT `${quotas}/:organizerId` ← OrganizerQuotaUpdateRequest → OrganizerQuotaRow. */
  quotas: '/api/booking/quotas',
  /** staff: GET ?from=YYYY-MM&to=YYYY-MM → RoomUtilisationRow[]; `${utilisation}.csv` → text/csv. */
  utilisation: '/api/booking/reports/utilisation',
} as const;

/** PATCH `${EVENT_ROUTES.events}/:id`: any field of the request except the booking. */
export type EventUpdateRequest = Partial<Omit<EventRequest, 'bookingId'>>;

/** Owner or staff decide a `requested` registration (events that need approval). */
export interface RegistrationDecisionRequest {
  decision: 'confirm' | 'decline';
}

/** Error codes of events, registrations and waiting lists (HTTP status in brackets). */
export enum EventErrorCode {
  /** [404] Unknown event, or one the caller may not manage. */
  EventNotFound = 'EVENT_NOT_FOUND',
  /** [404] Unknown date, or one the caller may not see or manage. */
  OccurrenceNotFound = 'OCCURRENCE_NOT_FOUND',
  /** [404] Unknown registration, or not the caller's. */
  RegistrationNotFound = 'REGISTRATION_NOT_FOUND',
  /** [404] Unknown waiting-list entry, or not the caller's. */
  WaitlistEntryNotFound = 'WAITLIST_ENTRY_NOT_FOUND',
  /** [409] The booking (or its series) already carries an event. details: { eventId }. */
  EventAlreadyExists = 'EVENT_ALREADY_EXISTS',
  /** [422] The booking cannot carry an event (closure, cancelled, rejected, or over). */
  BookingNotEligible = 'BOOKING_NOT_ELIGIBLE',
  /** [422] Capacity above the room's approved maximum (invariant 6). details: { roomCapacity }. */
  CapacityExceedsRoom = 'CAPACITY_EXCEEDS_ROOM',
  /** [409] Capacity below the seats already taken on a date. details: { occurrenceId, seatsTaken }. */
  CapacityBelowTaken = 'CAPACITY_BELOW_TAKEN',
  /** [409] No seats left and no waiting list (disabled, closed or not wanted). details: { seatsFree }. */
  EventFull = 'EVENT_FULL',
  /** [409] The person already has an active registration or an open waiting-list entry for the date. */
  AlreadyRegistered = 'ALREADY_REGISTERED',
  /** [422] Registration is not open (not yet, closed before the start, date cancelled). details: { reason }. */
  RegistrationClosed = 'REGISTRATION_CLOSED',
  /** [503] The date is busy (row lock timeout); try again. details: { retryAfterSeconds }. */
  SeatsBusy = 'SEATS_BUSY',
  /** [409] The registration or entry is no longer in the state the command expects. details: { status }. */
  StateChanged = 'REGISTRATION_STATE_CHANGED',
  /** [409] The waiting-list offer expired; its seats went to the next person. */
  OfferExpired = 'OFFER_EXPIRED',
  /** [409] The date is not scheduled any more (cancelled). */
  OccurrenceNotScheduled = 'OCCURRENCE_NOT_SCHEDULED',
  /** [422] The Idempotency-Key was used before for another date. */
  IdempotencyKeyReused = 'IDEMPOTENCY_KEY_REUSED',
}

/** HTTP routes of events, registrations and waiting lists (see the API map). */
export const EVENT_ROUTES = {
  /** public: GET ?from&to&audience → EventSummary[]; GET `${publicEvents}/:id` → EventSummary. */
  publicEvents: '/api/events/public',
  /**
   * POST ← EventRequest → 201 EventSummary; PATCH `${events}/:id` ← EventUpdateRequest; GET `${events}/:id`;
   * GET `${events}/mine` → EventSummary[].
   */
  events: '/api/events',
  /**
   * POST `${occurrences}/:id/registrations` ← RegistrationRequest (+ Idempotency-Key) → 201 RegistrationResult;
   * staff: POST `${occurrences}/:id/desk-registrations` ← DeskRegistrationRequest → 201 RegistrationResult;
   * owner, staff: GET `${occurrences}/:id/check-in` → CheckInRow[]; POST `${occurrences}/:id/cancel` → OccurrenceSummary.
   */
  occurrences: '/api/events/occurrences',
  /**
   * owner, staff: POST `${registrations}/:id/check-in` → CheckInRow; POST `${registrations}/:id/decision`
   * ← RegistrationDecisionRequest → CheckInRow; the person, staff: POST `${registrations}/:id/cancel` → MyRegistration.
   */
  registrations: '/api/events/registrations',
  /** signed-in: GET → MyRegistration[]. */
  myRegistrations: '/api/events/me/registrations',
  /**
   * The person, staff: POST `${waitlist}/:id/accept` → MyRegistration (the new registration; 409 OFFER_EXPIRED),
   * `${waitlist}/:id/decline` and `${waitlist}/:id/withdraw` → MyRegistration (the entry).
   */
  waitlist: '/api/events/waitlist',
} as const;

/** Create a secret calendar feed: any signed-in user their personal one; staff one for a room. */
export interface CalendarFeedRequest {
  kind: CalendarFeedKind;
  /** Required for `room`, not allowed for `personal`. */
  roomId?: string;
}

/** Error codes of calendar feeds (HTTP status in brackets). */
export enum CalendarFeedErrorCode {
  /** [404] Unknown, revoked or malformed feed token; unknown feed id or one that is not the caller's. */
  FeedNotFound = 'CALENDAR_FEED_NOT_FOUND',
  /** [409] The caller already has the most active feeds allowed. details: { max }. */
  FeedLimitReached = 'CALENDAR_FEED_LIMIT_REACHED',
}

/** HTTP routes of the iCalendar feeds (see the API map). */
export const CALENDAR_FEED_ROUTES = {
  /** public: GET ?lang=de|en|ar|fa|uk → text/calendar, the public programme. */
  publicFeed: '/api/calendar/public.ics',
  /**
   * signed-in: GET → CalendarFeedSummary[] (active feeds); POST ← CalendarFeedRequest → 201 CalendarFeedSummary with
   * `url`; DELETE `${feeds}/:id` → 204 (revoke). public: GET `${feeds}/:token` (`.ics` suffix accepted) → text/calendar.
   */
  feeds: '/api/calendar/feeds',
} as const;
