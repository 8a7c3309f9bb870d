/**
 * Notification types (DESIGN.md §6). Every feature adds its types here, with one payload shape per type
 * (ids, codes, dates and counts only — never addresses, names, free text or tokens) and a message in every catalog of the API's templates.
 */
export const NOTIFICATION_TYPES = [
  'mail-check',
  'email-verification',
  'account-exists',
  'password-reset',
  'password-changed',
  'account-invitation',
  'pairing-offered',
  'pairing-transition',
  'pairing-no-contact',
  'sponsorship-digest',
  'certificate-renewal',
  'booking-decision',
  'registration-confirmed',
  'waitlist-offer',
  'event-reminder',
  'event-changed',
  'event-cancelled',
  'bike-rental-reminder',
  'bike-rental-escalation',
  'bike-inspection-expiring',
  'bike-offer',
  'bike-eligibility-expiring',
  'workshop-low-stock',
  'damage-claim-deadline',
] as const;
export type NotificationType = (typeof NOTIFICATION_TYPES)[number];

/** The payload stored with each notification, per type. */
export interface NotificationPayloads {
  /** Test message: staff check that mail reaches a person. */
  'mail-check': { requestedById: string };
  /** Sign-up: "confirm your address" with a link; the token is derived from `tokenId` at send time. */
  'email-verification': { tokenId: string };
  /** Someone tried to sign up with an address that already has an account: a hint to sign in or reset. */
  'account-exists': Record<string, never>;
  /** "Set a new password" link (forgot password). */
  'password-reset': { tokenId: string };
  /** Security notice after the password changed (by the person or through a reset). */
  'password-changed': Record<string, never>;
  /** An admin created the account: "set your password" link. */
  'account-invitation': { tokenId: string; invitedById: string };
  /**
   * To the volunteer: staff offer them a family. Facts that name no one (district, household size, whether
   * there are children, needs); the family's name and contact come only once the first meeting is arranged.
   */
  'pairing-offered': {
    pairingId: string;
    district: string;
    memberCount: number;
    hasMinors: boolean;
    needs: string[];
  };
  /**
   * A later pairing transition, to each person it concerns (the volunteer, the coordinator; never the one who
   * acted), worded for their `audience`. No free text: notes can hold personal details and stay in the app.
   */
  'pairing-transition': {
    pairingId: string;
    transitionId: string;
    action:
      | 'accept'
      | 'decline'
      | 'schedule_intro'
      | 'hold_intro'
      | 'confirm'
      | 'pause'
      | 'resume'
      | 'end';
    audience: 'volunteer' | 'staff';
    /** schedule_intro: ISO date-time and place of the first meeting (attached as a calendar event). */
    introAt?: string;
    introPlace?: string;
    /** pause: expected resume date. */
    resumeOn?: string;
    /** decline or end reason code. */
    reason?: string;
  };
  /** To the coordinator: an open pairing in trial or active has had no contact logged for `days` days. */
  'pairing-no-contact': { pairingId: string; days: number };
  /** Weekly digest for staff: counts only (ISO week `2026-W48`). */
  'sponsorship-digest': {
    week: string;
    offersWaiting: number;
    introsToArrange: number;
    noContact: number;
    trialsReady: number;
    certificatesDueSoon: number;
    familiesWaiting: number;
  };
  /** § 72a re-inspection due: to the volunteer and to staff, 6 months and 1 month before `renewalDueOn`. */
  /** § 72a re-inspection due: one row for the volunteer, one per staff member, each worded for its `audience`. */
  'certificate-renewal': {
    volunteerId: string;
    renewalDueOn: string;
    stage: 'six_months' | 'one_month';
    audience: 'volunteer' | 'staff';
  };
  /**
   * Haus der Begegnung. Room names and event titles are public programme texts set by staff and organizers
   * (no personal data), so they travel in the payload; times are ISO instants.
   * To the organizer: staff confirmed or rejected a booking request (`dateCount` dates of one request).
   */
  'booking-decision': {
    bookingId: string;
    seriesId: string | null;
    decision: 'confirmed' | 'rejected';
    roomName: string;
    startsAt: string;
    endsAt: string;
    dateCount: number;
    reasonGiven: boolean;
  };
  /** To the person registered: confirmed, requested (waits for staff) or on the waiting list; `.ics` attached. */
  'registration-confirmed': {
    occurrenceId: string;
    registrationId: string | null;
    waitlistEntryId: string | null;
    outcome: 'registered' | 'requested' | 'waitlisted';
    eventTitle: Partial<Record<string, string>>;
    roomName: string;
    startsAt: string;
    endsAt: string;
    partySize: number;
    position: number | null;
  };
  /** To the head of the waiting list: seats are held for them until `expiresAt`; accept or decline in the app. */
  'waitlist-offer': {
    occurrenceId: string;
    waitlistEntryId: string;
    eventTitle: Partial<Record<string, string>>;
    roomName: string;
    startsAt: string;
    endsAt: string;
    offeredSeats: number;
    expiresAt: string;
  };
  /** Delivered 24 h before the date (deliver_after), cancelled with the registration. */
  'event-reminder': {
    occurrenceId: string;
    registrationId: string;
    eventTitle: Partial<Record<string, string>>;
    roomName: string;
    startsAt: string;
    endsAt: string;
    partySize: number;
  };
  /** The date moved (time or room): to everyone registered or waiting. */
  'event-changed': {
    occurrenceId: string;
    eventTitle: Partial<Record<string, string>>;
    roomName: string;
    startsAt: string;
    endsAt: string;
    previousStartsAt: string;
  };
  /** The date is cancelled by the organizer or because too few registered: to everyone registered or waiting. */
  'event-cancelled': {
    occurrenceId: string;
    eventTitle: Partial<Record<string, string>>;
    startsAt: string;
    reason: 'organizer' | 'min_not_reached';
  };
  /**
   * Fahrradverleih. Inventory numbers and part names are workshop catalogue texts (no personal data).
   * To the borrower (with an account; borrowers without one are on the desk's call list): the due date is in
   * two days (`due_soon`), has passed (`overdue`), or passed a week ago (`overdue_again`).
   */
  'bike-rental-reminder': {
    rentalId: string;
    inventoryNo: string;
    dueOn: string;
    stage: 'due_soon' | 'overdue' | 'overdue_again';
  };
  /** To the workshop team: a rental is `days` overdue; `call` (+7: phone the borrower), `write_off` (+30: decide). */
  'bike-rental-escalation': {
    rentalId: string;
    inventoryNo: string;
    dueOn: string;
    days: number;
    stage: 'call' | 'write_off';
  };
  /** To the borrower: the bike's inspection runs out on `validUntil` while it is out; bring it for a check. */
  'bike-inspection-expiring': { rentalId: string; inventoryNo: string; validUntil: string };
  /** To the head of the waiting list: a matching bike is reserved for them until `expiresAt`. */
  'bike-offer': {
    waitlistEntryId: string;
    bikeId: string;
    inventoryNo: string;
    cycleType: string;
    expiresAt: string;
  };
  /** To the borrower: their recorded eligibility ends on `validUntil` (30 days ahead); bring a current notice. */
  'bike-eligibility-expiring': { borrowerId: string; validUntil: string };
  /** To the workshop team: a part's stock fell below its reorder level (once per crossing). */
  'workshop-low-stock': {
    partId: string;
    sku: string;
    partName: string;
    onHand: number;
    reorderLevel: number;
  };
  /** To the workshop team: an open damage case's § 548 BGB claim deadline approaches (return + 4 and + 5 months). */
  'damage-claim-deadline': {
    damageCaseId: string;
    inventoryNo: string;
    claimDeadline: string;
    stage: 'four_months' | 'five_months';
  };
}

/**
 * What a person can switch off: every type belongs to one category. Mandatory categories (security and
 * account mails, staff test messages) always go out by email; the others follow the person's choice.
 * In-app entries are always kept.
 */
export const NOTIFICATION_CATEGORIES = [
  'account',
  'system',
  'sponsorship',
  'events',
  'bikes',
] as const;
export type NotificationCategory = (typeof NOTIFICATION_CATEGORIES)[number];
export const MANDATORY_NOTIFICATION_CATEGORIES: readonly NotificationCategory[] = [
  'account',
  'system',
];
export const OPTIONAL_NOTIFICATION_CATEGORIES = ['sponsorship', 'events', 'bikes'] as const;
export type OptionalNotificationCategory = (typeof OPTIONAL_NOTIFICATION_CATEGORIES)[number];

export const NOTIFICATION_TYPE_CATEGORY: Record<NotificationType, NotificationCategory> = {
  'mail-check': 'system',
  'email-verification': 'account',
  'account-exists': 'account',
  'password-reset': 'account',
  'password-changed': 'account',
  'account-invitation': 'account',
  'pairing-offered': 'sponsorship',
  'pairing-transition': 'sponsorship',
  'pairing-no-contact': 'sponsorship',
  'sponsorship-digest': 'sponsorship',
  'certificate-renewal': 'sponsorship',
  'booking-decision': 'events',
  'registration-confirmed': 'events',
  'waitlist-offer': 'events',
  'event-reminder': 'events',
  'event-changed': 'events',
  'event-cancelled': 'events',
  'bike-rental-reminder': 'bikes',
  'bike-rental-escalation': 'bikes',
  'bike-inspection-expiring': 'bikes',
  'bike-offer': 'bikes',
  'bike-eligibility-expiring': 'bikes',
  'workshop-low-stock': 'bikes',
  'damage-claim-deadline': 'bikes',
};

/** The signed-in user's choice: email on or off per optional category. */
export interface NotificationPreferences {
  email: Record<OptionalNotificationCategory, boolean>;
}

export interface NotificationPreferencesResponse extends NotificationPreferences {
  /** False when the account has no email address: everything is in-app only, the switches are moot. */
  hasEmail: boolean;
}

export type UpdateNotificationPreferencesRequest = {
  email: Partial<Record<OptionalNotificationCategory, boolean>>;
};

/** Outbound channel of a notification; every notification is also listed in the app. */
export const NOTIFICATION_CHANNELS = ['email', 'sms', 'in_app'] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];

export const NOTIFICATION_STATUSES = ['pending', 'queued', 'sent', 'failed', 'cancelled'] as const;
export type NotificationStatus = (typeof NOTIFICATION_STATUSES)[number];

/** Routes of the in-app notification list (own notifications) and of the staff view. */
export const NOTIFICATION_ROUTES = {
  mine: '/api/notifications',
  unreadCount: '/api/notifications/unread-count',
  /** POST `${mine}/:id/read` marks one read; POST `${mine}/read-all` marks all read. */
  readAll: '/api/notifications/read-all',
  staffProblems: '/api/staff/notifications',
  /** POST `${staffProblems}/:id/retry` and `${staffProblems}/:id/cancel`. */
  staffHealth: '/api/staff/notifications/health',
  /** POST: staff send the `mail-check` test message to themselves. */
  staffMailCheck: '/api/staff/notifications/mail-check',
  /** GET → NotificationPreferencesResponse; PUT ← UpdateNotificationPreferencesRequest → same. */
  preferences: '/api/me/notification-preferences',
} as const;

/** One notification in the signed-in user's own list. The web app words it from `type` + `payload`. */
export interface NotificationItem {
  id: string;
  type: NotificationType;
  channel: NotificationChannel;
  status: NotificationStatus;
  /** When it was (or will be) delivered: `deliver_after` (ISO 8601). */
  deliverAt: string;
  createdAt: string;
  readAt: string | null;
}

export interface NotificationListResponse {
  items: NotificationItem[];
  /** Opaque cursor for the next page; null on the last page. */
  nextCursor: string | null;
}

export interface UnreadCountResponse {
  unread: number;
}

/** A notification that failed or is still waiting, for the staff view (no addresses, no payload). */
export interface NotificationProblemItem {
  id: string;
  type: NotificationType;
  channel: NotificationChannel;
  recipientId: string;
  status: Extract<NotificationStatus, 'pending' | 'queued' | 'failed'>;
  attempts: number;
  lastError: string | null;
  deliverAt: string;
  createdAt: string;
}

export interface NotificationHealthResponse {
  queue: { waiting: number; active: number; delayed: number; failed: number };
  outbox: Record<NotificationStatus, number>;
}
