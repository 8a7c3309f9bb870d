import { BOOKING_TIME_ZONE, type Locale, type LocalizedText } from '@zusammen/shared/contracts';

/** The house's name stays German in every language (it is the name on the door). */
export const HOUSE_LOCATION = 'Haus der Begegnung Borken';

interface FeedTexts {
  /** Name of the public programme feed. */
  publicName: string;
  /** Name of the personal feed. */
  personalName: string;
  /** Before the title of a date with a seat offered from the waiting list. */
  offerPrefix: string;
  /** Description line of an offer; `{until}` is the local expiry time. */
  offerUntil: string;
  /** Description line of a registration that waits for approval. */
  requested: string;
}

const TEXTS: Record<Locale, FeedTexts> = {
  de: {
    publicName: 'Haus der Begegnung Borken – Programm',
    personalName: 'Meine Termine – Haus der Begegnung',
    offerPrefix: 'Platz frei – bitte zusagen: ',
    offerUntil: 'Der Platz ist für Sie reserviert bis {until}.',
    requested: 'Ihre Anmeldung wartet noch auf Bestätigung.',
  },
  en: {
    publicName: 'Haus der Begegnung Borken – What’s on',
    personalName: 'My dates – Haus der Begegnung',
    offerPrefix: 'Seat available – please accept: ',
    offerUntil: 'The seat is held for you until {until}.',
    requested: 'Your registration is still waiting for confirmation.',
  },
  ar: {
    publicName: 'Haus der Begegnung Borken – البرنامج',
    personalName: 'مواعيدي – Haus der Begegnung',
    offerPrefix: 'يوجد مقعد متاح – يرجى التأكيد: ',
    offerUntil: 'المقعد محجوز لك حتى {until}.',
    requested: 'تسجيلك لا يزال بانتظار التأكيد.',
  },
  fa: {
    publicName: 'Haus der Begegnung Borken – برنامه‌ها',
    personalName: 'قرارهای من – Haus der Begegnung',
    offerPrefix: 'جای خالی – لطفاً تأیید کنید: ',
    offerUntil: 'این جا تا {until} برای شما نگه داشته می‌شود.',
    requested: 'ثبت‌نام شما هنوز در انتظار تأیید است.',
  },
  uk: {
    publicName: 'Haus der Begegnung Borken – програма',
    personalName: 'Мої заходи – Haus der Begegnung',
    offerPrefix: 'Є вільне місце – підтвердіть: ',
    offerUntil: 'Місце зарезервоване для вас до {until}.',
    requested: 'Ваша реєстрація ще очікує на підтвердження.',
  },
};

export function feedTexts(locale: Locale): FeedTexts {
  return TEXTS[locale] ?? TEXTS.de;
}

/** The text in `locale`, else German (always present for titles), else ''. */
export function localized(text: Partial<LocalizedText> | null | undefined, locale: Locale): string {
  const value = text?.[locale]?.trim() || text?.de?.trim();
  return value ?? '';
}

/** `LOCATION`: the room and the house. */
export function feedLocation(roomName: string): string {
  return `${roomName}, ${HOUSE_LOCATION}`;
}

/** A local date and time for a description line, in the reader's language (Europe/Berlin). */
export function localDateTime(instant: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone: BOOKING_TIME_ZONE,
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(instant);
}
