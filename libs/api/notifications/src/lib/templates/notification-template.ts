import type { NotificationPayloads, NotificationType } from '@zusammen/shared/contracts';
import type { CalendarEventInput } from './calendar-attachment';
import type { MailLink } from './mail-layout';
import type { Translate } from './translator';

/** What every render gets besides the payload. */
export interface TemplateContext {
  /** Public base URL of the web app (PUBLIC_URL), links are built from it. */
  publicUrl: string;
  /** Official name of the sender, e.g. "Stadt Borken — Zusammenleben in Borken". */
  siteName: string;
  /** The Message-ID of the mail (`<notification-…@host>`), e.g. for calendar UIDs. */
  messageId: string;
  /** Render time; messages that say "sent on" use it. */
  now: Date;
}

export interface TemplateRecipient {
  displayName: string;
}

export interface TemplateRenderInput<P> {
  payload: P;
  recipient: TemplateRecipient;
  context: TemplateContext;
  t: Translate;
}

/** The type-specific part of a mail; the layout adds site name, greeting, footer and preferences link. */
export interface TemplateContent {
  subject: string;
  heading: string;
  paragraphs: string[];
  action?: MailLink;
  /** An appointment the mail confirms; attached as `.ics` (METHOD:REQUEST). */
  calendarEvent?: CalendarEventInput;
}

export interface NotificationTemplate<P> {
  /** Show "Notification settings" — for mails a person can switch off, not for ones they must get. */
  preferencesLink: boolean;
  render(input: TemplateRenderInput<P>): TemplateContent;
}

/** One template per notification type; a new type fails to compile until it has one. */
export type NotificationTemplates = {
  [T in NotificationType]: NotificationTemplate<NotificationPayloads[T]>;
};
