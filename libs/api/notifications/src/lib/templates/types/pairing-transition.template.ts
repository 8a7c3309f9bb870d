import {
  DECLINE_REASONS,
  END_REASONS,
  STAFF_ONLY_END_REASONS,
  type DeclineReason,
  type EndReason,
  type NotificationPayloads,
} from '@zusammen/shared/contracts';
import type { CalendarEventInput } from '../calendar-attachment';
import type { NotificationTemplate, TemplateContext } from '../notification-template';
import { singleLine } from '../single-line';
import {
  calendarDateValue,
  instantValue,
  SPONSORSHIP_MAIL_PATHS,
  sponsorshipUrl,
} from '../sponsorship-mail';
import type { Translate } from '../translator';

type TransitionPayload = NotificationPayloads['pairing-transition'];

const INTRO_DURATION_MS = 60 * 60 * 1000;
/** iCalendar SEQUENCE is a 32-bit integer. */
const MAX_SEQUENCE = 2_147_483_647;

/** The reason in words: decline reasons for `decline`, end reasons for `end`; staff-only reasons only to staff. */
function reasonText(payload: TransitionPayload, t: Translate): string | null {
  const reason = payload.reason;
  if (reason === undefined) return null;
  if (payload.action === 'decline' && (DECLINE_REASONS as readonly string[]).includes(reason))
    return t(`decline-reason.${reason as DeclineReason}`);
  if (payload.action === 'end' && (END_REASONS as readonly string[]).includes(reason)) {
    const endReason = reason as EndReason;
    if (payload.audience !== 'staff' && STAFF_ONLY_END_REASONS.includes(endReason)) return null;
    return t(`end-reason.${endReason}`);
  }
  return null;
}

function host(context: TemplateContext): string {
  return /@([^>]+)>?$/.exec(context.messageId)?.[1] ?? 'zusammenleben';
}

/**
 * The first meeting as a calendar invitation. One UID per pairing, so a new date replaces the old entry; the
 * transition id rises with every change and serves as SEQUENCE.
 */
function introEvent(
  payload: TransitionPayload,
  start: Date,
  t: Translate,
  context: TemplateContext,
  url: string,
): CalendarEventInput {
  const sequence = /^\d+$/.test(payload.transitionId) ? Number(payload.transitionId) : 0;
  const place = payload.introPlace ? singleLine(payload.introPlace) : '';
  return {
    uid: `pairing-intro-${payload.pairingId}@${host(context)}`,
    start,
    end: new Date(start.getTime() + INTRO_DURATION_MS),
    summary: t('pairing-transition.introSummary'),
    location: place || undefined,
    url,
    sequence: sequence <= MAX_SEQUENCE ? sequence : 0,
    filename: 'kennenlernen.ics',
  };
}

/**
 * Every later step of a pairing (accept … end), worded for the volunteer or for staff. Free-text notes never go
 * into mails; reasons are codes worded here. Scheduling the first meeting attaches it as a calendar event.
 */
export const PAIRING_TRANSITION_TEMPLATE: NotificationTemplate<TransitionPayload> = {
  preferencesLink: true,
  render: ({ t, payload, context }) => {
    const { action, audience } = payload;
    const url = sponsorshipUrl(
      context,
      audience === 'staff'
        ? SPONSORSHIP_MAIL_PATHS.staffPairing(payload.pairingId)
        : SPONSORSHIP_MAIL_PATHS.volunteerPairing(payload.pairingId),
    );
    const paragraphs = [t(`pairing-transition.${action}.${audience}.body`)];
    const reason = reasonText(payload, t);
    if (reason) paragraphs.push(t('pairing-transition.reason', { reason }));

    const introAt = action === 'schedule_intro' ? instantValue(payload.introAt) : null;
    const introPlace = payload.introPlace ? singleLine(payload.introPlace) : '';
    if (introAt) paragraphs.push(t('pairing-transition.introWhen', { at: introAt }));
    if (action === 'schedule_intro' && introPlace)
      paragraphs.push(t('pairing-transition.introWhere', { place: introPlace }));
    if (introAt) paragraphs.push(t('pairing-transition.introCalendar'));

    const resumeOn = action === 'pause' ? calendarDateValue(payload.resumeOn) : null;
    if (resumeOn) paragraphs.push(t('pairing-transition.resumeOn', { resumeOn }));

    return {
      subject: t(`pairing-transition.${action}.${audience}.subject`),
      heading: t(`pairing-transition.${action}.${audience}.subject`),
      paragraphs,
      action: { label: t('pairing-transition.action'), url },
      calendarEvent: introAt ? introEvent(payload, introAt, t, context, url) : undefined,
    };
  },
};
