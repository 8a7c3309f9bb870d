import type { PartialMessageCatalog } from '../message-catalog';
import { EN_WORKSHOP_MESSAGES } from './workshop-en';

export const EN_MESSAGES: PartialMessageCatalog = {
  'layout.siteName': 'Town of Borken — Living together in Borken',
  'layout.greeting': 'Hello {name},',
  'layout.automatic': 'This email was sent automatically. Please do not reply to it.',
  'layout.preferencesText': 'You can choose which messages you receive by email.',
  'layout.preferencesLink': 'Notification settings',

  'mail-check.subject': 'Test message: your email address works',
  'mail-check.heading': 'Your email address works',
  'mail-check.intro':
    'This is a test message. The town of Borken sent it to check that emails reach you.',
  'mail-check.result': 'The message has arrived. You do not need to do anything.',
  'mail-check.sentAt': 'Sent on {sentAt, date, long} at {sentAt, time, short}.',
  'mail-check.unexpected': 'Were you not expecting this message? Then you can simply delete it.',

  'email-verification.subject': 'Please confirm your email address',
  'email-verification.heading': 'Confirm your email address',
  'email-verification.intro':
    'You created an account on “Living together in Borken”. Please confirm your email address now. Then you can sign in.',
  'email-verification.validity':
    'The link is valid for {hours, plural, one {# hour} other {# hours}}.',
  'email-verification.action': 'Confirm email address',
  'email-verification.unexpected':
    'You did not create an account? Then you can simply delete this email. Without confirmation, no account becomes active.',

  'account-exists.subject': 'You already have an account',
  'account-exists.heading': 'There is already an account for this email address',
  'account-exists.intro':
    'Someone – maybe you – just tried to create a new account with this email address. But there is already an account for this address.',
  'account-exists.ifYou':
    'Was it you? Then simply sign in with your password. Did you forget your password? Then you can set a new one.',
  'account-exists.notYou':
    'Was it not you? Then you can simply delete this email. Nothing has changed in your account.',
  'account-exists.signIn': 'Sign in',
  'account-exists.forgotPassword': 'Forgot your password?',

  'password-reset.subject': 'Set a new password',
  'password-reset.heading': 'Set a new password for your account',
  'password-reset.intro':
    'Do you want a new password for your account? Then open the link below and set a new password.',
  'password-reset.validity':
    'The link is valid for {minutes, plural, one {# minute} other {# minutes}}. You can use it only once.',
  'password-reset.action': 'Set new password',
  'password-reset.unexpected':
    'You did not ask for a new password? Then you can simply delete this email. Your password stays the same.',

  'password-changed.subject': 'Your password was changed',
  'password-changed.heading': 'Your password was changed',
  'password-changed.intro':
    'The password for your account on “Living together in Borken” was changed.',
  'password-changed.ifYou': 'Was it you? Then everything is fine. You do not need to do anything.',
  'password-changed.notYou':
    'Was it not you? Then please set a new password right away. This way nobody else can use your account.',
  'password-changed.action': 'Set new password',

  'account-invitation.subject': 'Your new account on “Living together in Borken”',
  'account-invitation.heading': 'Welcome! There is now an account for you',
  'account-invitation.introBy':
    '{inviter} created an account for you on “Living together in Borken”.',
  'account-invitation.intro':
    'The town of Borken created an account for you on “Living together in Borken”.',
  'account-invitation.next':
    'Please set your password now. Then you can sign in with your email address and your password.',
  'account-invitation.validity':
    'The link is valid for {days, plural, one {# day} other {# days}}. You can use it only once.',
  'account-invitation.action': 'Set password',
  'account-invitation.unexpected':
    'You did not expect an account? Then you can simply delete this email.',
  'support-area.authorities': 'offices and paperwork',
  'support-area.school': 'school and homework',
  'support-area.german': 'practising German',
  'support-area.leisure': 'free time',
  'support-area.work': 'work and training',
  'support-area.housing': 'housing',
  'support-area.health': 'doctor’s appointments',

  'decline-reason.no_time': 'no time',
  'decline-reason.distance': 'the distance is too far',
  'decline-reason.language': 'no shared language',
  'decline-reason.not_a_fit': 'not a good fit',
  'decline-reason.family_declined': 'the family said no',
  'decline-reason.other': 'another reason',

  'end-reason.completed': 'the sponsorship was completed as agreed',
  'end-reason.life_change': 'circumstances have changed',
  'end-reason.volunteer_dissatisfied': 'the volunteer was not satisfied',
  'end-reason.family_dissatisfied': 'the family was not satisfied',
  'end-reason.contact_faded': 'contact faded away',
  'end-reason.volunteer_unresponsive': 'the volunteer could no longer be reached',
  'end-reason.family_independent': 'the family now manages on its own',
  'end-reason.safeguarding': 'child protection',

  'pairing-offered.subject': 'The coordination office suggests a family for you',
  'pairing-offered.heading': 'A suggestion for your sponsorship',
  'pairing-offered.intro':
    'The coordination office suggests a family for you to sponsor. This is what you can know about the family now:',
  'pairing-offered.district': 'District: {district}',
  'pairing-offered.householdWithChildren':
    'Household: {count, plural, one {# person} other {# people}}, with children under 18',
  'pairing-offered.householdWithoutChildren':
    'Household: {count, plural, one {# person} other {# people}}, no children under 18',
  'pairing-offered.needs': 'The family would like support with: {needs}',
  'pairing-offered.privacy':
    'You will learn the family’s name and contact details once the first meeting has been arranged.',
  'pairing-offered.next':
    'Please look at the suggestion and accept or decline it. If you accept, the coordination office arranges a first meeting. Someone from the coordination office will be there.',
  'pairing-offered.action': 'View the suggestion',

  'pairing-transition.accept.volunteer.subject': 'Your acceptance has been recorded',
  'pairing-transition.accept.volunteer.body':
    'The coordination office has recorded that you accept the suggested family. Next, it will arrange the first meeting with you and the family.',
  'pairing-transition.accept.staff.subject':
    'Suggestion accepted: please arrange the first meeting',
  'pairing-transition.accept.staff.body':
    'A volunteer has accepted a suggestion. Please arrange the first meeting with both sides now.',
  'pairing-transition.decline.volunteer.subject': 'The suggestion has been called off',
  'pairing-transition.decline.volunteer.body':
    'The sponsorship with the suggested family will not go ahead. The coordination office will contact you when there is a new suggestion for you.',
  'pairing-transition.decline.staff.subject': 'A suggestion was declined',
  'pairing-transition.decline.staff.body':
    'A suggested sponsorship will not go ahead. Please check whether the family needs a new suggestion.',
  'pairing-transition.schedule_intro.volunteer.subject': 'Your first meeting with the family',
  'pairing-transition.schedule_intro.volunteer.body':
    'The coordination office has arranged the first meeting with the family. Someone from the coordination office will be there. You can now find the family’s name and contact details in the app.',
  'pairing-transition.schedule_intro.staff.subject': 'First meeting arranged',
  'pairing-transition.schedule_intro.staff.body':
    'The first meeting of a sponsorship has been arranged. Please plan to attend it.',
  'pairing-transition.hold_intro.volunteer.subject': 'The trial period has started',
  'pairing-transition.hold_intro.volunteer.body':
    'The first meeting has taken place. Now the trial period starts: meet a few times over the next weeks and record every contact in the app.',
  'pairing-transition.hold_intro.staff.subject': 'Trial period started',
  'pairing-transition.hold_intro.staff.body':
    'The first meeting of a sponsorship has taken place. The trial period has started.',
  'pairing-transition.confirm.volunteer.subject': 'Your sponsorship is now active',
  'pairing-transition.confirm.volunteer.body':
    'After the trial period, you and the family want to continue. Your sponsorship is now active. Thank you for your commitment!',
  'pairing-transition.confirm.staff.subject': 'Sponsorship confirmed',
  'pairing-transition.confirm.staff.body':
    'After the trial period, a sponsorship has been confirmed. It is now active.',
  'pairing-transition.pause.volunteer.subject': 'Your sponsorship is paused',
  'pairing-transition.pause.volunteer.body':
    'Your sponsorship is on hold for a while. During this time you do not need to record any meetings.',
  'pairing-transition.pause.staff.subject': 'Sponsorship paused',
  'pairing-transition.pause.staff.body': 'A sponsorship has been paused.',
  'pairing-transition.resume.volunteer.subject': 'Your sponsorship continues',
  'pairing-transition.resume.volunteer.body':
    'The break is over. Your sponsorship is active again. Please record your meetings in the app again.',
  'pairing-transition.resume.staff.subject': 'Sponsorship active again',
  'pairing-transition.resume.staff.body': 'A paused sponsorship is active again.',
  'pairing-transition.end.volunteer.subject': 'Your sponsorship has ended',
  'pairing-transition.end.volunteer.body':
    'Your sponsorship has ended. Thank you for your time and your commitment!',
  'pairing-transition.end.staff.subject': 'Sponsorship ended',
  'pairing-transition.end.staff.body':
    'A sponsorship has ended. Please check whether the family still needs support.',
  'pairing-transition.reason': 'Reason: {reason}',
  'pairing-transition.introWhen': 'When: {at, date, full} at {at, time, short}',
  'pairing-transition.introWhere': 'Where: {place}',
  'pairing-transition.introCalendar':
    'The appointment is attached, so you can add it to your calendar.',
  'pairing-transition.introSummary': 'First meeting of the sponsorship',
  'pairing-transition.resumeOn': 'The plan is to continue on {resumeOn, date, long}.',
  'pairing-transition.action': 'View the sponsorship',

  'pairing-no-contact.subject':
    'Sponsorship: no contact recorded for {days, plural, one {# day} other {# days}}',
  'pairing-no-contact.heading': 'No contact recorded',
  'pairing-no-contact.intro':
    'No contact has been recorded for a sponsorship for {days, plural, one {# day} other {# days}}.',
  'pairing-no-contact.next':
    'Please ask the volunteer how things are going. Perhaps they met but did not record it.',
  'pairing-no-contact.action': 'View the sponsorship',

  'sponsorship-digest.subject': 'Sponsorships: your weekly overview',
  'sponsorship-digest.heading': 'Weekly overview of sponsorships',
  'sponsorship-digest.week': 'Week from {from, date, long} to {to, date, long}',
  'sponsorship-digest.intro': 'This is what needs doing:',
  'sponsorship-digest.offersWaiting': 'Suggestions without an answer: {count}',
  'sponsorship-digest.introsToArrange': 'Acceptances still without a first meeting: {count}',
  'sponsorship-digest.noContact': 'Sponsorships without recorded contact: {count}',
  'sponsorship-digest.trialsReady': 'Trial periods ready to be confirmed: {count}',
  'sponsorship-digest.certificatesDueSoon':
    'Certificates of good conduct due within the next six months: {count}',
  'sponsorship-digest.familiesWaiting': 'Families waiting for a sponsorship: {count}',
  'sponsorship-digest.action': 'View open tasks',

  'certificate-renewal.volunteer.subjectSixMonths':
    'Your certificate of good conduct: please request a new one soon',
  'certificate-renewal.volunteer.subjectOneMonth':
    'Reminder: your new certificate of good conduct is due in one month',
  'certificate-renewal.volunteer.heading': 'Please request a new certificate of good conduct',
  'certificate-renewal.volunteer.intro':
    'For your sponsorship, the coordination office inspects a new extended certificate of good conduct every {years, plural, one {# year} other {# years}} (section 72a of the German Social Code, Book VIII). The next inspection is due by {dueOn, date, long}.',
  'certificate-renewal.volunteer.howTo':
    'Ask the coordination office for a letter. With this letter you apply for the extended certificate of good conduct at the citizens’ office (Bürgerbüro) or online at the Federal Office of Justice. It is free of charge for volunteers.',
  'certificate-renewal.volunteer.show':
    'Then show the certificate to the coordination office. It must not be more than three months old at that point. We do not make a copy; we only note the date.',
  'certificate-renewal.volunteer.consequence':
    'Without a new inspection, you cannot accompany families with children from {dueOn, date, long}.',
  'certificate-renewal.volunteer.action': 'Open my profile',
  'certificate-renewal.staff.subject':
    'Certificate of good conduct: new inspection due by {dueOn, date, long}',
  'certificate-renewal.staff.heading': 'New inspection of a certificate of good conduct due',
  'certificate-renewal.staff.intro':
    'A volunteer’s extended certificate of good conduct must be inspected again by {dueOn, date, long} (section 72a of the German Social Code, Book VIII).',
  'certificate-renewal.staff.next':
    'Please give the person a letter for the free application and record the new inspection in their profile. Without a new inspection they cannot accompany families with children from that day.',
  'certificate-renewal.staff.action': 'Open the profile',

  'event-common.untitled': 'Event',
  'event-common.when':
    'When: {startsAt, date, full}, {startsAt, time, short} to {endsAt, time, short}',
  'event-common.whenMultiDay':
    'When: {startsAt, date, full}, {startsAt, time, short} to {endsAt, date, full}, {endsAt, time, short}',
  'event-common.where': 'Where: {room}, Haus der Begegnung (community centre)',
  'event-common.partySize': 'For {count, plural, one {# person} other {# people}}',
  'event-common.cancelHint':
    'Can’t come after all? Please cancel in the app. Then someone from the waiting list gets your place.',
  'event-common.calendar': 'The date is attached for your calendar.',
  'event-common.myDates': 'View my dates',

  'booking-decision.confirmed.subject': 'Your room booking is confirmed: {room}',
  'booking-decision.confirmed.heading': 'Your room booking is confirmed',
  'booking-decision.confirmed.intro':
    'The house management has confirmed your request for the room “{room}” at the Haus der Begegnung.',
  'booking-decision.confirmed.next': 'The app shows with your booking where to pick up the key.',
  'booking-decision.rejected.subject': 'Your room request was declined: {room}',
  'booking-decision.rejected.heading': 'Your room request was declined',
  'booking-decision.rejected.intro':
    'Unfortunately, the house management cannot confirm your request for the room “{room}”.',
  'booking-decision.rejected.next':
    'You can request another time or another room in the app. The house management will help if you have questions.',
  'booking-decision.series':
    '{count, plural, one {# date} other {# dates}}, the first on {startsAt, date, full}, {startsAt, time, short} to {endsAt, time, short}',
  'booking-decision.reasonGiven':
    'The house management gave a reason. You can read it in the app with your bookings.',
  'booking-decision.action': 'View my bookings',

  'registration-confirmed.registered.subject': 'You are registered: {title}',
  'registration-confirmed.registered.heading': 'Your registration is confirmed',
  'registration-confirmed.registered.intro':
    'You are registered for “{title}”. We look forward to seeing you!',
  'registration-confirmed.requested.subject': 'We received your registration: {title}',
  'registration-confirmed.requested.heading': 'Your registration is still being checked',
  'registration-confirmed.requested.intro':
    'We received your registration for “{title}”. The organizers still need to confirm it. You will get a message as soon as they have.',
  'registration-confirmed.waitlisted.subject': 'You are on the waiting list: {title}',
  'registration-confirmed.waitlisted.heading': 'You are on the waiting list',
  'registration-confirmed.waitlisted.intro':
    '“{title}” is fully booked at the moment. We have put you on the waiting list.',
  'registration-confirmed.waitlisted.next':
    'If a place becomes free, you will get a message. You can then accept the place in the app.',
  'registration-confirmed.position': 'You are number {position} on the waiting list.',

  'waitlist-offer.subject':
    '{seats, plural, one {A place is} other {# places are}} free for you: {title}',
  'waitlist-offer.heading':
    '{seats, plural, one {A place has become free for you} other {# places have become free for you}}',
  'waitlist-offer.intro':
    'Good news: {seats, plural, one {a place has} other {# places have}} become free for “{title}”. You were on the waiting list, and now it is your turn.',
  'waitlist-offer.expires':
    'We are holding {seats, plural, one {the place} other {the places}} for you until {expiresAt, date, full}, {expiresAt, time, short}.',
  'waitlist-offer.next':
    'Please accept or decline in the app by then. Without an answer, the next person on the waiting list gets the place.',
  'waitlist-offer.action': 'Accept or decline the place',

  'event-reminder.subject': 'Reminder: {title} on {startsAt, date, long}',
  'event-reminder.heading': 'A reminder of your date',
  'event-reminder.intro': 'It is nearly time: you are registered for “{title}”.',

  'event-changed.subject': 'Date changed: {title}',
  'event-changed.heading': 'The date has changed',
  'event-changed.intro': 'The date of “{title}” has changed. Please note the new time and place.',
  'event-changed.previous':
    'Before: {previousStartsAt, date, full}, {previousStartsAt, time, short}',
  'event-changed.next':
    'Your registration stays valid, and so does your place on the waiting list. If the new date does not suit you, please cancel in the app.',

  'event-cancelled.subject': 'Cancelled: {title} on {startsAt, date, long}',
  'event-cancelled.heading': 'The date is cancelled',
  'event-cancelled.organizer':
    'Unfortunately, “{title}” on {startsAt, date, full} at {startsAt, time, short} will not take place. The organizers have cancelled the date.',
  'event-cancelled.minNotReached':
    'Unfortunately, “{title}” on {startsAt, date, full} at {startsAt, time, short} will not take place because too few people registered.',
  'event-cancelled.next':
    'Your registration for this date has therefore ended, and so has any place on its waiting list. You do not need to do anything.',
  'event-cancelled.more': 'You can find more events in the programme of the Haus der Begegnung.',
  'event-cancelled.action': 'View the programme',
  ...EN_WORKSHOP_MESSAGES,
};
