import type { NotificationPayloads } from '@zusammen/shared/contracts';
import type { NotificationTemplate } from '../notification-template';
import { isoWeekDays, SPONSORSHIP_MAIL_PATHS, sponsorshipUrl } from '../sponsorship-mail';

type DigestCount = Exclude<keyof NotificationPayloads['sponsorship-digest'], 'week'>;

/** In the order staff work them: answers, first meetings, follow-up, confirmations, certificates, waiting list. */
const COUNTS: readonly DigestCount[] = [
  'offersWaiting',
  'introsToArrange',
  'noContact',
  'trialsReady',
  'certificatesDueSoon',
  'familiesWaiting',
];

/** Weekly digest for staff: counts only, and a link to the "needs attention" list. */
export const SPONSORSHIP_DIGEST_TEMPLATE: NotificationTemplate<
  NotificationPayloads['sponsorship-digest']
> = {
  preferencesLink: true,
  render: ({ t, payload, context }) => {
    const week = isoWeekDays(payload.week);
    return {
      subject: t('sponsorship-digest.subject'),
      heading: t('sponsorship-digest.heading'),
      paragraphs: [
        ...(week ? [t('sponsorship-digest.week', { from: week.monday, to: week.sunday })] : []),
        t('sponsorship-digest.intro'),
        ...COUNTS.map((count) => t(`sponsorship-digest.${count}`, { count: payload[count] })),
      ],
      action: {
        label: t('sponsorship-digest.action'),
        url: sponsorshipUrl(context, SPONSORSHIP_MAIL_PATHS.staffAttention),
      },
    };
  },
};
