import { pageUrl } from './account-links';
import type { TemplateContext } from './notification-template';
import { calendarDateValue } from './sponsorship-mail';

/** Pages of the web app the Fahrradwerkstatt mails link to (apps/web routes). */
export const WORKSHOP_MAIL_PATHS = {
  /** The borrower's own rental, reminders, waiting-list offer and eligibility. */
  myBike: '/mein-fahrrad',
  /** The desk's list of overdue rentals (call list). */
  overdueRentals: '/werkstatt/ausleihen?ansicht=ueberfaellig',
  parts: '/werkstatt/teile',
  damageCases: '/werkstatt/schaeden',
} as const;

export function workshopUrl(context: Pick<TemplateContext, 'publicUrl'>, path: string): string {
  return pageUrl(context, path);
}

/** A required `YYYY-MM-DD` of a payload as a date value; a notification with an unreadable date is not sent. */
export function requiredCalendarDate(type: string, field: string, text: string): Date {
  const date = calendarDateValue(text);
  if (!date) throw new Error(`${type}: ${field} is not a date`);
  return date;
}
