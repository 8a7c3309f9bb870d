/** i18n keys of the notification wording, per type; unknown types get the generic text. */
const TYPE_KEYS: Readonly<Record<string, string>> = {
  'mail-check': 'mailCheck',
  'booking-decision': 'bookingDecision',
  'registration-confirmed': 'registrationConfirmed',
  'waitlist-offer': 'waitlistOffer',
  'event-reminder': 'eventReminder',
  'event-changed': 'eventChanged',
  'event-cancelled': 'eventCancelled',
  'bike-rental-reminder': 'bikeRentalReminder',
  'bike-rental-escalation': 'bikeRentalEscalation',
  'bike-inspection-expiring': 'bikeInspectionExpiring',
  'bike-offer': 'bikeOffer',
  'bike-eligibility-expiring': 'bikeEligibilityExpiring',
  'workshop-low-stock': 'workshopLowStock',
  'damage-claim-deadline': 'damageClaimDeadline',
};

/** The i18n key (under `notifications.types`) for a notification type sent by the API. */
export function notificationTextKey(type: string): string {
  return `notifications.types.${Object.hasOwn(TYPE_KEYS, type) ? TYPE_KEYS[type] : 'unknown'}`;
}
