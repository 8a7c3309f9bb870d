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
