import type { WorkshopMessages } from './workshop-de';

export const FA_WORKSHOP_MESSAGES: WorkshopMessages = {
  'bike-common.cycleType.city': 'دوچرخهٔ شهری',
  'bike-common.cycleType.trekking': 'دوچرخهٔ سفری',
  'bike-common.cycleType.mtb': 'دوچرخهٔ کوهستان',
  'bike-common.cycleType.children': 'دوچرخهٔ کودک',
  'bike-common.cycleType.cargo': 'دوچرخهٔ باری',
  'bike-common.cycleType.tricycle': 'سه‌چرخه',
  'bike-common.myBike': 'دیدن دوچرخهٔ من',

  'bike-rental-reminder.due_soon.subject':
    'یادآوری: لطفاً دوچرخهٔ {inventoryNo} را تا {dueOn, date, long} برگردانید',
  'bike-rental-reminder.due_soon.heading': 'امانت شما به‌زودی تمام می‌شود',
  'bike-rental-reminder.due_soon.intro':
    'امانت دوچرخهٔ {inventoryNo} در {dueOn, date, full} تمام می‌شود. لطفاً دوچرخه را تا آن روز به کارگاه دوچرخه برگردانید.',
  'bike-rental-reminder.overdue.subject': 'مهلت برگرداندن دوچرخهٔ {inventoryNo} گذشته است',
  'bike-rental-reminder.overdue.heading': 'لطفاً دوچرخه را برگردانید',
  'bike-rental-reminder.overdue.intro':
    'امانت دوچرخهٔ {inventoryNo} در {dueOn, date, long} تمام شد. لطفاً دوچرخه را هر چه زودتر به کارگاه دوچرخه برگردانید.',
  'bike-rental-reminder.overdue_again.subject':
    'یادآوری دوم: دوچرخهٔ {inventoryNo} هنوز برگردانده نشده است',
  'bike-rental-reminder.overdue_again.heading': 'یادآوری دوم: لطفاً دوچرخه را برگردانید',
  'bike-rental-reminder.overdue_again.intro':
    'امانت دوچرخهٔ {inventoryNo} در {dueOn, date, long} تمام شد. دوچرخه هنوز برگردانده نشده است. لطفاً همین حالا آن را برگردانید. افراد دیگری منتظر دوچرخه هستند.',
  'bike-rental-reminder.extend':
    'دوچرخه را بیشتر لازم دارید؟ با کارگاه دوچرخه صحبت کنید. شاید بتوانیم امانت را تمدید کنیم.',
  'bike-rental-reminder.problem':
    'دوچرخه خراب شده، تصادف کرده‌اید یا دوچرخه دزدیده شده است؟ لطفاً فوراً به ما خبر دهید.',

  'bike-rental-escalation.call.subject':
    'لطفاً تماس بگیرید: دوچرخهٔ {inventoryNo} {days, plural, one {# روز} other {# روز}} دیر شده است',
  'bike-rental-escalation.call.heading': 'لطفاً با امانت‌گیرنده تماس بگیرید',
  'bike-rental-escalation.call.next':
    'امانت‌گیرنده به یادآوری‌ها پاسخ نداده یا حساب کاربری ندارد. لطفاً با او تماس بگیرید و نتیجه را در امانت ثبت کنید. نام او در فهرست تماس‌ها است.',
  'bike-rental-escalation.write_off.subject':
    'تصمیم لازم است: دوچرخهٔ {inventoryNo} {days, plural, one {# روز} other {# روز}} دیر شده است',
  'bike-rental-escalation.write_off.heading': 'لطفاً دربارهٔ امانت تصمیم بگیرید',
  'bike-rental-escalation.write_off.next':
    'لطفاً همین حالا تصمیم بگیرید: آیا دوچرخه به‌عنوان گم‌شده حذف شود، یا یک رویداد ثبت کنید (مثلاً دزدی همراه با گزارش به پلیس)؟',
  'bike-rental-escalation.intro':
    'دوچرخهٔ {inventoryNo} باید در {dueOn, date, long} برگردانده می‌شد. اکنون {days, plural, one {# روز} other {# روز}} دیر شده است.',
  'bike-rental-escalation.action': 'دیدن امانت‌های دیرشده',

  'bike-inspection-expiring.subject': 'دوچرخهٔ {inventoryNo} به‌زودی به بازرسی ایمنی نیاز دارد',
  'bike-inspection-expiring.heading': 'اعتبار بازرسی ایمنی به‌زودی تمام می‌شود',
  'bike-inspection-expiring.intro':
    'بازرسی ایمنی دوچرخهٔ شما {inventoryNo} تا {validUntil, date, long} معتبر است.',
  'bike-inspection-expiring.next':
    'لطفاً پیش از آن دوچرخه را برای مدت کوتاهی به کارگاه دوچرخه بیاورید. ترمزها، چراغ‌ها، زنگ و لاستیک‌ها را رایگان بررسی می‌کنیم تا همچنان با ایمنی رکاب بزنید.',

  'bike-offer.subject': 'یک دوچرخه برای شما رزرو شده است',
  'bike-offer.heading': 'یک دوچرخهٔ مناسب آزاد شده است',
  'bike-offer.intro':
    'خبر خوب: یک دوچرخهٔ مناسب آزاد شده است. شما در فهرست انتظار بودید و اکنون نوبت شماست.',
  'bike-offer.bike': 'دوچرخه: {inventoryNo} ({cycleType})',
  'bike-offer.expires':
    'دوچرخه را تا {expiresAt, date, full} ساعت {expiresAt, time, short} برای شما نگه می‌داریم.',
  'bike-offer.next':
    'لطفاً تا آن زمان دوچرخه را از کارگاه دوچرخه تحویل بگیرید. کارت شناسایی خود را همراه بیاورید. در غیر این صورت نفر بعدی فهرست انتظار دوچرخه را می‌گیرد.',

  'bike-eligibility-expiring.subject':
    'حق استفادهٔ شما از امانت دوچرخه در {validUntil, date, long} تمام می‌شود',
  'bike-eligibility-expiring.heading': 'لطفاً حکم کمک‌هزینهٔ فعلی خود را به ما نشان دهید',
  'bike-eligibility-expiring.intro':
    'حق استفادهٔ شما از امانت دوچرخه تا {validUntil, date, long} ثبت شده است.',
  'bike-eligibility-expiring.next':
    'لطفاً پیش از آن حکم کمک‌هزینهٔ فعلی خود (کمک‌هزینهٔ پناهجویان، Bürgergeld یا کمک اجتماعی) را در کارگاه دوچرخه نشان دهید. ما فقط آن را می‌بینیم و از آن کپی نمی‌گیریم.',
  'bike-eligibility-expiring.consequence':
    'بدون حق معتبر، پس از آن نمی‌توانید دوچرخهٔ تازه‌ای امانت بگیرید یا امانت را تمدید کنید. دوچرخه‌ای که اکنون دارید تا روز برگرداندن توافق‌شده نزد شما می‌ماند.',

  'workshop-low-stock.subject': 'قطعهٔ یدکی رو به اتمام است: {partName}',
  'workshop-low-stock.heading': 'یک قطعهٔ یدکی رو به اتمام است',
  'workshop-low-stock.intro':
    'از قطعهٔ یدکی «{partName}» (شمارهٔ کالا {sku}) {onHand, plural, =0 {چیزی باقی نمانده است} one {فقط # عدد باقی مانده است} other {فقط # عدد باقی مانده است}}. حداقل موجودی {reorderLevel} است.',
  'workshop-low-stock.next': 'لطفاً دوباره سفارش دهید یا درخواست اهدا کنید.',
  'workshop-low-stock.action': 'دیدن قطعات یدکی',

  'damage-claim-deadline.subject':
    'خسارت دوچرخهٔ {inventoryNo}: مهلت در {claimDeadline, date, long} تمام می‌شود',
  'damage-claim-deadline.heading': 'مهلت مطالبهٔ خسارت رو به پایان است',
  'damage-claim-deadline.intro':
    'هنوز دربارهٔ خسارت دوچرخهٔ {inventoryNo} تصمیمی گرفته نشده است. مطالبهٔ خسارت در {claimDeadline, date, long}، شش ماه پس از برگرداندن، مشمول مرور زمان می‌شود (بند ۵۴۸ قانون مدنی آلمان).',
  'damage-claim-deadline.four_months': 'حدود دو ماه باقی مانده است.',
  'damage-claim-deadline.five_months': 'فقط حدود یک ماه باقی مانده است.',
  'damage-claim-deadline.next':
    'لطفاً پیش از آن دربارهٔ خسارت تصمیم بگیرید: بدون جبران، تعمیر، صدور صورت‌حساب یا کسر از ودیعه. پس از پایان مهلت، کارگاه دیگر نمی‌تواند چیزی مطالبه کند.',
  'damage-claim-deadline.action': 'دیدن موارد خسارت',
};
