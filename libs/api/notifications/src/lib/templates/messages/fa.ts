import type { PartialMessageCatalog } from '../message-catalog';
import { FA_WORKSHOP_MESSAGES } from './workshop-fa';

export const FA_MESSAGES: PartialMessageCatalog = {
  'layout.siteName': 'شهر بورکن — زندگی با هم در بورکن',
  'layout.greeting': 'سلام {name}،',
  'layout.automatic': 'این ایمیل به‌طور خودکار فرستاده شده است. لطفاً به آن پاسخ ندهید.',
  'layout.preferencesText': 'می‌توانید خودتان انتخاب کنید که کدام پیام‌ها را با ایمیل دریافت کنید.',
  'layout.preferencesLink': 'تنظیمات اعلان‌ها',

  'mail-check.subject': 'پیام آزمایشی: نشانی ایمیل شما کار می‌کند',
  'mail-check.heading': 'نشانی ایمیل شما کار می‌کند',
  'mail-check.intro':
    'این یک پیام آزمایشی است. شهر بورکن آن را فرستاده است تا مطمئن شود ایمیل‌ها به دست شما می‌رسند.',
  'mail-check.result': 'پیام رسیده است. لازم نیست کاری انجام دهید.',
  'mail-check.sentAt': 'فرستاده‌شده در {sentAt, date, long}، ساعت {sentAt, time, short}.',
  'mail-check.unexpected': 'منتظر این پیام نبودید؟ در این صورت می‌توانید آن را به‌سادگی پاک کنید.',

  'email-verification.subject': 'لطفاً نشانی ایمیل خود را تأیید کنید',
  'email-verification.heading': 'نشانی ایمیل خود را تأیید کنید',
  'email-verification.intro':
    'شما در «زندگی با هم در بورکن» یک حساب کاربری ساخته‌اید. لطفاً اکنون نشانی ایمیل خود را تأیید کنید. پس از آن می‌توانید وارد شوید.',
  'email-verification.validity': 'این پیوند {hours, plural, other {# ساعت}} معتبر است.',
  'email-verification.action': 'تأیید نشانی ایمیل',
  'email-verification.unexpected':
    'حساب کاربری نساخته‌اید؟ در این صورت می‌توانید این ایمیل را به‌سادگی پاک کنید. بدون تأیید، هیچ حسابی فعال نمی‌شود.',

  'account-exists.subject': 'شما از قبل یک حساب کاربری دارید',
  'account-exists.heading': 'برای این نشانی ایمیل از قبل یک حساب کاربری وجود دارد',
  'account-exists.intro':
    'کسی – شاید خود شما – همین حالا خواست با این نشانی ایمیل یک حساب کاربری تازه بسازد. اما برای این نشانی از قبل یک حساب کاربری وجود دارد.',
  'account-exists.ifYou':
    'خودتان بودید؟ در این صورت کافی است با رمز عبور خود وارد شوید. رمز عبور خود را فراموش کرده‌اید؟ در این صورت می‌توانید یک رمز عبور تازه تعیین کنید.',
  'account-exists.notYou':
    'خودتان نبودید؟ در این صورت می‌توانید این ایمیل را به‌سادگی پاک کنید. در حساب کاربری شما چیزی تغییر نکرده است.',
  'account-exists.signIn': 'ورود',
  'account-exists.forgotPassword': 'رمز عبور را فراموش کرده‌اید؟',

  'password-reset.subject': 'تعیین رمز عبور تازه',
  'password-reset.heading': 'یک رمز عبور تازه برای حساب خود تعیین کنید',
  'password-reset.intro':
    'برای حساب کاربری خود رمز عبور تازه می‌خواهید؟ در این صورت پیوند زیر را باز کنید و یک رمز عبور تازه تعیین کنید.',
  'password-reset.validity':
    'این پیوند {minutes, plural, other {# دقیقه}} معتبر است. فقط یک بار می‌توانید از آن استفاده کنید.',
  'password-reset.action': 'تعیین رمز عبور تازه',
  'password-reset.unexpected':
    'رمز عبور تازه نخواسته‌اید؟ در این صورت می‌توانید این ایمیل را به‌سادگی پاک کنید. رمز عبور شما همان می‌ماند.',

  'password-changed.subject': 'رمز عبور شما تغییر کرد',
  'password-changed.heading': 'رمز عبور شما تغییر کرد',
  'password-changed.intro': 'رمز عبور حساب کاربری شما در «زندگی با هم در بورکن» تغییر کرد.',
  'password-changed.ifYou':
    'خودتان بودید؟ در این صورت همه چیز درست است. لازم نیست کاری انجام دهید.',
  'password-changed.notYou':
    'خودتان نبودید؟ در این صورت لطفاً همین حالا یک رمز عبور تازه تعیین کنید. این‌طور کس دیگری نمی‌تواند از حساب کاربری شما استفاده کند.',
  'password-changed.action': 'تعیین رمز عبور تازه',

  'account-invitation.subject': 'حساب کاربری تازهٔ شما در «زندگی با هم در بورکن»',
  'account-invitation.heading': 'خوش آمدید! اکنون یک حساب کاربری دارید',
  'account-invitation.introBy':
    '{inviter} برای شما در «زندگی با هم در بورکن» یک حساب کاربری ساخته است.',
  'account-invitation.intro':
    'شهر بورکن برای شما در «زندگی با هم در بورکن» یک حساب کاربری ساخته است.',
  'account-invitation.next':
    'لطفاً اکنون رمز عبور خود را تعیین کنید. پس از آن می‌توانید با نشانی ایمیل و رمز عبور خود وارد شوید.',
  'account-invitation.validity':
    'این پیوند {days, plural, other {# روز}} معتبر است. فقط یک بار می‌توانید از آن استفاده کنید.',
  'account-invitation.action': 'تعیین رمز عبور',
  'account-invitation.unexpected':
    'منتظر حساب کاربری نبودید؟ در این صورت می‌توانید این ایمیل را به‌سادگی پاک کنید.',
  'support-area.authorities': 'ادارات و مدارک',
  'support-area.school': 'مدرسه و تکالیف',
  'support-area.german': 'تمرین زبان آلمانی',
  'support-area.leisure': 'اوقات فراغت',
  'support-area.work': 'کار و آموزش حرفه‌ای',
  'support-area.housing': 'مسکن',
  'support-area.health': 'وقت دکتر',

  'decline-reason.no_time': 'وقت ندارد',
  'decline-reason.distance': 'راه خیلی دور است',
  'decline-reason.language': 'زبان مشترکی ندارند',
  'decline-reason.not_a_fit': 'با هم جور نیستند',
  'decline-reason.family_declined': 'خانواده قبول نکرد',
  'decline-reason.other': 'دلیلی دیگر',

  'end-reason.completed': 'حمایت طبق توافق به پایان رسید',
  'end-reason.life_change': 'شرایط زندگی تغییر کرده است',
  'end-reason.volunteer_dissatisfied': 'حامی راضی نبود',
  'end-reason.family_dissatisfied': 'خانواده راضی نبود',
  'end-reason.contact_faded': 'ارتباط کم‌کم قطع شد',
  'end-reason.volunteer_unresponsive': 'دیگر نمی‌شد با حامی تماس گرفت',
  'end-reason.family_independent': 'خانواده اکنون خودش از پس کارها برمی‌آید',
  'end-reason.safeguarding': 'حمایت از کودکان',

  'pairing-offered.subject': 'هماهنگ‌کنندگان یک خانواده به شما پیشنهاد می‌کنند',
  'pairing-offered.heading': 'پیشنهادی برای حمایت شما',
  'pairing-offered.intro':
    'هماهنگ‌کنندگان یک خانواده را برای حمایت به شما پیشنهاد می‌کنند. این‌ها را اکنون می‌توانید دربارهٔ خانواده بدانید:',
  'pairing-offered.district': 'محله: {district}',
  'pairing-offered.householdWithChildren':
    'خانوار: {count, plural, other {# نفر}}، با فرزندان زیر ۱۸ سال',
  'pairing-offered.householdWithoutChildren':
    'خانوار: {count, plural, other {# نفر}}، بدون فرزند زیر ۱۸ سال',
  'pairing-offered.needs': 'خانواده در این زمینه‌ها کمک می‌خواهد: {needs}',
  'pairing-offered.privacy':
    'نام خانواده و اطلاعات تماس آن را وقتی می‌بینید که زمان دیدار اول تعیین شده باشد.',
  'pairing-offered.next':
    'لطفاً پیشنهاد را ببینید و آن را بپذیرید یا رد کنید. اگر بپذیرید، هماهنگ‌کنندگان یک دیدار اول ترتیب می‌دهند. یکی از هماهنگ‌کنندگان هم در آن حضور دارد.',
  'pairing-offered.action': 'دیدن پیشنهاد',

  'pairing-transition.accept.volunteer.subject': 'پذیرش شما ثبت شد',
  'pairing-transition.accept.volunteer.body':
    'هماهنگ‌کنندگان پذیرش شما را برای خانوادهٔ پیشنهادی ثبت کردند. گام بعدی: آن‌ها دیدار اول را با شما و خانواده ترتیب می‌دهند.',
  'pairing-transition.accept.staff.subject': 'پیشنهاد پذیرفته شد: لطفاً دیدار اول را ترتیب دهید',
  'pairing-transition.accept.staff.body':
    'یک حامی پیشنهادی را پذیرفته است. لطفاً اکنون دیدار اول را با هر دو طرف ترتیب دهید.',
  'pairing-transition.decline.volunteer.subject': 'پیشنهاد لغو شد',
  'pairing-transition.decline.volunteer.body':
    'حمایت از خانوادهٔ پیشنهادی انجام نمی‌شود. هر وقت پیشنهاد تازه‌ای برای شما باشد، هماهنگ‌کنندگان با شما تماس می‌گیرند.',
  'pairing-transition.decline.staff.subject': 'یک پیشنهاد رد شد',
  'pairing-transition.decline.staff.body':
    'یک حمایت پیشنهادی انجام نمی‌شود. لطفاً بررسی کنید که آیا خانواده به پیشنهاد تازه‌ای نیاز دارد.',
  'pairing-transition.schedule_intro.volunteer.subject': 'نخستین دیدار شما با خانواده',
  'pairing-transition.schedule_intro.volunteer.body':
    'هماهنگ‌کنندگان نخستین دیدار با خانواده را ترتیب داده‌اند. یکی از هماهنگ‌کنندگان هم حضور دارد. نام خانواده و اطلاعات تماس آن اکنون در برنامه است.',
  'pairing-transition.schedule_intro.staff.subject': 'دیدار اول تعیین شد',
  'pairing-transition.schedule_intro.staff.body':
    'برای یک حمایت، زمان دیدار اول تعیین شده است. لطفاً همراهی آن را برنامه‌ریزی کنید.',
  'pairing-transition.hold_intro.volunteer.subject': 'دورهٔ آزمایشی آغاز شد',
  'pairing-transition.hold_intro.volunteer.body':
    'دیدار اول انجام شد. اکنون دورهٔ آزمایشی آغاز می‌شود: در هفته‌های آینده چند بار با هم دیدار کنید و هر تماس را در برنامه ثبت کنید.',
  'pairing-transition.hold_intro.staff.subject': 'دورهٔ آزمایشی آغاز شد',
  'pairing-transition.hold_intro.staff.body':
    'دیدار اول یک حمایت انجام شد. دورهٔ آزمایشی آغاز شده است.',
  'pairing-transition.confirm.volunteer.subject': 'حمایت شما اکنون فعال است',
  'pairing-transition.confirm.volunteer.body':
    'پس از دورهٔ آزمایشی، شما و خانواده می‌خواهید ادامه دهید. حمایت شما اکنون فعال است. از تعهد شما سپاسگزاریم!',
  'pairing-transition.confirm.staff.subject': 'حمایت تأیید شد',
  'pairing-transition.confirm.staff.body': 'پس از دورهٔ آزمایشی، یک حمایت تأیید شد. اکنون فعال است.',
  'pairing-transition.pause.volunteer.subject': 'حمایت شما موقتاً متوقف شده است',
  'pairing-transition.pause.volunteer.body':
    'حمایت شما برای مدتی متوقف است. در این مدت لازم نیست دیداری ثبت کنید.',
  'pairing-transition.pause.staff.subject': 'حمایت موقتاً متوقف شد',
  'pairing-transition.pause.staff.body': 'یک حمایت موقتاً متوقف شده است.',
  'pairing-transition.resume.volunteer.subject': 'حمایت شما ادامه دارد',
  'pairing-transition.resume.volunteer.body':
    'توقف تمام شد. حمایت شما دوباره فعال است. لطفاً دیدارهای خود را دوباره در برنامه ثبت کنید.',
  'pairing-transition.resume.staff.subject': 'حمایت دوباره فعال است',
  'pairing-transition.resume.staff.body': 'یک حمایتِ متوقف‌شده دوباره فعال است.',
  'pairing-transition.end.volunteer.subject': 'حمایت شما به پایان رسید',
  'pairing-transition.end.volunteer.body': 'حمایت شما به پایان رسید. از وقت و تعهد شما سپاسگزاریم!',
  'pairing-transition.end.staff.subject': 'حمایت به پایان رسید',
  'pairing-transition.end.staff.body':
    'یک حمایت به پایان رسیده است. لطفاً بررسی کنید که آیا خانواده هنوز به کمک نیاز دارد.',
  'pairing-transition.reason': 'دلیل: {reason}',
  'pairing-transition.introWhen': 'زمان: {at, date, full}، ساعت {at, time, short}',
  'pairing-transition.introWhere': 'مکان: {place}',
  'pairing-transition.introCalendar':
    'این قرار در پیوست است تا بتوانید آن را به تقویم خود اضافه کنید.',
  'pairing-transition.introSummary': 'نخستین دیدار حمایت',
  'pairing-transition.resumeOn': 'قرار است در {resumeOn, date, long} ادامه یابد.',
  'pairing-transition.action': 'دیدن حمایت',

  'pairing-no-contact.subject': 'حمایت: {days, plural, other {# روز}} است که تماسی ثبت نشده',
  'pairing-no-contact.heading': 'تماسی ثبت نشده است',
  'pairing-no-contact.intro':
    'برای یک حمایت {days, plural, other {# روز}} است که هیچ تماسی ثبت نشده است.',
  'pairing-no-contact.next':
    'لطفاً از حامی بپرسید که کارها چطور پیش می‌رود. شاید همدیگر را دیده‌اند ولی آن را ثبت نکرده‌اند.',
  'pairing-no-contact.action': 'دیدن حمایت',

  'sponsorship-digest.subject': 'حمایت‌ها: گزارش هفتگی شما',
  'sponsorship-digest.heading': 'گزارش هفتگی حمایت‌ها',
  'sponsorship-digest.week': 'هفتهٔ {from, date, long} تا {to, date, long}',
  'sponsorship-digest.intro': 'این کارها در پیش است:',
  'sponsorship-digest.offersWaiting': 'پیشنهادهای بی‌پاسخ: {count}',
  'sponsorship-digest.introsToArrange': 'پذیرش‌هایی که هنوز دیدار اول ندارند: {count}',
  'sponsorship-digest.noContact': 'حمایت‌های بدون تماس ثبت‌شده: {count}',
  'sponsorship-digest.trialsReady': 'دوره‌های آزمایشی آمادهٔ تأیید: {count}',
  'sponsorship-digest.certificatesDueSoon':
    'گواهی‌های عدم سوءپیشینه که در شش ماه آینده موعدشان می‌رسد: {count}',
  'sponsorship-digest.familiesWaiting': 'خانواده‌های در انتظار حمایت: {count}',
  'sponsorship-digest.action': 'دیدن کارهای باز',

  'certificate-renewal.volunteer.subjectSixMonths':
    'گواهی عدم سوءپیشینهٔ شما: لطفاً به‌زودی گواهی تازه‌ای درخواست کنید',
  'certificate-renewal.volunteer.subjectOneMonth':
    'یادآوری: گواهی عدم سوءپیشینهٔ تازه یک ماه دیگر لازم است',
  'certificate-renewal.volunteer.heading': 'لطفاً گواهی عدم سوءپیشینهٔ تازه‌ای درخواست کنید',
  'certificate-renewal.volunteer.intro':
    'برای حمایت شما، هماهنگ‌کنندگان هر {years, plural, other {# سال}} یک گواهی عدم سوءپیشینهٔ گستردهٔ تازه را می‌بینند (بند ۷۲a کتاب هشتم قانون اجتماعی آلمان). بررسی بعدی تا {dueOn, date, long} لازم است.',
  'certificate-renewal.volunteer.howTo':
    'از هماهنگ‌کنندگان یک نامه بخواهید. با این نامه، گواهی عدم سوءپیشینهٔ گسترده را در دفتر خدمات شهروندی (Bürgerbüro) یا به‌صورت آنلاین از ادارهٔ فدرال دادگستری درخواست می‌کنید. این گواهی برای داوطلبان رایگان است.',
  'certificate-renewal.volunteer.show':
    'سپس گواهی را به هماهنگ‌کنندگان نشان دهید. در آن زمان نباید بیش از سه ماه از تاریخ آن گذشته باشد. ما از آن کپی نمی‌گیریم و فقط تاریخ را یادداشت می‌کنیم.',
  'certificate-renewal.volunteer.consequence':
    'بدون بررسی تازه، از {dueOn, date, long} نمی‌توانید خانواده‌های دارای فرزند را همراهی کنید.',
  'certificate-renewal.volunteer.action': 'باز کردن پروفایل من',
  'certificate-renewal.staff.subject':
    'گواهی عدم سوءپیشینه: بررسی تازه تا {dueOn, date, long} لازم است',
  'certificate-renewal.staff.heading': 'بررسی تازهٔ یک گواهی عدم سوءپیشینه لازم است',
  'certificate-renewal.staff.intro':
    'گواهی عدم سوءپیشینهٔ گستردهٔ یک حامی باید تا {dueOn, date, long} دوباره بررسی شود (بند ۷۲a کتاب هشتم قانون اجتماعی آلمان).',
  'certificate-renewal.staff.next':
    'لطفاً به این شخص نامه‌ای برای درخواست رایگان بدهید و بررسی تازه را در پروفایل او ثبت کنید. بدون بررسی تازه، او از آن روز نمی‌تواند خانواده‌های دارای فرزند را همراهی کند.',
  'certificate-renewal.staff.action': 'باز کردن پروفایل',

  'event-common.untitled': 'رویداد',
  'event-common.when':
    'زمان: {startsAt, date, full}، ساعت {startsAt, time, short} تا {endsAt, time, short}',
  'event-common.whenMultiDay':
    'زمان: از {startsAt, date, full} ساعت {startsAt, time, short} تا {endsAt, date, full} ساعت {endsAt, time, short}',
  'event-common.where': 'مکان: {room}، خانهٔ دیدار (Haus der Begegnung)',
  'event-common.partySize': 'برای {count, plural, other {# نفر}}',
  'event-common.cancelHint':
    'نمی‌توانید بیایید؟ لطفاً در برنامه ثبت‌نام خود را لغو کنید. آن وقت کسی از فهرست انتظار جای شما را می‌گیرد.',
  'event-common.calendar': 'این قرار در پیوست است تا بتوانید آن را به تقویم خود اضافه کنید.',
  'event-common.myDates': 'دیدن قرارهای من',

  'booking-decision.confirmed.subject': 'رزرو اتاق شما تأیید شد: {room}',
  'booking-decision.confirmed.heading': 'رزرو اتاق شما تأیید شد',
  'booking-decision.confirmed.intro':
    'مدیریت خانه درخواست شما برای اتاق «{room}» در خانهٔ دیدار را تأیید کرده است.',
  'booking-decision.confirmed.next':
    'اینکه کلید را از کجا بگیرید، در برنامه کنار رزرو شما آمده است.',
  'booking-decision.rejected.subject': 'درخواست رزرو اتاق شما پذیرفته نشد: {room}',
  'booking-decision.rejected.heading': 'درخواست رزرو اتاق شما پذیرفته نشد',
  'booking-decision.rejected.intro':
    'متأسفانه مدیریت خانه نمی‌تواند درخواست شما برای اتاق «{room}» را تأیید کند.',
  'booking-decision.rejected.next':
    'می‌توانید در برنامه زمان یا اتاق دیگری درخواست کنید. اگر سؤالی دارید، مدیریت خانه به شما کمک می‌کند.',
  'booking-decision.series':
    '{count, plural, other {# نوبت}}، نخستین آن {startsAt, date, full}، ساعت {startsAt, time, short} تا {endsAt, time, short}',
  'booking-decision.reasonGiven':
    'مدیریت خانه دلیلی نوشته است. آن را در برنامه کنار رزروهای خود می‌بینید.',
  'booking-decision.action': 'دیدن رزروهای من',

  'registration-confirmed.registered.subject': 'ثبت‌نام شما انجام شد: {title}',
  'registration-confirmed.registered.heading': 'ثبت‌نام شما تأیید شد',
  'registration-confirmed.registered.intro':
    'شما برای «{title}» ثبت‌نام شده‌اید. منتظر دیدن شما هستیم!',
  'registration-confirmed.requested.subject': 'ثبت‌نام شما به دست ما رسید: {title}',
  'registration-confirmed.requested.heading': 'ثبت‌نام شما هنوز در حال بررسی است',
  'registration-confirmed.requested.intro':
    'ثبت‌نام شما برای «{title}» به دست ما رسید. برگزارکنندگان هنوز باید آن را تأیید کنند. به محض تأیید، پیامی دریافت می‌کنید.',
  'registration-confirmed.waitlisted.subject': 'شما در فهرست انتظار هستید: {title}',
  'registration-confirmed.waitlisted.heading': 'شما در فهرست انتظار هستید',
  'registration-confirmed.waitlisted.intro':
    'ظرفیت «{title}» در حال حاضر پر است. نام شما را در فهرست انتظار گذاشتیم.',
  'registration-confirmed.waitlisted.next':
    'اگر جایی خالی شود، پیامی دریافت می‌کنید. آن وقت می‌توانید آن جا را در برنامه بپذیرید.',
  'registration-confirmed.position': 'شما نفر {position} در فهرست انتظار هستید.',

  'waitlist-offer.subject': '{seats, plural, other {# جا}} برای شما خالی شد: {title}',
  'waitlist-offer.heading': '{seats, plural, other {# جا برای شما خالی شده است}}',
  'waitlist-offer.intro':
    'خبر خوب: در «{title}» {seats, plural, other {# جا}} خالی شده است. شما در فهرست انتظار بودید و اکنون نوبت شماست.',
  'waitlist-offer.expires':
    'این {seats, plural, other {# جا}} را تا {expiresAt, date, full}، ساعت {expiresAt, time, short} برای شما نگه می‌داریم.',
  'waitlist-offer.next':
    'لطفاً تا آن زمان در برنامه بپذیرید یا رد کنید. اگر پاسخ ندهید، نفر بعدی در فهرست انتظار این جا را می‌گیرد.',
  'waitlist-offer.action': 'پذیرفتن یا رد کردن جا',

  'event-reminder.subject': 'یادآوری: {title} در {startsAt, date, long}',
  'event-reminder.heading': 'یادآوری قرار شما',
  'event-reminder.intro': 'به‌زودی زمانش می‌رسد: شما برای «{title}» ثبت‌نام کرده‌اید.',

  'event-changed.subject': 'زمان تغییر کرد: {title}',
  'event-changed.heading': 'زمان این قرار تغییر کرده است',
  'event-changed.intro': 'زمان «{title}» تغییر کرده است. لطفاً به زمان و مکان تازه توجه کنید.',
  'event-changed.previous':
    'زمان قبلی: {previousStartsAt, date, full}، ساعت {previousStartsAt, time, short}',
  'event-changed.next':
    'ثبت‌نام شما و همچنین جای شما در فهرست انتظار سر جایش می‌ماند. اگر زمان تازه برایتان مناسب نیست، لطفاً در برنامه لغو کنید.',

  'event-cancelled.subject': 'لغو شد: {title} در {startsAt, date, long}',
  'event-cancelled.heading': 'این قرار برگزار نمی‌شود',
  'event-cancelled.organizer':
    'متأسفانه «{title}» در {startsAt, date, full}، ساعت {startsAt, time, short} برگزار نمی‌شود. برگزارکنندگان آن را لغو کرده‌اند.',
  'event-cancelled.minNotReached':
    'متأسفانه «{title}» در {startsAt, date, full}، ساعت {startsAt, time, short} برگزار نمی‌شود، چون تعداد ثبت‌نام‌ها کم بود.',
  'event-cancelled.next':
    'به این ترتیب ثبت‌نام شما برای این قرار و همچنین جای شما در فهرست انتظار به پایان رسیده است. لازم نیست کاری انجام دهید.',
  'event-cancelled.more': 'رویدادهای دیگر را در برنامهٔ خانهٔ دیدار پیدا می‌کنید.',
  'event-cancelled.action': 'دیدن رویدادها',
  ...FA_WORKSHOP_MESSAGES,
};
