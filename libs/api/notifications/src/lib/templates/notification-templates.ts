import type { NotificationTemplates } from './notification-template';
import { ACCOUNT_EXISTS_TEMPLATE } from './types/account-exists.template';
import { ACCOUNT_INVITATION_TEMPLATE } from './types/account-invitation.template';
import { BIKE_ELIGIBILITY_EXPIRING_TEMPLATE } from './types/bike-eligibility-expiring.template';
import { BIKE_INSPECTION_EXPIRING_TEMPLATE } from './types/bike-inspection-expiring.template';
import { BIKE_OFFER_TEMPLATE } from './types/bike-offer.template';
import { BIKE_RENTAL_ESCALATION_TEMPLATE } from './types/bike-rental-escalation.template';
import { BIKE_RENTAL_REMINDER_TEMPLATE } from './types/bike-rental-reminder.template';
import { BOOKING_DECISION_TEMPLATE } from './types/booking-decision.template';
import { CERTIFICATE_RENEWAL_TEMPLATE } from './types/certificate-renewal.template';
import { DAMAGE_CLAIM_DEADLINE_TEMPLATE } from './types/damage-claim-deadline.template';
import { EMAIL_VERIFICATION_TEMPLATE } from './types/email-verification.template';
import { EVENT_CANCELLED_TEMPLATE } from './types/event-cancelled.template';
import { EVENT_CHANGED_TEMPLATE } from './types/event-changed.template';
import { EVENT_REMINDER_TEMPLATE } from './types/event-reminder.template';
import { MAIL_CHECK_TEMPLATE } from './types/mail-check.template';
import { PAIRING_NO_CONTACT_TEMPLATE } from './types/pairing-no-contact.template';
import { PAIRING_OFFERED_TEMPLATE } from './types/pairing-offered.template';
import { PAIRING_TRANSITION_TEMPLATE } from './types/pairing-transition.template';
import { PASSWORD_CHANGED_TEMPLATE } from './types/password-changed.template';
import { PASSWORD_RESET_TEMPLATE } from './types/password-reset.template';
import { REGISTRATION_CONFIRMED_TEMPLATE } from './types/registration-confirmed.template';
import { SPONSORSHIP_DIGEST_TEMPLATE } from './types/sponsorship-digest.template';
import { WAITLIST_OFFER_TEMPLATE } from './types/waitlist-offer.template';
import { WORKSHOP_LOW_STOCK_TEMPLATE } from './types/workshop-low-stock.template';

/**
 * The template of every notification type. Adding a type: its payload in `NotificationPayloads`
 * (@zusammen/shared/contracts), its messages `<type>.*` in every catalog, a `types/<type>.template.ts` here.
 */
export const NOTIFICATION_TEMPLATES: NotificationTemplates = {
  'mail-check': MAIL_CHECK_TEMPLATE,
  'email-verification': EMAIL_VERIFICATION_TEMPLATE,
  'account-exists': ACCOUNT_EXISTS_TEMPLATE,
  'password-reset': PASSWORD_RESET_TEMPLATE,
  'password-changed': PASSWORD_CHANGED_TEMPLATE,
  'account-invitation': ACCOUNT_INVITATION_TEMPLATE,
  'pairing-offered': PAIRING_OFFERED_TEMPLATE,
  'pairing-transition': PAIRING_TRANSITION_TEMPLATE,
  'pairing-no-contact': PAIRING_NO_CONTACT_TEMPLATE,
  'sponsorship-digest': SPONSORSHIP_DIGEST_TEMPLATE,
  'certificate-renewal': CERTIFICATE_RENEWAL_TEMPLATE,
  'booking-decision': BOOKING_DECISION_TEMPLATE,
  'registration-confirmed': REGISTRATION_CONFIRMED_TEMPLATE,
  'waitlist-offer': WAITLIST_OFFER_TEMPLATE,
  'event-reminder': EVENT_REMINDER_TEMPLATE,
  'event-changed': EVENT_CHANGED_TEMPLATE,
  'event-cancelled': EVENT_CANCELLED_TEMPLATE,
  'bike-rental-reminder': BIKE_RENTAL_REMINDER_TEMPLATE,
  'bike-rental-escalation': BIKE_RENTAL_ESCALATION_TEMPLATE,
  'bike-inspection-expiring': BIKE_INSPECTION_EXPIRING_TEMPLATE,
  'bike-offer': BIKE_OFFER_TEMPLATE,
  'bike-eligibility-expiring': BIKE_ELIGIBILITY_EXPIRING_TEMPLATE,
  'workshop-low-stock': WORKSHOP_LOW_STOCK_TEMPLATE,
  'damage-claim-deadline': DAMAGE_CLAIM_DEADLINE_TEMPLATE,
};
