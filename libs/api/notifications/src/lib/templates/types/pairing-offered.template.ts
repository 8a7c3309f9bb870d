import {
  SUPPORT_AREAS,
  type NotificationPayloads,
  type SupportArea,
} from '@zusammen/shared/contracts';
import type { NotificationTemplate } from '../notification-template';
import { districtName, SPONSORSHIP_MAIL_PATHS, sponsorshipUrl } from '../sponsorship-mail';

function isSupportArea(code: string): code is SupportArea {
  return (SUPPORT_AREAS as readonly string[]).includes(code);
}

/**
 * To the volunteer: the coordination office offers them a family. Only facts that name no one (district,
 * household size, children, needs); name and contact follow once the first meeting is arranged.
 */
export const PAIRING_OFFERED_TEMPLATE: NotificationTemplate<
  NotificationPayloads['pairing-offered']
> = {
  preferencesLink: true,
  render: ({ t, payload, context, locale }) => {
    const needs = payload.needs.filter(isSupportArea).map((code) => t(`support-area.${code}`));
    return {
      subject: t('pairing-offered.subject'),
      heading: t('pairing-offered.heading'),
      paragraphs: [
        t('pairing-offered.intro'),
        t('pairing-offered.district', { district: districtName(payload.district) }),
        payload.hasMinors
          ? t('pairing-offered.householdWithChildren', { count: payload.memberCount })
          : t('pairing-offered.householdWithoutChildren', { count: payload.memberCount }),
        ...(needs.length > 0
          ? [
              t('pairing-offered.needs', {
                needs: new Intl.ListFormat(locale, { type: 'conjunction' }).format(needs),
              }),
            ]
          : []),
        t('pairing-offered.privacy'),
        t('pairing-offered.next'),
      ],
      action: {
        label: t('pairing-offered.action'),
        url: sponsorshipUrl(context, SPONSORSHIP_MAIL_PATHS.volunteerPairing(payload.pairingId)),
      },
    };
  },
};
