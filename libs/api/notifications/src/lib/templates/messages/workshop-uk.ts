import type { WorkshopMessages } from './workshop-de';

export const UK_WORKSHOP_MESSAGES: WorkshopMessages = {
  'bike-common.cycleType.city': 'міський велосипед',
  'bike-common.cycleType.trekking': 'трекінговий велосипед',
  'bike-common.cycleType.mtb': 'гірський велосипед',
  'bike-common.cycleType.children': 'дитячий велосипед',
  'bike-common.cycleType.cargo': 'вантажний велосипед',
  'bike-common.cycleType.tricycle': 'триколісний велосипед',
  'bike-common.myBike': 'Переглянути мій велосипед',

  'bike-rental-reminder.due_soon.subject':
    'Нагадування: будь ласка, поверніть велосипед {inventoryNo} до {dueOn, date, long}',
  'bike-rental-reminder.due_soon.heading': 'Ваша оренда скоро закінчується',
  'bike-rental-reminder.due_soon.intro':
    'Оренда велосипеда {inventoryNo} закінчується {dueOn, date, full}. Будь ласка, поверніть велосипед до веломайстерні до цього дня.',
  'bike-rental-reminder.overdue.subject': 'Велосипед {inventoryNo} прострочено',
  'bike-rental-reminder.overdue.heading': 'Будь ласка, поверніть велосипед',
  'bike-rental-reminder.overdue.intro':
    'Оренда велосипеда {inventoryNo} закінчилася {dueOn, date, long}. Будь ласка, якнайшвидше поверніть велосипед до веломайстерні.',
  'bike-rental-reminder.overdue_again.subject':
    'Друге нагадування: велосипед {inventoryNo} досі не повернуто',
  'bike-rental-reminder.overdue_again.heading':
    'Друге нагадування: будь ласка, поверніть велосипед',
  'bike-rental-reminder.overdue_again.intro':
    'Оренда велосипеда {inventoryNo} закінчилася {dueOn, date, long}. Велосипед досі не повернуто. Будь ласка, поверніть його зараз. Інші люди чекають на велосипед.',
  'bike-rental-reminder.extend':
    'Вам потрібен велосипед довше? Зверніться до веломайстерні. Можливо, ми зможемо продовжити оренду.',
  'bike-rental-reminder.problem':
    'Велосипед зламався, ви потрапили в аварію або його вкрали? Тоді, будь ласка, одразу повідомте нам.',

  'bike-rental-escalation.call.subject':
    'Будь ласка, зателефонуйте: велосипед {inventoryNo} прострочено на {days, plural, one {# день} few {# дні} many {# днів} other {# дня}}',
  'bike-rental-escalation.call.heading': 'Будь ласка, зателефонуйте орендарю',
  'bike-rental-escalation.call.next':
    'Людина не відреагувала на нагадування або не має облікового запису. Будь ласка, зателефонуйте їй і запишіть результат в оренді. Вона є у списку дзвінків.',
  'bike-rental-escalation.write_off.subject':
    'Потрібне рішення: велосипед {inventoryNo} прострочено на {days, plural, one {# день} few {# дні} many {# днів} other {# дня}}',
  'bike-rental-escalation.write_off.heading': 'Будь ласка, ухваліть рішення щодо оренди',
  'bike-rental-escalation.write_off.next':
    'Будь ласка, вирішіть зараз: списати велосипед як втрачений чи зареєструвати інцидент (наприклад, крадіжку з заявою до поліції)?',
  'bike-rental-escalation.intro':
    'Велосипед {inventoryNo} мали повернути {dueOn, date, long}. Його прострочено на {days, plural, one {# день} few {# дні} many {# днів} other {# дня}}.',
  'bike-rental-escalation.action': 'Переглянути прострочені оренди',

  'bike-inspection-expiring.subject': 'Велосипед {inventoryNo} скоро потребує перевірки безпеки',
  'bike-inspection-expiring.heading': 'Перевірка безпеки скоро закінчується',
  'bike-inspection-expiring.intro':
    'Перевірка безпеки вашого велосипеда {inventoryNo} дійсна до {validUntil, date, long}.',
  'bike-inspection-expiring.next':
    'Будь ласка, принесіть велосипед до веломайстерні ненадовго до цього дня. Ми безкоштовно перевіримо гальма, світло, дзвінок і шини, щоб ви й далі їздили безпечно.',

  'bike-offer.subject': 'Для вас зарезервовано велосипед',
  'bike-offer.heading': 'Є відповідний велосипед',
  'bike-offer.intro':
    'добра новина: звільнився відповідний велосипед. Ви були у списку очікування, і тепер ваша черга.',
  'bike-offer.bike': 'Велосипед: {inventoryNo} ({cycleType})',
  'bike-offer.expires':
    'Ми тримаємо велосипед для вас до {expiresAt, date, full}, {expiresAt, time, short}.',
  'bike-offer.next':
    'Будь ласка, заберіть велосипед у веломайстерні до цього часу. Візьміть із собою посвідчення особи. Інакше велосипед отримає наступна людина зі списку очікування.',

  'bike-eligibility-expiring.subject':
    'Ваше право на прокат велосипеда закінчується {validUntil, date, long}',
  'bike-eligibility-expiring.heading': 'Будь ласка, покажіть нам актуальне рішення про виплати',
  'bike-eligibility-expiring.intro':
    'Ваше право на прокат велосипеда записане до {validUntil, date, long}.',
  'bike-eligibility-expiring.next':
    'Будь ласка, до цього дня покажіть у веломайстерні актуальне рішення про виплати (допомога шукачам притулку, Bürgergeld або соціальна допомога). Ми лише переглядаємо його і не робимо копії.',
  'bike-eligibility-expiring.consequence':
    'Без дійсного права ви після цього не зможете взяти новий велосипед або продовжити оренду. Велосипед, який уже у вас, залишається у вас до погодженої дати повернення.',

  'workshop-low-stock.subject': 'Запчастина закінчується: {partName}',
  'workshop-low-stock.heading': 'Запчастина закінчується',
  'workshop-low-stock.intro':
    'Запчастини «{partName}» (артикул {sku}) {onHand, plural, =0 {більше немає} one {залишилася лише # штука} few {залишилося лише # штуки} many {залишилося лише # штук} other {залишилося лише # штуки}}. Мінімальний запас — {reorderLevel}.',
  'workshop-low-stock.next': 'Будь ласка, замовте ще або попросіть пожертви.',
  'workshop-low-stock.action': 'Переглянути запчастини',

  'damage-claim-deadline.subject':
    'Пошкодження велосипеда {inventoryNo}: строк спливає {claimDeadline, date, long}',
  'damage-claim-deadline.heading': 'Строк для вимог про відшкодування спливає',
  'damage-claim-deadline.intro':
    'Щодо пошкодження велосипеда {inventoryNo} ще не ухвалено рішення. Вимоги про відшкодування втрачають силу {claimDeadline, date, long}, через шість місяців після повернення (§ 548 BGB).',
  'damage-claim-deadline.four_months': 'Залишилося приблизно два місяці.',
  'damage-claim-deadline.five_months': 'Залишився лише приблизно один місяць.',
  'damage-claim-deadline.next':
    'Будь ласка, ухваліть рішення щодо пошкодження до цього дня: без відшкодування, ремонт, виставити рахунок або зарахувати із застави. Після строку майстерня вже нічого не зможе вимагати.',
  'damage-claim-deadline.action': 'Переглянути пошкодження',
};
