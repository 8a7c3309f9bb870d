import type { WorkshopMessages } from './workshop-de';

export const AR_WORKSHOP_MESSAGES: WorkshopMessages = {
  'bike-common.cycleType.city': 'دراجة مدينة',
  'bike-common.cycleType.trekking': 'دراجة رحلات',
  'bike-common.cycleType.mtb': 'دراجة جبلية',
  'bike-common.cycleType.children': 'دراجة أطفال',
  'bike-common.cycleType.cargo': 'دراجة شحن',
  'bike-common.cycleType.tricycle': 'دراجة بثلاث عجلات',
  'bike-common.myBike': 'عرض دراجتي',

  'bike-rental-reminder.due_soon.subject':
    'تذكير: يُرجى إعادة الدراجة {inventoryNo} حتى {dueOn, date, long}',
  'bike-rental-reminder.due_soon.heading': 'تنتهي استعارتك قريبًا',
  'bike-rental-reminder.due_soon.intro':
    'تنتهي استعارتك للدراجة {inventoryNo} يوم {dueOn, date, full}. يُرجى إعادة الدراجة إلى ورشة الدراجات قبل ذلك.',
  'bike-rental-reminder.overdue.subject': 'تأخّرت إعادة الدراجة {inventoryNo}',
  'bike-rental-reminder.overdue.heading': 'يُرجى إعادة الدراجة',
  'bike-rental-reminder.overdue.intro':
    'انتهت استعارتك للدراجة {inventoryNo} يوم {dueOn, date, long}. يُرجى إعادة الدراجة إلى ورشة الدراجات في أقرب وقت ممكن.',
  'bike-rental-reminder.overdue_again.subject': 'تذكير ثانٍ: لم تُعَد الدراجة {inventoryNo} بعد',
  'bike-rental-reminder.overdue_again.heading': 'تذكير ثانٍ: يُرجى إعادة الدراجة',
  'bike-rental-reminder.overdue_again.intro':
    'انتهت استعارتك للدراجة {inventoryNo} يوم {dueOn, date, long}. لم تُعَد الدراجة بعد. يُرجى إعادتها الآن، فهناك أشخاص آخرون ينتظرون دراجة.',
  'bike-rental-reminder.extend':
    'هل تحتاج إلى الدراجة لمدة أطول؟ تحدّث مع ورشة الدراجات. ربما نستطيع تمديد الاستعارة.',
  'bike-rental-reminder.problem':
    'هل الدراجة معطّلة، أو تعرّضت لحادث، أو سُرقت الدراجة؟ أخبرنا بذلك فورًا من فضلك.',

  'bike-rental-escalation.call.subject':
    'يُرجى الاتصال: تأخّرت الدراجة {inventoryNo} {days, plural, zero {# يوم} one {يومًا واحدًا} two {يومين} few {# أيام} many {# يومًا} other {# يوم}}',
  'bike-rental-escalation.call.heading': 'يُرجى الاتصال بالمستعير',
  'bike-rental-escalation.call.next':
    'لم يستجب المستعير للتذكيرات أو ليس لديه حساب. يُرجى الاتصال به وتسجيل النتيجة في الاستعارة. اسمه في قائمة الاتصالات.',
  'bike-rental-escalation.write_off.subject':
    'مطلوب قرار: تأخّرت الدراجة {inventoryNo} {days, plural, zero {# يوم} one {يومًا واحدًا} two {يومين} few {# أيام} many {# يومًا} other {# يوم}}',
  'bike-rental-escalation.write_off.heading': 'يُرجى اتخاذ قرار بشأن الاستعارة',
  'bike-rental-escalation.write_off.next':
    'يُرجى أن تقرّر الآن: هل تُشطب الدراجة على أنها مفقودة، أم تسجّل حادثة (مثل سرقة مع بلاغ للشرطة)؟',
  'bike-rental-escalation.intro':
    'كان يجب إعادة الدراجة {inventoryNo} يوم {dueOn, date, long}. مضى على تأخّرها {days, plural, zero {# يوم} one {يوم واحد} two {يومان} few {# أيام} many {# يومًا} other {# يوم}}.',
  'bike-rental-escalation.action': 'عرض الاستعارات المتأخرة',

  'bike-inspection-expiring.subject': 'الدراجة {inventoryNo} تحتاج قريبًا إلى فحص السلامة',
  'bike-inspection-expiring.heading': 'ينتهي فحص السلامة قريبًا',
  'bike-inspection-expiring.intro':
    'فحص السلامة لدراجتك {inventoryNo} صالح حتى {validUntil, date, long}.',
  'bike-inspection-expiring.next':
    'يُرجى إحضار الدراجة إلى ورشة الدراجات لوقت قصير قبل ذلك. نفحص المكابح والأضواء والجرس والإطارات مجانًا، لكي تواصل القيادة بأمان.',

  'bike-offer.subject': 'دراجة محجوزة لك',
  'bike-offer.heading': 'توفّرت دراجة مناسبة',
  'bike-offer.intro': 'خبر سار: توفّرت دراجة مناسبة. كنت على قائمة الانتظار، والآن جاء دورك.',
  'bike-offer.bike': 'الدراجة: {inventoryNo} ({cycleType})',
  'bike-offer.expires':
    'نحجز لك الدراجة حتى {expiresAt, date, full} الساعة {expiresAt, time, short}.',
  'bike-offer.next':
    'يُرجى استلام الدراجة من ورشة الدراجات قبل ذلك الوقت. أحضر معك بطاقة هويتك. وإلا يحصل الشخص التالي في قائمة الانتظار على الدراجة.',

  'bike-eligibility-expiring.subject':
    'ينتهي استحقاقك لاستعارة الدراجات يوم {validUntil, date, long}',
  'bike-eligibility-expiring.heading': 'يُرجى أن تُرينا قرار الإعانة الحالي',
  'bike-eligibility-expiring.intro':
    'استحقاقك لاستعارة الدراجات مسجّل حتى {validUntil, date, long}.',
  'bike-eligibility-expiring.next':
    'يُرجى أن تُري ورشة الدراجات قرار الإعانة الحالي قبل ذلك (إعانات طالبي اللجوء أو Bürgergeld أو المساعدة الاجتماعية). نحن ننظر إليه فقط ولا نأخذ نسخة منه.',
  'bike-eligibility-expiring.consequence':
    'بدون استحقاق ساري المفعول لا يمكنك بعد ذلك استعارة دراجة جديدة أو تمديد استعارة. الدراجة التي معك تبقى معك حتى يوم الإعادة المتفق عليه.',

  'workshop-low-stock.subject': 'قطعة غيار توشك أن تنفد: {partName}',
  'workshop-low-stock.heading': 'قطعة غيار توشك أن تنفد',
  'workshop-low-stock.intro':
    '{onHand, plural, =0 {لم يبقَ شيء} zero {لم يبقَ شيء} one {بقيت قطعة واحدة فقط} two {بقيت قطعتان فقط} few {بقيت # قطع فقط} many {بقيت # قطعة فقط} other {بقيت # قطعة فقط}} من قطعة الغيار «{partName}» (رقم الصنف {sku}). الحد الأدنى للمخزون هو {reorderLevel}.',
  'workshop-low-stock.next': 'يُرجى طلب كمية جديدة أو السؤال عن تبرعات.',
  'workshop-low-stock.action': 'عرض قطع الغيار',

  'damage-claim-deadline.subject':
    'ضرر في الدراجة {inventoryNo}: تنتهي المهلة يوم {claimDeadline, date, long}',
  'damage-claim-deadline.heading': 'تنتهي مهلة المطالبة بالتعويض',
  'damage-claim-deadline.intro':
    'لم يُتّخذ بعد قرار بشأن الضرر في الدراجة {inventoryNo}. تسقط المطالبات بالتعويض يوم {claimDeadline, date, long}، بعد ستة أشهر من الإعادة (المادة 548 من القانون المدني الألماني).',
  'damage-claim-deadline.four_months': 'بقي نحو شهرين.',
  'damage-claim-deadline.five_months': 'بقي نحو شهر واحد فقط.',
  'damage-claim-deadline.next':
    'يُرجى اتخاذ قرار بشأن الضرر قبل ذلك: بلا تعويض، أو إصلاح، أو إصدار فاتورة، أو خصم من التأمين. بعد انتهاء المهلة لا تستطيع الورشة المطالبة بشيء.',
  'damage-claim-deadline.action': 'عرض حالات الضرر',
};
