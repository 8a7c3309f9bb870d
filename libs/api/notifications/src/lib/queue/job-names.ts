/**
 * Queues, job names and payloads (STYLE.md §5): two queues, kebab-case job names, one payload type per job name.
 * `notifications/send-notification` delivers one outbox row (job id = the row id, payload = that id only).
 */
export const QUEUE_NAMES = {
  notifications: 'notifications',
  maintenance: 'maintenance',
} as const;

export type QueueName = (typeof QUEUE_NAMES)[keyof typeof QUEUE_NAMES];

/** Every queue, in a fixed order (workers, health checks, test teardown). */
export const ALL_QUEUE_NAMES: readonly QueueName[] = [
  QUEUE_NAMES.notifications,
  QUEUE_NAMES.maintenance,
];

export const NOTIFICATION_JOBS = {
  sendNotification: 'send-notification',
} as const;

/** Payload of `notifications/send-notification`: the outbox row to deliver (the row holds everything else). */
export interface SendNotificationPayload {
  notificationId: string;
}

export const MAINTENANCE_JOBS = {
  purgeMailPreview: 'purge-mail-preview',
  purgeAccountData: 'purge-account-data',
  sponsorshipNoContact: 'sponsorship-no-contact',
  sponsorshipDigest: 'sponsorship-digest',
  certificateRenewal: 'certificate-renewal',
  certificateDeletion: 'certificate-deletion',
  eventWaitlistExpiry: 'event-waitlist-expiry',
  eventMinParticipants: 'event-min-participants',
  bookingSeriesMaterialise: 'booking-series-materialise',
  workshopRentalReminders: 'workshop-rental-reminders',
  workshopInspectionExpiring: 'workshop-inspection-expiring',
  workshopEligibilityExpiring: 'workshop-eligibility-expiring',
  workshopClaimDeadlines: 'workshop-claim-deadlines',
  workshopOfferExpiry: 'workshop-offer-expiry',
} as const;

/** Payload of `maintenance/purge-mail-preview`: preview mails older than this many days are deleted. */
export interface PurgeMailPreviewPayload {
  retentionDays: number;
}

/** The payload type of every job name, per queue. Payloads carry ids and numbers only, never addresses or secrets. */
export interface JobPayloadMap {
  notifications: {
    'send-notification': SendNotificationPayload;
  };
  maintenance: {
    'purge-mail-preview': PurgeMailPreviewPayload;
    /** Retention of ended sessions, spent links and unconfirmed sign-ups (rules in @zusammen/api/identity). */
    'purge-account-data': Record<string, never>;
    /**
     * Patenmodell follow-up (sponsorship.md § 6; rules and handlers in @zusammen/api/sponsorship, follow-up/).
     * Each run reads the clock itself; idempotent through the notification keys. No-contact alerts to coordinators.
     */
    'sponsorship-no-contact': Record<string, never>;
    /** Weekly counts for staff, from Monday 07:00 in Borken. */
    'sponsorship-digest': Record<string, never>;
    /** § 72a re-inspection reminders, six months and one month before the due date. */
    'certificate-renewal': Record<string, never>;
    /** § 72a ledger entries deleted when the person does not start, or 3 months after the activity ends. */
    'certificate-deletion': Record<string, never>;
    /**
     * Haus der Begegnung (handlers in @zusammen/api/booking, events/): expired waiting-list offers give their seats
     * to the next entry; waiting lists close 1 h before the start. Every minute; idempotent by state.
     */
    'event-waitlist-expiry': Record<string, never>;
    /** Dates below their minimum at start − min_decision_hours are cancelled once (notice to everyone). */
    'event-min-participants': Record<string, never>;
    /**
     * Room-booking series (handler in @zusammen/api/booking, bookings/): extends every active series to 12 months
     * ahead; dates that overlap other bookings become exdates. Daily; idempotent through `materialised_until`.
     */
    'booking-series-materialise': Record<string, never>;
    /**
     * Fahrradwerkstatt (handlers in @zusammen/api/workshop, jobs/), each idempotent through its notification keys:
     * hourly the reminder ladder of overdue rentals (borrower reminders, team call list, write-off decision).
     */
    'workshop-rental-reminders': Record<string, never>;
    /** Daily: bikes on loan whose inspection runs out within 7 days (to the borrower). */
    'workshop-inspection-expiring': Record<string, never>;
    /** Daily: eligibility ending in 30 days, for borrowers with an open rental or waiting-list entry. */
    'workshop-eligibility-expiring': Record<string, never>;
    /** Daily: § 548 BGB watch of open damage cases (return + 4 / + 5 months); past the deadline → time_barred. */
    'workshop-claim-deadlines': Record<string, never>;
    /** Every 5 minutes: expired waiting-list bike offers release the bike to the next in line. */
    'workshop-offer-expiry': Record<string, never>;
  };
}

export type JobName<Q extends QueueName> = keyof JobPayloadMap[Q] & string;
export type JobPayload<Q extends QueueName, N extends JobName<Q>> = JobPayloadMap[Q][N];

/** Job names per queue. `satisfies` keeps the constants and the payload map in step. */
export const JOB_NAMES = {
  notifications: NOTIFICATION_JOBS,
  maintenance: MAINTENANCE_JOBS,
} as const satisfies { [Q in QueueName]: Record<string, JobName<Q>> };

type MissingJobNames<Q extends QueueName> = Exclude<
  JobName<Q>,
  (typeof JOB_NAMES)[Q][keyof (typeof JOB_NAMES)[Q]]
>;
/** Compile-time check: every payload key has a constant in JOB_NAMES (fails to compile otherwise). */
const _everyJobNameHasAConstant: {
  [Q in QueueName]: MissingJobNames<Q> extends never ? true : MissingJobNames<Q>;
} = {
  notifications: true,
  maintenance: true,
};

/** A queue/name pair as plain data (registry, startup check, logs). */
export interface JobKey {
  queue: QueueName;
  name: string;
}

/** Every declared job name, in queue order. The startup check requires exactly one handler for each. */
export function declaredJobKeys(): JobKey[] {
  return ALL_QUEUE_NAMES.flatMap((queue) =>
    Object.values<string>(JOB_NAMES[queue]).map((name) => ({ queue, name })),
  );
}
