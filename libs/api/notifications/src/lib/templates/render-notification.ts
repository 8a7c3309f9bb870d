import type { Locale, NotificationPayloads, NotificationType } from '@zusammen/shared/contracts';
import type { MailAttachment } from '../mail/mail-message';
import { pageUrl } from './account-links';
import { buildCalendarAttachment } from './calendar-attachment';
import { renderMailLayout } from './mail-layout';
import { singleLine } from './single-line';
import { MESSAGE_CATALOGS, type MessageCatalogs } from './message-catalog';
import type {
  NotificationTemplate,
  NotificationTemplates,
  TemplateContext,
  TemplateRecipient,
} from './notification-template';
import { NOTIFICATION_TEMPLATES } from './notification-templates';
import { createTranslator } from './translator';

/** Path of the notification settings in the web app. */
export const NOTIFICATION_PREFERENCES_PATH = '/einstellungen/benachrichtigungen';

export interface RenderNotificationInput<T extends NotificationType = NotificationType> {
  type: T;
  locale: Locale;
  payload: NotificationPayloads[T];
  recipient: TemplateRecipient;
  context: TemplateContext;
}

/** Subject, HTML, plain text and attachments: what `MailMessage` takes besides `to` and `messageId`. */
export interface RenderedNotification {
  subject: string;
  html: string;
  text: string;
  attachments: MailAttachment[];
}

/** Replaceable parts, for tests (e.g. a catalog without a message to see the German fallback). */
export interface RenderNotificationOptions {
  catalogs?: MessageCatalogs;
  templates?: NotificationTemplates;
}

/** Renders one notification in the recipient's locale (German for any message the locale lacks). */
export function renderNotification<T extends NotificationType>(
  input: RenderNotificationInput<T>,
  options: RenderNotificationOptions = {},
): RenderedNotification {
  const templates = options.templates ?? NOTIFICATION_TEMPLATES;
  const template: NotificationTemplate<NotificationPayloads[T]> | undefined = templates[input.type];
  if (!template) throw new Error(`No template for notification type "${String(input.type)}"`);
  const t = createTranslator(input.locale, options.catalogs ?? MESSAGE_CATALOGS);
  const content = template.render({
    payload: input.payload,
    locale: input.locale,
    recipient: input.recipient,
    context: input.context,
    t,
  });
  const subject = singleLine(content.subject);
  const { html, text } = renderMailLayout({
    locale: input.locale,
    siteName: input.context.siteName,
    localSiteName: t('layout.siteName'),
    subject,
    heading: content.heading,
    greeting: t('layout.greeting', { name: singleLine(input.recipient.displayName) }),
    paragraphs: content.paragraphs,
    action: content.action,
    links: content.links,
    automaticNotice: t('layout.automatic'),
    preferences: template.preferencesLink
      ? {
          text: t('layout.preferencesText'),
          link: {
            label: t('layout.preferencesLink'),
            url: pageUrl(input.context, NOTIFICATION_PREFERENCES_PATH),
          },
        }
      : undefined,
  });
  const attachments = content.calendarEvent
    ? [buildCalendarAttachment({ stamp: input.context.now, ...content.calendarEvent })]
    : [];
  return { subject, html, text, attachments };
}

/** The users whose display names the mail of this notification shows (to load before rendering). */
export function referencedUserIds<T extends NotificationType>(
  type: T,
  payload: NotificationPayloads[T],
  templates: NotificationTemplates = NOTIFICATION_TEMPLATES,
): string[] {
  const template: NotificationTemplate<NotificationPayloads[T]> | undefined = templates[type];
  return template?.referencedUserIds?.(payload) ?? [];
}
