export type { DayGroup } from './berlin-time';
export {
  BERLIN_TIME_ZONE,
  addDays,
  berlinDayOf,
  berlinLocalToIso,
  berlinToday,
  groupByBerlinDay,
} from './berlin-time';
export type { BookingChoice } from './booking-choices';
export { bookingChoices } from './booking-choices';
export type { CheckInBusy, CheckInLoadState } from './check-in.store';
export { CheckInStore } from './check-in.store';
export type {
  DeskRegistrationDraft,
  DeskRegistrationField,
  DeskRegistrationProblem,
  DeskRegistrationProblems,
} from './desk-registration-draft';
export {
  DESK_NAME_MAX_LENGTH,
  DESK_PHONE_MAX_LENGTH,
  DESK_REGISTRATION_FIELDS,
  deskRegistrationProblems,
  deskRegistrationRequestOf,
  emptyDeskRegistrationDraft,
} from './desk-registration-draft';
export type { EventDetailLoadState } from './event-detail.store';
export { EventDetailStore } from './event-detail.store';
export type {
  EventDraft,
  EventDraftProblem,
  EventDraftProblems,
  EventTextDraft,
} from './event-draft';
export {
  DEFAULT_MIN_DECISION_HOURS,
  EVENT_AUDIENCE_CHOICES,
  EVENT_DESCRIPTION_MAX_LENGTH,
  EVENT_TITLE_MAX_LENGTH,
  MIN_DECISION_MAX_HOURS,
  REGISTRATION_CLOSES_MAX_MINUTES,
  addableTextLocales,
  emptyEventDraft,
  eventDraftProblems,
  eventRequestOf,
} from './event-draft';
export type { DateRange, RegistrationDecision, WaitlistAction } from './events.api';
export { EVENTS_API, EventsApi, publicCalendarUrl } from './events.api';
export { newIdempotencyKey } from './idempotency-key';
export type { ChosenText } from './localized-text';
export { chooseText } from './localized-text';
export type { MyDatesGroups } from './my-dates';
export { canCancel, groupMyDates } from './my-dates';
export type { MyDatesBusy, MyDatesLoadState } from './my-dates.store';
export { MyDatesStore } from './my-dates.store';
export type { OrganizerEventsLoadState } from './organizer-events.store';
export { BOOKING_CHOICE_DAYS_AHEAD, OrganizerEventsStore } from './organizer-events.store';
export type { ProgrammeEntry, ProgrammeFilter, SeatState } from './programme';
export { matchesFilter, programmeDays, seatStateOf, upcomingOccurrences } from './programme';
export type { ProgrammeLoadState } from './programme.store';
export { PROGRAMME_DAYS_AHEAD, ProgrammeStore } from './programme.store';
