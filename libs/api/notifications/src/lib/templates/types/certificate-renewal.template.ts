import { CERTIFICATE_VALID_YEARS, type NotificationPayloads } from '@zusammen/shared/contracts';
import type { NotificationTemplate } from '../notification-template';
import { calendarDateValue, SPONSORSHIP_MAIL_PATHS, sponsorshipUrl } from '../sponsorship-mail';

export type CertificateRenewalPayload = NotificationPayloads['certificate-renewal'];

/**
 * § 72a SGB VIII re-inspection due on `renewalDueOn`, six months and one month before. The volunteer is asked to
 * request a new extended certificate (free for volunteers, with the office's letter); staff get the profile link.
 */
export const CERTIFICATE_RENEWAL_TEMPLATE: NotificationTemplate<
  NotificationPayloads['certificate-renewal']
> = {
  preferencesLink: true,
  render: ({ t, payload, context }) => {
    const dueOn = calendarDateValue(payload.renewalDueOn);
    if (!dueOn) throw new Error(`certificate-renewal: renewalDueOn is not a date`);
    if (payload.audience === 'staff') {
      return {
        subject: t('certificate-renewal.staff.subject', { dueOn }),
        heading: t('certificate-renewal.staff.heading'),
        paragraphs: [
          t('certificate-renewal.staff.intro', { dueOn }),
          t('certificate-renewal.staff.next'),
        ],
        action: {
          label: t('certificate-renewal.staff.action'),
          url: sponsorshipUrl(context, SPONSORSHIP_MAIL_PATHS.staffVolunteer(payload.volunteerId)),
        },
      };
    }
    return {
      subject:
        payload.stage === 'one_month'
          ? t('certificate-renewal.volunteer.subjectOneMonth')
          : t('certificate-renewal.volunteer.subjectSixMonths'),
      heading: t('certificate-renewal.volunteer.heading'),
      paragraphs: [
        t('certificate-renewal.volunteer.intro', { years: CERTIFICATE_VALID_YEARS, dueOn }),
        t('certificate-renewal.volunteer.howTo'),
        t('certificate-renewal.volunteer.show'),
        t('certificate-renewal.volunteer.consequence', { dueOn }),
      ],
      action: {
        label: t('certificate-renewal.volunteer.action'),
        url: sponsorshipUrl(context, SPONSORSHIP_MAIL_PATHS.volunteerProfile),
      },
    };
  },
};
