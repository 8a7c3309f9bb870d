import {
  ACTIVE_REGISTRATION_STATUSES,
  BOOKING_TIME_ZONE,
  type EventAudience,
  type Locale,
  type LocalizedText,
  type OccurrenceStatus,
  type OpeningHours,
  type RegistrationStatus,
  type RoomBookingKind,
  type RoomBookingStatus,
  type WaitlistStatus,
} from '@zusammen/shared/contracts';
import {
  addDays,
  expandSeries,
  isoWeekday,
  localDateOf,
  localDayBounds,
  offerExpiresAt,
  toRRule,
  zonedInstant,
} from '@zusammen/shared/util';

/**
 * Haus der Begegnung demo data: room bookings, a weekly series and events with registrations and waiting lists in
 * every state, so that a newcomer sees the house working at once — an organizer's calendar and bookings, a request
 * waiting for the house manager, the public programme with free, full and not-yet-confirmed dates, a resident's
 * "my dates" with a waiting-list offer, check-in lists of past dates.
 *
 * This file is the plan, pure and relative to the seed time in Europe/Berlin (`planBookingDemo(now)`), so the data
 * always looks current; booking-demo.ts writes it. `seats_taken` of every date is the registered party sizes plus
 * the seats offered to the waiting list (invariant 5), computed from the same plan the rows come from.
 */

/** What the plan needs of a demo room (see DEMO_ROOMS). */
export interface BookingDemoRoom {
  slug: string;
  capacity: number;
  setupMinutes: number;
  teardownMinutes: number;
  openingHours: readonly OpeningHours[];
}

/** Who is registered or waiting: an account by email, the demo account without email (by name), or a walk-in. */
export type DemoParticipant =
  | { email: string }
  | { accountName: string }
  | { walkIn: string; phone: string | null; locale: Locale };

export interface DemoRegistrationPlan {
  who: DemoParticipant;
  partySize: number;
  status: RegistrationStatus;
  /** Registered at the front desk by staff (channel `desk`), else by the person online. */
  desk: boolean;
}

export interface DemoWaitlistPlan {
  who: DemoParticipant;
  partySize: number;
  status: WaitlistStatus;
  /** `offered`: seats held until `offerExpiresAt`. */
  offeredSeats?: number;
  offerExpiresAt?: Date;
  /** `accepted`: index of the registration the offer became. */
  registrationIndex?: number;
}

export interface DemoOccurrencePlan {
  status: OccurrenceStatus;
  /** The minimum-participants check already ran (the date was decided). */
  minChecked: boolean;
  registrations: DemoRegistrationPlan[];
  waitlist: DemoWaitlistPlan[];
}

export interface DemoEventPlan {
  title: LocalizedText;
  description: LocalizedText;
  audience: EventAudience;
  public: boolean;
  languages: Locale[];
  capacity: number;
  requiresApproval: boolean;
  waitlistEnabled: boolean;
  minParticipants: number | null;
  minDecisionHours: number;
}

export interface DemoBookingPlan {
  /** Idempotency key of the scenario (on its first row, per creator). */
  key: string;
  roomSlug: string;
  kind: RoomBookingKind;
  /** Null for closures. */
  organizerEmail: string | null;
  createdByEmail: string;
  title: string;
  date: string;
  startsAt: Date;
  endsAt: Date;
  status: RoomBookingStatus;
  decisionReason: string | null;
  decidedByEmail: string | null;
  event: (DemoEventPlan & { occurrence: DemoOccurrencePlan }) | null;
}

export interface DemoSeriesDatePlan {
  date: string;
  startsAt: Date;
  endsAt: Date;
  status: RoomBookingStatus;
  isOverride: boolean;
  decisionReason: string | null;
  occurrence: DemoOccurrencePlan;
}

export interface DemoSeriesPlan {
  key: string;
  roomSlug: string;
  organizerEmail: string;
  title: string;
  rrule: string;
  localStartDate: string;
  startTime: string;
  endTime: string;
  exdates: string[];
  materialisedUntil: string;
  dates: DemoSeriesDatePlan[];
  event: DemoEventPlan;
}

export interface BookingDemoPlan {
  today: string;
  holiday: { date: string; name: string };
  bookings: DemoBookingPlan[];
  series: DemoSeriesPlan[];
  /** Weekly booking limits (minutes) of organizers, by email. */
  quotas: { organizerEmail: string; weeklyMinutes: number }[];
}

export interface BookingDemoResult {
  bookings: number;
  events: number;
  registrations: number;
}

const TZ = BOOKING_TIME_ZONE;
/** Offers of the Nähcafé are held 12 hours (the default). */
const SEWING_HOLD_HOURS = 12;

const ORGANIZER = 'organizer@demo.zusammenleben.invalid';
const ORGANIZER2 = 'organizer2@demo.zusammenleben.invalid';
export const STAFF = 'staff@demo.zusammenleben.invalid';
const STAFF2 = 'staff2@demo.zusammenleben.invalid';
const RESIDENT = 'resident@demo.zusammenleben.invalid';
const email = (local: string): { email: string } => ({
  email: `${local}@demo.zusammenleben.invalid`,
});
export const RESIDENT_WITHOUT_EMAIL = { accountName: 'Yusuf Hamdan' } as const;
const walkIn = (name: string, phone: string | null = null, locale: Locale = 'de') => ({
  walkIn: name,
  phone,
  locale,
});

/** Seats a date holds: registered party sizes (requested, confirmed, checked in) plus seats offered to the waiting list. */
export function seatsTaken(occurrence: DemoOccurrencePlan): number {
  const registered = occurrence.registrations
    .filter((r) => (ACTIVE_REGISTRATION_STATUSES as readonly string[]).includes(r.status))
    .reduce((sum, r) => sum + r.partySize, 0);
  const offered = occurrence.waitlist
    .filter((w) => w.status === 'offered')
    .reduce((sum, w) => sum + (w.offeredSeats ?? 0), 0);
  return registered + offered;
}

/** Public holidays in NRW on fixed dates (the movable ones need Easter; one closure is enough for the demo). */
const FIXED_HOLIDAYS: readonly { monthDay: string; name: string }[] = [
  { monthDay: '01-01', name: 'Neujahr' },
  { monthDay: '05-01', name: 'Tag der Arbeit' },
  { monthDay: '10-03', name: 'Tag der Deutschen Einheit' },
  { monthDay: '11-01', name: 'Allerheiligen' },
  { monthDay: '12-25', name: '1. Weihnachtstag' },
  { monthDay: '12-26', name: '2. Weihnachtstag' },
];

/** The first fixed public holiday at least a week after `today`. */
export function nextHoliday(today: string): { date: string; name: string } {
  const earliest = addDays(today, 7);
  const year = Number(today.slice(0, 4));
  const candidates = [year, year + 1].flatMap((y) =>
    FIXED_HOLIDAYS.map((h) => ({ date: `${y}-${h.monthDay}`, name: h.name })),
  );
  return candidates.find((h) => h.date >= earliest) as { date: string; name: string };
}

function occurrence(
  registrations: DemoRegistrationPlan[],
  waitlist: DemoWaitlistPlan[] = [],
  status: OccurrenceStatus = 'scheduled',
  minChecked = false,
): DemoOccurrencePlan {
  return { status, minChecked, registrations, waitlist };
}

const reg = (
  who: DemoParticipant,
  partySize: number,
  status: RegistrationStatus = 'confirmed',
  desk = false,
): DemoRegistrationPlan => ({ who, partySize, status, desk });

const DEUTSCH_CAFE: DemoEventPlan = {
  title: {
    de: 'Deutsch-Café',
    en: 'German Café',
    ar: 'مقهى اللغة الألمانية',
    uk: 'Німецьке кафе',
    fa: 'کافهٔ زبان آلمانی',
  },
  description: {
    de: 'Deutsch üben bei Kaffee und Tee – für alle Sprachniveaus. Ehrenamtliche helfen beim Sprechen, bei Briefen und Formularen. Kinder sind willkommen.',
    en: 'Practise German over coffee and tea – all levels welcome. Volunteers help with speaking, letters and forms. Children are welcome.',
    ar: 'تدرّب على اللغة الألمانية مع القهوة والشاي – لجميع المستويات. يساعدك متطوعون في المحادثة وفي الرسائل والاستمارات. الأطفال مرحَّب بهم.',
    uk: 'Практикуйте німецьку за кавою та чаєм – для будь-якого рівня. Волонтери допомагають розмовляти, читати листи й заповнювати формуляри. Діти – бажані гості.',
    fa: 'تمرین زبان آلمانی با چای و قهوه – برای همهٔ سطح‌ها. داوطلبان در گفت‌وگو، نامه‌ها و فرم‌ها کمک می‌کنند. کودکان هم خوش آمده‌اند.',
  },
  audience: 'everyone',
  public: true,
  languages: ['de', 'ar', 'uk', 'fa'],
  capacity: 14,
  requiresApproval: false,
  waitlistEnabled: true,
  minParticipants: null,
  minDecisionHours: 48,
};

const COOKING: DemoEventPlan = {
  title: {
    de: 'Internationaler Kochabend',
    en: 'International cooking evening',
    ar: 'أمسية طبخ عالمية',
    uk: 'Міжнародний кулінарний вечір',
    fa: 'شب آشپزی بین‌المللی',
  },
  description: {
    de: 'Wir kochen gemeinsam Gerichte aus Syrien, der Ukraine, Afghanistan und dem Münsterland und essen zusammen. Die Zutaten sind da; bitte eine Schürze mitbringen.',
    en: 'Together we cook dishes from Syria, Ukraine, Afghanistan and the Münsterland, and then eat together. Ingredients are provided; please bring an apron.',
    ar: 'نطبخ معًا أطباقًا من سوريا وأوكرانيا وأفغانستان ومنطقة مونسترلاند ونأكلها سويةً. المكونات متوفرة، يُرجى إحضار مريلة.',
    uk: 'Разом готуємо страви з Сирії, України, Афганістану та Мюнстерланду й вечеряємо разом. Продукти є, візьміть, будь ласка, фартух.',
    fa: 'با هم غذاهایی از سوریه، اوکراین، افغانستان و منطقهٔ مونسترلند می‌پزیم و با هم می‌خوریم. مواد لازم آماده است؛ لطفاً یک پیش‌بند بیاورید.',
  },
  audience: 'everyone',
  public: true,
  languages: ['de', 'en', 'ar', 'uk', 'fa'],
  capacity: 14,
  requiresApproval: false,
  waitlistEnabled: true,
  minParticipants: null,
  minDecisionHours: 48,
};

const SEWING: DemoEventPlan = {
  title: {
    de: 'Nähcafé',
    en: 'Sewing café',
    ar: 'مقهى الخياطة',
    uk: 'Швейне кафе',
    fa: 'کافهٔ خیاطی',
  },
  description: {
    de: 'Kleidung ausbessern, Taschen nähen, voneinander lernen. Nähmaschinen und Stoffe sind vorhanden.',
    en: 'Mend clothes, sew bags, learn from each other. Sewing machines and fabric are provided.',
    ar: 'إصلاح الملابس وخياطة الحقائب والتعلّم من بعضنا. ماكينات الخياطة والأقمشة متوفرة.',
    uk: 'Лагодимо одяг, шиємо сумки, вчимося одне в одного. Швейні машини й тканини є.',
    fa: 'تعمیر لباس، دوختن کیف و یادگیری از یکدیگر. چرخ خیاطی و پارچه آماده است.',
  },
  audience: 'everyone',
  public: true,
  languages: ['de', 'ar', 'uk'],
  capacity: 10,
  requiresApproval: false,
  waitlistEnabled: true,
  minParticipants: null,
  minDecisionHours: 48,
};

const APPLICATION_TRAINING: DemoEventPlan = {
  title: {
    de: 'Bewerbungstraining für junge Erwachsene',
    en: 'Job application training for young adults',
    ar: 'تدريب على طلبات العمل للشباب',
    uk: 'Тренінг із пошуку роботи для молоді',
    fa: 'آموزش درخواست کار برای جوانان',
  },
  description: {
    de: 'Lebenslauf, Anschreiben und Vorstellungsgespräch üben. Bitte Zeugnisse mitbringen. Die Jugendberufshilfe bestätigt die Anmeldungen.',
    en: 'Practise your CV, cover letter and job interview. Please bring your certificates. The youth career service confirms registrations.',
  },
  audience: 'youth',
  public: true,
  languages: ['de', 'en'],
  capacity: 12,
  requiresApproval: true,
  waitlistEnabled: true,
  minParticipants: null,
  minDecisionHours: 48,
};

const CYCLING: DemoEventPlan = {
  title: {
    de: 'Fahrradkurs für Frauen',
    en: 'Cycling course for women',
    ar: 'دورة ركوب الدراجات للنساء',
    uk: 'Велокурс для жінок',
    fa: 'دورهٔ دوچرخه‌سواری برای زنان',
  },
  description: {
    de: 'Verkehrsregeln, sicheres Anfahren und Bremsen – erst im Seminarraum, dann auf dem Hof. Der Kurs findet ab sechs Anmeldungen statt.',
    en: 'Traffic rules, starting off and braking safely – first in the seminar room, then in the yard. The course takes place with at least six participants.',
    ar: 'قواعد المرور والانطلاق والتوقف بأمان – أولًا في قاعة الدروس ثم في الساحة. تُقام الدورة إذا سجّلت ست مشاركات على الأقل.',
    fa: 'قوانین رانندگی، راه افتادن و ترمز گرفتن ایمن – اول در کلاس، بعد در حیاط. این دوره با دست‌کم شش ثبت‌نام برگزار می‌شود.',
  },
  audience: 'women',
  public: true,
  languages: ['de', 'ar', 'fa'],
  capacity: 10,
  requiresApproval: false,
  waitlistEnabled: true,
  minParticipants: 6,
  minDecisionHours: 48,
};

const GAMES: DemoEventPlan = {
  title: {
    de: 'Spielenachmittag für Familien',
    en: 'Family games afternoon',
    ar: 'عصر الألعاب للعائلات',
    uk: 'Ігровий день для родин',
    fa: 'بعدازظهر بازی برای خانواده‌ها',
  },
  description: {
    de: 'Brettspiele und Bewegungsspiele für Groß und Klein. Findet ab fünf Anmeldungen statt.',
  },
  audience: 'families',
  public: true,
  languages: ['de'],
  capacity: 12,
  requiresApproval: false,
  waitlistEnabled: true,
  minParticipants: 5,
  // decided early, so that the demo shows a date already cancelled for too few participants
  minDecisionHours: 120,
};

const BREAKFAST: DemoEventPlan = {
  title: {
    de: 'Willkommensfrühstück für neue Nachbarinnen und Nachbarn',
    en: 'Welcome breakfast for new neighbours',
    ar: 'فطور ترحيبي للجيران الجدد',
    uk: 'Вітальний сніданок для нових сусідів',
    fa: 'صبحانهٔ خوشامدگویی برای همسایه‌های تازه',
  },
  description: {
    de: 'Ankommen, kennenlernen, Fragen stellen: Beratung, Vereine und Ehrenamtliche stellen sich vor.',
  },
  audience: 'everyone',
  public: true,
  languages: ['de', 'ar', 'uk', 'fa'],
  capacity: 12,
  requiresApproval: false,
  waitlistEnabled: true,
  minParticipants: null,
  minDecisionHours: 48,
};

const VOLUNTEER_EXCHANGE: DemoEventPlan = {
  title: {
    de: 'Erfahrungsaustausch der Ehrenamtlichen',
    en: 'Volunteers’ exchange of experience',
    ar: 'لقاء تبادل الخبرات بين المتطوعين',
    uk: 'Обмін досвідом волонтерів',
    fa: 'دیدار تبادل تجربهٔ داوطلبان',
  },
  description: {
    de: 'Ehrenamtliche aus Patenschaften, Deutsch-Café und Fahrradwerkstatt berichten, was gut läuft und wo sie Unterstützung brauchen.',
  },
  audience: 'volunteers',
  public: false,
  languages: ['de'],
  capacity: 40,
  requiresApproval: false,
  waitlistEnabled: false,
  minParticipants: null,
  minDecisionHours: 48,
};

/** A single booking as the plan writes it: the organizer books it themselves. */
interface SingleSpec {
  key: string;
  roomSlug: string;
  organizerEmail: string;
  title: string;
  date: string;
  start: string;
  end: string;
  status: RoomBookingStatus;
  decisionReason?: string;
  decidedByEmail?: string;
  event?: DemoBookingPlan['event'];
}

/** The first date on or after `from` with the ISO weekday (1 = Monday … 7 = Sunday). */
function onOrAfter(from: string, weekday: number): string {
  return addDays(from, (weekday - isoWeekday(from) + 7) % 7);
}

/** The last date on or before `from` with the ISO weekday. */
function onOrBefore(from: string, weekday: number): string {
  return addDays(from, -((isoWeekday(from) - weekday + 7) % 7));
}

/**
 * The whole demo relative to `now`: which rows to write, with every date in Borken's local time. Pure, so a unit
 * spec can check it for any seed time (no overlaps, inside opening hours, seats adding up, every state present).
 */
export function planBookingDemo(now: Date, rooms: readonly BookingDemoRoom[]): BookingDemoPlan {
  const today = localDateOf(now, TZ);
  const holiday = nextHoliday(today);
  const at = (date: string, time: string): Date => zonedInstant(date, time, TZ);
  /** A weekday date at least `offset` days ahead, never the holiday. */
  const pick = (offset: number, weekday: number): string => {
    const date = onOrAfter(addDays(today, offset), weekday);
    return date === holiday.date ? addDays(date, 7) : date;
  };
  /** The first Monday–Friday at least `offset` days ahead, never the holiday. */
  const workday = (offset: number): string => {
    let date = addDays(today, offset);
    while (isoWeekday(date) > 5 || date === holiday.date) date = addDays(date, 1);
    return date;
  };
  const single = (spec: SingleSpec): DemoBookingPlan => ({
    key: spec.key,
    roomSlug: spec.roomSlug,
    kind: 'booking',
    organizerEmail: spec.organizerEmail,
    createdByEmail: spec.organizerEmail,
    title: spec.title,
    date: spec.date,
    startsAt: at(spec.date, spec.start),
    endsAt: at(spec.date, spec.end),
    status: spec.status,
    decisionReason: spec.decisionReason ?? null,
    decidedByEmail: spec.decidedByEmail ?? null,
    event: spec.event ?? null,
  });

  // Nähcafé: full, one earlier offer expired, one accepted, one open offer, two still waiting
  const sewingDate = pick(2, 4);
  const sewingStart = at(sewingDate, '09:30');
  const sewing = single({
    key: 'demo-hdb-naehcafe',
    roomSlug: 'kreativraum',
    organizerEmail: ORGANIZER2,
    title: SEWING.title.de,
    date: sewingDate,
    start: '09:30',
    end: '12:00',
    status: 'confirmed',
    event: {
      ...SEWING,
      occurrence: occurrence(
        [
          reg(email('volunteer3'), 1),
          reg(email('volunteer9'), 2),
          reg(email('volunteer5'), 1),
          reg(RESIDENT_WITHOUT_EMAIL, 1, 'confirmed', true),
          reg(walkIn('Familie Nguyen', '02861 900 4711'), 3, 'confirmed', true),
          reg(email('volunteer4'), 1, 'cancelled'),
          reg(email('volunteer2'), 1),
        ],
        [
          { who: email('volunteer10'), partySize: 1, status: 'expired' },
          { who: email('volunteer2'), partySize: 1, status: 'accepted', registrationIndex: 6 },
          {
            who: { email: RESIDENT },
            partySize: 1,
            status: 'offered',
            offeredSeats: 1,
            offerExpiresAt: offerExpiresAt(now, sewingStart, SEWING_HOLD_HOURS),
          },
          { who: email('volunteer8'), partySize: 2, status: 'waiting' },
          { who: walkIn('Fatma Yılmaz', '02861 900 1234'), partySize: 1, status: 'waiting' },
        ],
      ),
    },
  });

  const cookingDate = pick(3, 5);
  const cyclingDate = pick(5, 6);
  const gamesDate = workday(1);
  const trainingDate = pick(7, 3);
  const exchangeDate = pick(9, 3);
  const breakfastDate = onOrBefore(addDays(today, -2), 6);

  const bookings: DemoBookingPlan[] = [
    // confirmed single bookings without an event
    single({
      key: 'demo-hdb-vorstand',
      roomSlug: 'seminarraum',
      organizerEmail: ORGANIZER2,
      title: 'Vorstandssitzung Förderverein Haus der Begegnung e. V.',
      date: pick(1, 1),
      start: '19:00',
      end: '21:00',
      status: 'confirmed',
    }),
    single({
      key: 'demo-hdb-sozialberatung',
      roomSlug: 'beratungsraum',
      organizerEmail: STAFF2,
      title: 'Offene Sozialberatung',
      date: workday(1),
      start: '09:00',
      end: '12:00',
      status: 'confirmed',
    }),
    // a request waiting for the house manager (the Großer Saal needs approval)
    single({
      key: 'demo-hdb-infoabend',
      roomSlug: 'grosser-saal',
      organizerEmail: ORGANIZER,
      title: 'Infoabend Ausbildung und Beruf',
      date: pick(14, 4),
      start: '18:00',
      end: '21:00',
      status: 'pending',
    }),
    // a rejected request with the house manager's reason
    single({
      key: 'demo-hdb-familienfeier',
      roomSlug: 'grosser-saal',
      organizerEmail: ORGANIZER2,
      title: 'Familienfeier (privat)',
      date: pick(10, 6),
      start: '14:00',
      end: '18:00',
      status: 'rejected',
      decisionReason:
        'Der Große Saal ist für private Feiern leider nicht vorgesehen. Für Familienfeiern vermietet die Stadt das Bürgerhaus – wir helfen gern bei der Anfrage.',
      decidedByEmail: STAFF,
    }),
    // closures of every room on the next public holiday
    ...rooms.map((room) => {
      const day = localDayBounds(holiday.date, TZ);
      return {
        key: `demo-hdb-feiertag-${room.slug}`,
        roomSlug: room.slug,
        kind: 'blackout' as const,
        organizerEmail: null,
        createdByEmail: STAFF,
        title: `Geschlossen: ${holiday.name}`,
        date: holiday.date,
        startsAt: day.start,
        endsAt: day.end,
        status: 'confirmed' as const,
        decisionReason: null,
        decidedByEmail: null,
        event: null,
      };
    }),
    // public event with free places (one registration was cancelled)
    single({
      key: 'demo-hdb-kochabend',
      roomSlug: 'begegnungscafe',
      organizerEmail: ORGANIZER,
      title: COOKING.title.de,
      date: cookingDate,
      start: '17:00',
      end: '21:00',
      status: 'confirmed',
      event: {
        ...COOKING,
        occurrence: occurrence([
          reg(email('volunteer'), 2),
          reg(email('volunteer5'), 3),
          reg(email('volunteer4'), 2, 'cancelled'),
        ]),
      },
    }),
    sewing,
    // needs approval: one requested, one confirmed, one declined
    single({
      key: 'demo-hdb-bewerbungstraining',
      roomSlug: 'seminarraum',
      organizerEmail: ORGANIZER2,
      title: APPLICATION_TRAINING.title.de,
      date: trainingDate,
      start: '16:00',
      end: '18:00',
      status: 'confirmed',
      event: {
        ...APPLICATION_TRAINING,
        occurrence: occurrence([
          reg({ email: RESIDENT }, 1, 'requested'),
          reg(email('volunteer6'), 1),
          reg(email('volunteer7'), 1, 'declined'),
        ]),
      },
    }),
    // minimum of six not reached yet (decided 48 h before the start)
    single({
      key: 'demo-hdb-fahrradkurs',
      roomSlug: 'seminarraum',
      organizerEmail: ORGANIZER2,
      title: CYCLING.title.de,
      date: cyclingDate,
      start: '10:00',
      end: '12:00',
      status: 'confirmed',
      event: {
        ...CYCLING,
        occurrence: occurrence([
          reg(email('volunteer2'), 1),
          reg({ email: RESIDENT }, 1),
          reg(walkIn('Amal Saeed', '02861 900 5566', 'ar'), 1, 'confirmed', true),
        ]),
      },
    }),
    // cancelled because too few registered (the booking stays, as the job leaves it)
    single({
      key: 'demo-hdb-spielenachmittag',
      roomSlug: 'kreativraum',
      organizerEmail: ORGANIZER,
      title: GAMES.title.de,
      date: gamesDate,
      start: '16:00',
      end: '18:00',
      status: 'confirmed',
      event: {
        ...GAMES,
        occurrence: occurrence(
          [reg(email('volunteer3'), 2)],
          [],
          'cancelled_min_not_reached',
          true,
        ),
      },
    }),
    // internal event for volunteers (not public), booked by staff
    single({
      key: 'demo-hdb-ehrenamtstreffen',
      roomSlug: 'grosser-saal',
      organizerEmail: STAFF,
      title: VOLUNTEER_EXCHANGE.title.de,
      date: exchangeDate,
      start: '18:00',
      end: '20:00',
      status: 'confirmed',
      event: {
        ...VOLUNTEER_EXCHANGE,
        occurrence: occurrence([
          reg(email('volunteer'), 1),
          reg(email('volunteer3'), 1),
          reg(email('volunteer4'), 1),
        ]),
      },
    }),
    // past and full: everyone checked in but one; the waiting list closed at the start
    single({
      key: 'demo-hdb-willkommensfruehstueck',
      roomSlug: 'begegnungscafe',
      organizerEmail: ORGANIZER,
      title: BREAKFAST.title.de,
      date: breakfastDate,
      start: '10:00',
      end: '12:00',
      status: 'confirmed',
      event: {
        ...BREAKFAST,
        occurrence: occurrence(
          [
            reg({ email: RESIDENT }, 1, 'checked_in'),
            reg(RESIDENT_WITHOUT_EMAIL, 1, 'checked_in', true),
            reg(email('volunteer2'), 2, 'checked_in'),
            reg(walkIn('Familie Haddad', '02861 900 2020', 'ar'), 4, 'checked_in', true),
            reg(email('volunteer5'), 3, 'checked_in'),
            reg(email('volunteer9'), 1),
          ],
          [{ who: email('volunteer8'), partySize: 1, status: 'closed' }],
        ),
      },
    }),
  ];

  return {
    today,
    holiday,
    bookings,
    series: [planDeutschCafe(now, today, holiday.date)],
    quotas: [{ organizerEmail: ORGANIZER2, weeklyMinutes: 8 * 60 }],
  };
}

/**
 * "Deutsch-Café", Tuesdays 18:00–20:00 in the Begegnungscafé, from three weeks ago for half a year: past dates with
 * check-ins, the next date with a desk registration of a walk-in, one date moved ("this date only"), one
 * cancelled (exdate), and the holiday left out when it is a Tuesday.
 */
function planDeutschCafe(now: Date, today: string, holiday: string): DemoSeriesPlan {
  const first = onOrBefore(addDays(today, -15), 2);
  const until = addDays(first, 26 * 7);
  const rrule = toRRule({ frequency: 'WEEKLY', byWeekday: ['TU'], until }, first);
  const exdates =
    isoWeekday(holiday) === 2 && holiday >= first && holiday <= until ? [holiday] : [];
  const dates = expandSeries({
    rrule,
    localStartDate: first,
    startTime: '18:00',
    endTime: '20:00',
    tzid: TZ,
    exdates,
    until,
  });
  const pastTemplates: DemoRegistrationPlan[][] = [
    [
      reg({ email: RESIDENT }, 1, 'checked_in'),
      reg(email('volunteer5'), 1, 'checked_in'),
      reg(walkIn('Herr Popescu'), 1, 'checked_in', true),
      reg(RESIDENT_WITHOUT_EMAIL, 1, 'checked_in', true),
    ],
    [
      reg({ email: RESIDENT }, 1, 'checked_in'),
      reg(RESIDENT_WITHOUT_EMAIL, 1, 'checked_in', true),
      reg(email('volunteer2'), 1),
    ],
    [
      reg({ email: RESIDENT }, 1, 'checked_in'),
      reg(email('volunteer5'), 1, 'checked_in'),
      reg(walkIn('Frau Demir'), 2, 'checked_in', true),
    ],
  ];
  let past = 0;
  let future = 0;
  const planned = dates.map((d): DemoSeriesDatePlan => {
    if (d.startsAt.getTime() <= now.getTime()) {
      const registrations = pastTemplates[past % pastTemplates.length];
      past += 1;
      return {
        ...d,
        status: 'confirmed',
        isOverride: false,
        decisionReason: null,
        occurrence: occurrence(registrations),
      };
    }
    const index = future;
    future += 1;
    if (index === 0)
      // the next date: online, at the desk with an account, and a walk-in with a name only
      return {
        ...d,
        status: 'confirmed',
        isOverride: false,
        decisionReason: null,
        occurrence: occurrence([
          reg({ email: RESIDENT }, 1),
          reg(RESIDENT_WITHOUT_EMAIL, 1, 'confirmed', true),
          reg(walkIn('Frau Demir'), 2, 'confirmed', true),
        ]),
      };
    if (index === 1)
      // moved earlier that day, this date only (the Großer Saal needs the kitchen in the evening)
      return {
        date: d.date,
        startsAt: zonedInstant(d.date, '16:30', TZ),
        endsAt: zonedInstant(d.date, '18:30', TZ),
        status: 'confirmed',
        isOverride: true,
        decisionReason: null,
        occurrence: occurrence([reg(email('volunteer5'), 1)]),
      };
    if (index === 2)
      // cancelled by the organizer: the registration stays, the date is an exdate
      return {
        ...d,
        status: 'cancelled',
        isOverride: false,
        decisionReason: 'Fällt aus: Das Team ist auf einer Fortbildung.',
        occurrence: occurrence([reg({ email: RESIDENT }, 1)], [], 'cancelled'),
      };
    return {
      ...d,
      status: 'confirmed',
      isOverride: false,
      decisionReason: null,
      occurrence: occurrence([]),
    };
  });
  const cancelled = planned.filter((d) => d.status === 'cancelled').map((d) => d.date);
  return {
    key: 'demo-hdb-deutsch-cafe',
    roomSlug: 'begegnungscafe',
    organizerEmail: ORGANIZER,
    title: DEUTSCH_CAFE.title.de,
    rrule,
    localStartDate: first,
    startTime: '18:00',
    endTime: '20:00',
    exdates: [...exdates, ...cancelled].sort(),
    materialisedUntil: until,
    dates: planned,
    event: DEUTSCH_CAFE,
  };
}
