import type { PartialMessageCatalog } from '../message-catalog';
import { UK_WORKSHOP_MESSAGES } from './workshop-uk';

export const UK_MESSAGES: PartialMessageCatalog = {
  'layout.siteName': 'Місто Боркен — Жити разом у Боркені',
  'layout.greeting': 'Вітаємо, {name}!',
  'layout.automatic': 'Цей лист надіслано автоматично. Будь ласка, не відповідайте на нього.',
  'layout.preferencesText':
    'Ви можете самі вибрати, які повідомлення отримувати електронною поштою.',
  'layout.preferencesLink': 'Налаштування сповіщень',

  'mail-check.subject': 'Тестове повідомлення: ваша електронна адреса працює',
  'mail-check.heading': 'Ваша електронна адреса працює',
  'mail-check.intro':
    'Це тестове повідомлення. Місто Боркен надіслало його, щоб перевірити, чи доходять до вас електронні листи.',
  'mail-check.result': 'Повідомлення надійшло. Вам нічого не потрібно робити.',
  'mail-check.sentAt': 'Надіслано {sentAt, date, long} о {sentAt, time, short}.',
  'mail-check.unexpected': 'Ви не очікували цього повідомлення? Тоді просто видаліть його.',

  'email-verification.subject': 'Будь ласка, підтвердьте свою електронну адресу',
  'email-verification.heading': 'Підтвердьте свою електронну адресу',
  'email-verification.intro':
    'Ви створили обліковий запис на «Жити разом у Боркені». Будь ласка, тепер підтвердьте свою електронну адресу. Після цього ви зможете увійти.',
  'email-verification.validity':
    'Посилання діє {hours, plural, one {# годину} few {# години} many {# годин} other {# години}}.',
  'email-verification.action': 'Підтвердити електронну адресу',
  'email-verification.unexpected':
    'Ви не створювали обліковий запис? Тоді просто видаліть цей лист. Без підтвердження обліковий запис не стане активним.',

  'account-exists.subject': 'У вас уже є обліковий запис',
  'account-exists.heading': 'Для цієї електронної адреси вже є обліковий запис',
  'account-exists.intro':
    'Хтось — можливо, ви — щойно хотів створити новий обліковий запис із цією електронною адресою. Але для цієї адреси вже є обліковий запис.',
  'account-exists.ifYou':
    'Це були ви? Тоді просто увійдіть зі своїм паролем. Ви забули пароль? Тоді ви можете встановити новий пароль.',
  'account-exists.notYou':
    'Це були не ви? Тоді просто видаліть цей лист. У вашому обліковому записі нічого не змінилося.',
  'account-exists.signIn': 'Увійти',
  'account-exists.forgotPassword': 'Забули пароль?',

  'password-reset.subject': 'Встановіть новий пароль',
  'password-reset.heading': 'Встановіть новий пароль для свого облікового запису',
  'password-reset.intro':
    'Ви хочете новий пароль для свого облікового запису? Тоді відкрийте посилання нижче і встановіть новий пароль.',
  'password-reset.validity':
    'Посилання діє {minutes, plural, one {# хвилину} few {# хвилини} many {# хвилин} other {# хвилини}}. Його можна використати лише один раз.',
  'password-reset.action': 'Встановити новий пароль',
  'password-reset.unexpected':
    'Ви не просили новий пароль? Тоді просто видаліть цей лист. Ваш пароль залишиться таким самим.',

  'password-changed.subject': 'Ваш пароль змінено',
  'password-changed.heading': 'Ваш пароль змінено',
  'password-changed.intro':
    'Пароль вашого облікового запису на «Жити разом у Боркені» було змінено.',
  'password-changed.ifYou': 'Це були ви? Тоді все гаразд. Вам нічого не потрібно робити.',
  'password-changed.notYou':
    'Це були не ви? Тоді, будь ласка, одразу встановіть новий пароль. Так ніхто інший не зможе користуватися вашим обліковим записом.',
  'password-changed.action': 'Встановити новий пароль',

  'account-invitation.subject': 'Ваш новий обліковий запис на «Жити разом у Боркені»',
  'account-invitation.heading': 'Вітаємо! Тепер у вас є обліковий запис',
  'account-invitation.introBy':
    '{inviter} запрошує вас на «Жити разом у Боркені». Для вас уже створено обліковий запис.',
  'account-invitation.intro':
    'Місто Боркен створило для вас обліковий запис на «Жити разом у Боркені».',
  'account-invitation.next':
    'Будь ласка, зараз встановіть свій пароль. Після цього ви зможете входити зі своєю електронною адресою і паролем.',
  'account-invitation.validity':
    'Посилання діє {days, plural, one {# день} few {# дні} many {# днів} other {# дня}}. Його можна використати лише один раз.',
  'account-invitation.action': 'Встановити пароль',
  'account-invitation.unexpected':
    'Ви не очікували обліковий запис? Тоді просто видаліть цей лист.',
  'support-area.authorities': 'установи та документи',
  'support-area.school': 'школа і домашні завдання',
  'support-area.german': 'практика німецької мови',
  'support-area.leisure': 'дозвілля',
  'support-area.work': 'робота і професійне навчання',
  'support-area.housing': 'житло',
  'support-area.health': 'візити до лікаря',

  'decline-reason.no_time': 'немає часу',
  'decline-reason.distance': 'надто далеко',
  'decline-reason.language': 'немає спільної мови',
  'decline-reason.not_a_fit': 'не підходять одне одному',
  'decline-reason.family_declined': 'родина відмовилася',
  'decline-reason.other': 'інша причина',

  'end-reason.completed': 'патронат завершено, як і було домовлено',
  'end-reason.life_change': 'змінилися життєві обставини',
  'end-reason.volunteer_dissatisfied': 'патрон або патронеса були незадоволені',
  'end-reason.family_dissatisfied': 'родина була незадоволена',
  'end-reason.contact_faded': 'контакт поступово згас',
  'end-reason.volunteer_unresponsive': 'з патроном або патронесою більше не вдавалося звʼязатися',
  'end-reason.family_independent': 'родина тепер дає собі раду сама',
  'end-reason.safeguarding': 'захист дітей',

  'pairing-offered.subject': 'Координатори пропонують вам родину',
  'pairing-offered.heading': 'Пропозиція для вашого патронату',
  'pairing-offered.intro':
    'координатори пропонують вам родину для патронату. Ось що ви вже можете знати про родину:',
  'pairing-offered.district': 'Район: {district}',
  'pairing-offered.householdWithChildren':
    'Родина: {count, plural, one {# особа} few {# особи} many {# осіб} other {# особи}}, є діти до 18 років',
  'pairing-offered.householdWithoutChildren':
    'Родина: {count, plural, one {# особа} few {# особи} many {# осіб} other {# особи}}, дітей до 18 років немає',
  'pairing-offered.needs': 'Родина хотіла б допомоги з такого: {needs}',
  'pairing-offered.privacy':
    'Імʼя родини та контактні дані ви дізнаєтеся, щойно буде домовлено про першу зустріч.',
  'pairing-offered.next':
    'Будь ласка, перегляньте пропозицію та погодьтеся або відмовтеся. Якщо ви погодитеся, координатори домовляться про першу зустріч. На ній буде присутній хтось із координаторів.',
  'pairing-offered.action': 'Переглянути пропозицію',

  'pairing-transition.accept.volunteer.subject': 'Вашу згоду записано',
  'pairing-transition.accept.volunteer.body':
    'Координатори записали вашу згоду щодо запропонованої родини. Далі вони домовляться про першу зустріч з вами та родиною.',
  'pairing-transition.accept.staff.subject':
    'Згоду отримано: будь ласка, домовтеся про першу зустріч',
  'pairing-transition.accept.staff.body':
    'Патрон або патронеса прийняли пропозицію. Будь ласка, тепер домовтеся з обома сторонами про першу зустріч.',
  'pairing-transition.decline.volunteer.subject': 'Пропозицію скасовано',
  'pairing-transition.decline.volunteer.body':
    'Патронат із запропонованою родиною не відбудеться. Координатори звʼяжуться з вами, коли для вас буде нова пропозиція.',
  'pairing-transition.decline.staff.subject': 'Пропозицію відхилено',
  'pairing-transition.decline.staff.body':
    'Запропонований патронат не відбудеться. Будь ласка, перевірте, чи потрібна родині нова пропозиція.',
  'pairing-transition.schedule_intro.volunteer.subject': 'Ваша перша зустріч із родиною',
  'pairing-transition.schedule_intro.volunteer.body':
    'Координатори домовилися про першу зустріч із родиною. На ній буде присутній хтось із координаторів. Імʼя родини та контактні дані тепер є в застосунку.',
  'pairing-transition.schedule_intro.staff.subject': 'Першу зустріч призначено',
  'pairing-transition.schedule_intro.staff.body':
    'Для одного патронату призначено першу зустріч. Будь ласка, заплануйте її супровід.',
  'pairing-transition.hold_intro.volunteer.subject': 'Почався випробувальний період',
  'pairing-transition.hold_intro.volunteer.body':
    'Перша зустріч відбулася. Тепер починається випробувальний період: зустріньтеся кілька разів у найближчі тижні та записуйте кожен контакт у застосунку.',
  'pairing-transition.hold_intro.staff.subject': 'Випробувальний період почався',
  'pairing-transition.hold_intro.staff.body':
    'Перша зустріч одного патронату відбулася. Почався випробувальний період.',
  'pairing-transition.confirm.volunteer.subject': 'Ваш патронат тепер активний',
  'pairing-transition.confirm.volunteer.body':
    'Після випробувального періоду ви і родина хочете продовжувати. Ваш патронат тепер активний. Дякуємо вам за вашу участь!',
  'pairing-transition.confirm.staff.subject': 'Патронат підтверджено',
  'pairing-transition.confirm.staff.body':
    'Після випробувального періоду патронат підтверджено. Тепер він активний.',
  'pairing-transition.pause.volunteer.subject': 'Ваш патронат на паузі',
  'pairing-transition.pause.volunteer.body':
    'Ваш патронат на деякий час призупинено. У цей час вам не потрібно записувати зустрічі.',
  'pairing-transition.pause.staff.subject': 'Патронат на паузі',
  'pairing-transition.pause.staff.body': 'Один патронат призупинено.',
  'pairing-transition.resume.volunteer.subject': 'Ваш патронат продовжується',
  'pairing-transition.resume.volunteer.body':
    'Паузу завершено. Ваш патронат знову активний. Будь ласка, знову записуйте свої зустрічі в застосунку.',
  'pairing-transition.resume.staff.subject': 'Патронат знову активний',
  'pairing-transition.resume.staff.body': 'Призупинений патронат знову активний.',
  'pairing-transition.end.volunteer.subject': 'Ваш патронат завершено',
  'pairing-transition.end.volunteer.body':
    'Ваш патронат завершено. Дякуємо вам за ваш час і вашу участь!',
  'pairing-transition.end.staff.subject': 'Патронат завершено',
  'pairing-transition.end.staff.body':
    'Один патронат завершено. Будь ласка, перевірте, чи родині ще потрібна підтримка.',
  'pairing-transition.reason': 'Причина: {reason}',
  'pairing-transition.introWhen': 'Коли: {at, date, full} о {at, time, short}',
  'pairing-transition.introWhere': 'Де: {place}',
  'pairing-transition.introCalendar':
    'Зустріч додано у вкладенні, щоб ви могли внести її у свій календар.',
  'pairing-transition.introSummary': 'Перша зустріч патронату',
  'pairing-transition.resumeOn': 'Планується продовжити {resumeOn, date, long}.',
  'pairing-transition.action': 'Переглянути патронат',

  'pairing-no-contact.subject':
    'Патронат: {days, plural, one {# день} few {# дні} many {# днів} other {# дня}} не записано жодного контакту',
  'pairing-no-contact.heading': 'Контакт не записано',
  'pairing-no-contact.intro':
    'Для одного патронату вже {days, plural, one {# день} few {# дні} many {# днів} other {# дня}} не записано жодного контакту.',
  'pairing-no-contact.next':
    'Будь ласка, запитайте патрона або патронесу, як справи. Можливо, вони зустрічалися, але не записали цього.',
  'pairing-no-contact.action': 'Переглянути патронат',

  'sponsorship-digest.subject': 'Патронати: ваш тижневий огляд',
  'sponsorship-digest.heading': 'Тижневий огляд патронатів',
  'sponsorship-digest.week': 'Тиждень з {from, date, long} по {to, date, long}',
  'sponsorship-digest.intro': 'Ось що потрібно зробити:',
  'sponsorship-digest.offersWaiting': 'Пропозиції без відповіді: {count}',
  'sponsorship-digest.introsToArrange': 'Згоди, для яких ще не призначено першу зустріч: {count}',
  'sponsorship-digest.noContact': 'Патронати без записаного контакту: {count}',
  'sponsorship-digest.trialsReady': 'Випробувальні періоди, готові до підтвердження: {count}',
  'sponsorship-digest.certificatesDueSoon':
    'Довідки про несудимість, термін яких настає протягом шести місяців: {count}',
  'sponsorship-digest.familiesWaiting': 'Родини, які чекають на патронат: {count}',
  'sponsorship-digest.action': 'Переглянути відкриті завдання',

  'certificate-renewal.volunteer.subjectSixMonths':
    'Ваша довідка про несудимість: будь ласка, незабаром замовте нову',
  'certificate-renewal.volunteer.subjectOneMonth':
    'Нагадування: нова довідка про несудимість потрібна через місяць',
  'certificate-renewal.volunteer.heading': 'Будь ласка, замовте нову довідку про несудимість',
  'certificate-renewal.volunteer.intro':
    'Для вашого патронату координатори кожні {years, plural, one {# рік} few {# роки} many {# років} other {# року}} переглядають нову розширену довідку про несудимість (§ 72a Соціального кодексу Німеччини, книга VIII). Наступний перегляд потрібен до {dueOn, date, long}.',
  'certificate-renewal.volunteer.howTo':
    'Попросіть у координаторів лист. З цим листом ви замовляєте розширену довідку про несудимість у бюро громадян (Bürgerbüro) або онлайн у Федеральному відомстві юстиції. Для волонтерів вона безкоштовна.',
  'certificate-renewal.volunteer.show':
    'Потім покажіть довідку координаторам. На той момент вона має бути не старшою за три місяці. Ми не робимо копії, а лише записуємо дату.',
  'certificate-renewal.volunteer.consequence':
    'Без нового перегляду з {dueOn, date, long} ви не зможете супроводжувати родини з дітьми.',
  'certificate-renewal.volunteer.action': 'Відкрити мій профіль',
  'certificate-renewal.staff.subject':
    'Довідка про несудимість: новий перегляд потрібен до {dueOn, date, long}',
  'certificate-renewal.staff.heading': 'Потрібен новий перегляд довідки про несудимість',
  'certificate-renewal.staff.intro':
    'Розширену довідку про несудимість патрона або патронеси потрібно переглянути знову до {dueOn, date, long} (§ 72a Соціального кодексу Німеччини, книга VIII).',
  'certificate-renewal.staff.next':
    'Будь ласка, дайте цій особі лист для безкоштовного замовлення та запишіть новий перегляд у профілі. Без нового перегляду з цього дня вона не зможе супроводжувати родини з дітьми.',
  'certificate-renewal.staff.action': 'Відкрити профіль',

  'event-common.untitled': 'Захід',
  'event-common.when':
    'Коли: {startsAt, date, full}, з {startsAt, time, short} до {endsAt, time, short}',
  'event-common.whenMultiDay':
    'Коли: з {startsAt, date, full}, {startsAt, time, short} до {endsAt, date, full}, {endsAt, time, short}',
  'event-common.where': 'Де: {room}, Дім зустрічей (Haus der Begegnung)',
  'event-common.partySize':
    'Для {count, plural, one {# особи} few {# осіб} many {# осіб} other {# особи}}',
  'event-common.cancelHint':
    'Не зможете прийти? Будь ласка, скасуйте реєстрацію в застосунку. Тоді ваше місце отримає хтось зі списку очікування.',
  'event-common.calendar': 'Подію додано у вкладенні, щоб ви могли внести її у свій календар.',
  'event-common.myDates': 'Переглянути мої події',

  'booking-decision.confirmed.subject': 'Ваше бронювання приміщення підтверджено: {room}',
  'booking-decision.confirmed.heading': 'Ваше бронювання приміщення підтверджено',
  'booking-decision.confirmed.intro':
    'Адміністрація будинку підтвердила ваш запит на приміщення «{room}» у Домі зустрічей.',
  'booking-decision.confirmed.next':
    'Де отримати ключ, ви побачите в застосунку біля свого бронювання.',
  'booking-decision.rejected.subject': 'Ваш запит на приміщення відхилено: {room}',
  'booking-decision.rejected.heading': 'Ваш запит на приміщення відхилено',
  'booking-decision.rejected.intro':
    'На жаль, адміністрація будинку не може підтвердити ваш запит на приміщення «{room}».',
  'booking-decision.rejected.next':
    'У застосунку ви можете запросити інший час або інше приміщення. Якщо у вас є питання, допоможе адміністрація будинку.',
  'booking-decision.series':
    '{count, plural, one {# дата} few {# дати} many {# дат} other {# дати}}, перша — {startsAt, date, full}, з {startsAt, time, short} до {endsAt, time, short}',
  'booking-decision.reasonGiven':
    'Адміністрація будинку вказала причину. Ви знайдете її в застосунку біля своїх бронювань.',
  'booking-decision.action': 'Переглянути мої бронювання',

  'registration-confirmed.registered.subject': 'Вас зареєстровано: {title}',
  'registration-confirmed.registered.heading': 'Вашу реєстрацію підтверджено',
  'registration-confirmed.registered.intro': 'Вас зареєстровано на «{title}». Чекаємо на вас!',
  'registration-confirmed.requested.subject': 'Ми отримали вашу реєстрацію: {title}',
  'registration-confirmed.requested.heading': 'Вашу реєстрацію ще перевіряють',
  'registration-confirmed.requested.intro':
    'Ми отримали вашу реєстрацію на «{title}». Організатори ще мають її підтвердити. Щойно це станеться, ви отримаєте повідомлення.',
  'registration-confirmed.waitlisted.subject': 'Ви в списку очікування: {title}',
  'registration-confirmed.waitlisted.heading': 'Ви в списку очікування',
  'registration-confirmed.waitlisted.intro':
    'На «{title}» зараз немає вільних місць. Ми додали вас до списку очікування.',
  'registration-confirmed.waitlisted.next':
    'Якщо місце звільниться, ви отримаєте повідомлення. Тоді ви зможете прийняти його в застосунку.',
  'registration-confirmed.position': 'Ваш номер у списку очікування: {position}.',

  'waitlist-offer.subject':
    '{seats, plural, one {Для вас звільнилося # місце} few {Для вас звільнилися # місця} many {Для вас звільнилося # місць} other {Для вас звільнилося # місця}}: {title}',
  'waitlist-offer.heading':
    '{seats, plural, one {Для вас звільнилося місце} few {Для вас звільнилися # місця} many {Для вас звільнилося # місць} other {Для вас звільнилося # місця}}',
  'waitlist-offer.intro':
    'Добра новина: на «{title}» {seats, plural, one {звільнилося # місце} few {звільнилися # місця} many {звільнилося # місць} other {звільнилося # місця}}. Ви були в списку очікування, і тепер ваша черга.',
  'waitlist-offer.expires':
    'Ми тримаємо {seats, plural, one {це місце} few {ці місця} many {ці місця} other {ці місця}} для вас до {expiresAt, time, short} {expiresAt, date, long}.',
  'waitlist-offer.next':
    'Будь ласка, до цього часу прийміть або відхиліть пропозицію в застосунку. Якщо ви не відповісте, місце отримає наступна людина зі списку очікування.',
  'waitlist-offer.action': 'Прийняти або відхилити місце',

  'event-reminder.subject': 'Нагадування: {title}, {startsAt, date, long}',
  'event-reminder.heading': 'Нагадування про вашу подію',
  'event-reminder.intro': 'Уже скоро: ви зареєстровані на «{title}».',

  'event-changed.subject': 'Час змінено: {title}',
  'event-changed.heading': 'Час або місце змінилися',
  'event-changed.intro':
    'Час або місце проведення «{title}» змінилися. Будь ласка, зверніть увагу на новий час і місце.',
  'event-changed.previous':
    'Раніше: {previousStartsAt, date, full}, {previousStartsAt, time, short}',
  'event-changed.next':
    'Ваша реєстрація залишається чинною, як і ваше місце в списку очікування. Якщо новий час вам не підходить, будь ласка, скасуйте реєстрацію в застосунку.',

  'event-cancelled.subject': 'Скасовано: {title}, {startsAt, date, long}',
  'event-cancelled.heading': 'Подію скасовано',
  'event-cancelled.organizer':
    'На жаль, «{title}» {startsAt, date, long} о {startsAt, time, short} не відбудеться. Організатори скасували цю подію.',
  'event-cancelled.minNotReached':
    'На жаль, «{title}» {startsAt, date, long} о {startsAt, time, short} не відбудеться, бо зареєструвалося замало людей.',
  'event-cancelled.next':
    'Тож ваша реєстрація на цю подію, як і місце в списку очікування, завершилася. Вам нічого не потрібно робити.',
  'event-cancelled.more': 'Інші заходи ви знайдете в програмі Дому зустрічей.',
  'event-cancelled.action': 'Переглянути програму',
  ...UK_WORKSHOP_MESSAGES,
};
