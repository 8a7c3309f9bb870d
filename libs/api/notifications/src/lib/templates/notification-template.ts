import type { Locale, NotificationPayloads, NotificationType } from '@zusammen/shared/contracts';
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
  /**
   * The secret of an account link (verify, reset, invitation) for its token id. The send processor derives it
   * with TOKEN_SECRET at render time, so neither the payload nor any table holds it. Absent in contexts that render
   * no account mail (previews of other types, benchmarks); an account template throws then.
   */
  accountLinkSecret?: (tokenId: string) => string;
  /**
   * Display names of the people a payload refers to (see {@link NotificationTemplate.referencedUserIds}), by user
   * id, as loaded at send time. A name that is missing (erased account) makes the template word it without one.
   */
  displayNames?: Readonly<Record<string, string>>;
}

export interface TemplateRecipient {
  displayName: string;
}

export interface TemplateRenderInput<P> {
  payload: P;
  /** The locale `t` formats in; for Intl formatting beyond single messages (e.g. lists). */
  locale: Locale;
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
  /** Further links, shown as text links below the button (e.g. "Forgot your password?"). */
  links?: MailLink[];
  /** An appointment the mail confirms; attached as `.ics` (METHOD:REQUEST). */
  calendarEvent?: CalendarEventInput;
}

export interface NotificationTemplate<P> {
  /** Show "Notification settings" — for mails a person can switch off, not for ones they must get. */
  preferencesLink: boolean;
  /** Users whose display names the mail shows (e.g. who sent an invitation); the processor loads them. */
  referencedUserIds?(payload: P): string[];
  render(input: TemplateRenderInput<P>): TemplateContent;
}

/** One template per notification type; a new type fails to compile until it has one. */
export type NotificationTemplates = {
  [T in NotificationType]: NotificationTemplate<NotificationPayloads[T]>;
};
