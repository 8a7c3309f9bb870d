import type { PartialMessageCatalog } from '../message-catalog';
import { AR_WORKSHOP_MESSAGES } from './workshop-ar';

export const AR_MESSAGES: PartialMessageCatalog = {
  'layout.siteName': 'مدينة بوركن — العيش معًا في بوركن',
  'layout.greeting': 'مرحبًا {name}،',
  'layout.automatic': 'أُرسلت هذه الرسالة تلقائيًا. يُرجى عدم الرد عليها.',
  'layout.preferencesText': 'يمكنك أن تختار بنفسك الرسائل التي تصلك بالبريد الإلكتروني.',
  'layout.preferencesLink': 'إعدادات الإشعارات',

  'mail-check.subject': 'رسالة تجريبية: عنوان بريدك الإلكتروني يعمل',
  'mail-check.heading': 'عنوان بريدك الإلكتروني يعمل',
  'mail-check.intro':
    'هذه رسالة تجريبية. أرسلتها مدينة بوركن لتتأكد من أن رسائل البريد الإلكتروني تصل إليك.',
  'mail-check.result': 'وصلت الرسالة. لا تحتاج إلى فعل أي شيء.',
  'mail-check.sentAt': 'أُرسلت في {sentAt, date, long} الساعة {sentAt, time, short}.',
  'mail-check.unexpected': 'لم تكن تنتظر هذه الرسالة؟ يمكنك ببساطة حذفها.',

  'email-verification.subject': 'يُرجى تأكيد عنوان بريدك الإلكتروني',
  'email-verification.heading': 'أكّد عنوان بريدك الإلكتروني',
  'email-verification.intro':
    'لقد أنشأت حسابًا في «العيش معًا في بوركن». يُرجى الآن تأكيد عنوان بريدك الإلكتروني. بعد ذلك يمكنك تسجيل الدخول.',
  'email-verification.validity':
    'الرابط صالح لمدة {hours, plural, zero {# ساعة} one {ساعة واحدة} two {ساعتين} few {# ساعات} many {# ساعة} other {# ساعة}}.',
  'email-verification.action': 'تأكيد عنوان البريد الإلكتروني',
  'email-verification.unexpected':
    'لم تُنشئ حسابًا؟ إذن يمكنك ببساطة حذف هذه الرسالة. بدون تأكيد لن يصبح أي حساب نشطًا.',

  'account-exists.subject': 'لديك حساب بالفعل',
  'account-exists.heading': 'يوجد حساب بالفعل لعنوان البريد الإلكتروني هذا',
  'account-exists.intro':
    'حاول شخص ما – ربما أنت – قبل قليل إنشاء حساب جديد بعنوان البريد الإلكتروني هذا. لكن يوجد بالفعل حساب لهذا العنوان.',
  'account-exists.ifYou':
    'هل كنت أنت؟ إذن سجّل الدخول ببساطة بكلمة المرور الخاصة بك. هل نسيت كلمة المرور؟ إذن يمكنك تعيين كلمة مرور جديدة.',
  'account-exists.notYou': 'لم تكن أنت؟ إذن يمكنك ببساطة حذف هذه الرسالة. لم يتغير شيء في حسابك.',
  'account-exists.signIn': 'تسجيل الدخول',
  'account-exists.forgotPassword': 'هل نسيت كلمة المرور؟',

  'password-reset.subject': 'تعيين كلمة مرور جديدة',
  'password-reset.heading': 'عيّن كلمة مرور جديدة لحسابك',
  'password-reset.intro':
    'هل تريد كلمة مرور جديدة لحسابك؟ إذن افتح الرابط أدناه وعيّن كلمة مرور جديدة.',
  'password-reset.validity':
    'الرابط صالح لمدة {minutes, plural, zero {# دقيقة} one {دقيقة واحدة} two {دقيقتين} few {# دقائق} many {# دقيقة} other {# دقيقة}}. يمكنك استخدامه مرة واحدة فقط.',
  'password-reset.action': 'تعيين كلمة مرور جديدة',
  'password-reset.unexpected':
    'لم تطلب كلمة مرور جديدة؟ إذن يمكنك ببساطة حذف هذه الرسالة. تبقى كلمة المرور كما هي.',

  'password-changed.subject': 'تم تغيير كلمة المرور الخاصة بك',
  'password-changed.heading': 'تم تغيير كلمة المرور الخاصة بك',
  'password-changed.intro': 'تم تغيير كلمة المرور لحسابك في «العيش معًا في بوركن».',
  'password-changed.ifYou': 'هل كنت أنت؟ إذن كل شيء على ما يرام. لا تحتاج إلى فعل أي شيء.',
  'password-changed.notYou':
    'لم تكن أنت؟ إذن يُرجى تعيين كلمة مرور جديدة فورًا. هكذا لا يستطيع أي شخص آخر استخدام حسابك.',
  'password-changed.action': 'تعيين كلمة مرور جديدة',

  'account-invitation.subject': 'حسابك الجديد في «العيش معًا في بوركن»',
  'account-invitation.heading': 'أهلًا بك! لديك الآن حساب',
  'account-invitation.introBy': 'تم إنشاء حساب لك في «العيش معًا في بوركن». الدعوة من {inviter}.',
  'account-invitation.intro': 'أنشأت مدينة بوركن حسابًا لك في «العيش معًا في بوركن».',
  'account-invitation.next':
    'يُرجى الآن تعيين كلمة المرور الخاصة بك. بعد ذلك يمكنك تسجيل الدخول بعنوان بريدك الإلكتروني وكلمة المرور.',
  'account-invitation.validity':
    'الرابط صالح لمدة {days, plural, zero {# يوم} one {يوم واحد} two {يومين} few {# أيام} many {# يومًا} other {# يوم}}. يمكنك استخدامه مرة واحدة فقط.',
  'account-invitation.action': 'تعيين كلمة المرور',
  'account-invitation.unexpected': 'لم تكن تتوقع حسابًا؟ إذن يمكنك ببساطة حذف هذه الرسالة.',
  'support-area.authorities': 'الدوائر الرسمية والأوراق',
  'support-area.school': 'المدرسة والواجبات المدرسية',
  'support-area.german': 'التدرّب على اللغة الألمانية',
  'support-area.leisure': 'وقت الفراغ',
  'support-area.work': 'العمل والتدريب المهني',
  'support-area.housing': 'السكن',
  'support-area.health': 'مواعيد الطبيب',

  'decline-reason.no_time': 'لا يوجد وقت',
  'decline-reason.distance': 'المسافة بعيدة جدًا',
  'decline-reason.language': 'لا توجد لغة مشتركة',
  'decline-reason.not_a_fit': 'عدم التوافق',
  'decline-reason.family_declined': 'العائلة رفضت',
  'decline-reason.other': 'سبب آخر',

  'end-reason.completed': 'اكتملت الرعاية كما تم الاتفاق',
  'end-reason.life_change': 'تغيّرت الظروف الحياتية',
  'end-reason.volunteer_dissatisfied': 'الراعي أو الراعية لم يكن راضيًا',
  'end-reason.family_dissatisfied': 'العائلة لم تكن راضية',
  'end-reason.contact_faded': 'انقطع التواصل تدريجيًا',
  'end-reason.volunteer_unresponsive': 'لم يعد من الممكن الوصول إلى الراعي أو الراعية',
  'end-reason.family_independent': 'العائلة تستطيع الآن تدبّر أمورها بنفسها',
  'end-reason.safeguarding': 'حماية الطفل',

  'pairing-offered.subject': 'يقترح عليك فريق التنسيق عائلة',
  'pairing-offered.heading': 'اقتراح لرعايتك',
  'pairing-offered.intro':
    'يقترح عليك فريق التنسيق عائلة لترعاها. هذا ما يمكنك معرفته عن العائلة الآن:',
  'pairing-offered.district': 'الحي: {district}',
  'pairing-offered.householdWithChildren':
    'الأسرة: {count, plural, zero {# شخص} one {شخص واحد} two {شخصان} few {# أشخاص} many {# شخصًا} other {# شخص}}، ومنهم أطفال دون 18 عامًا',
  'pairing-offered.householdWithoutChildren':
    'الأسرة: {count, plural, zero {# شخص} one {شخص واحد} two {شخصان} few {# أشخاص} many {# شخصًا} other {# شخص}}، وليس فيها أطفال دون 18 عامًا',
  'pairing-offered.needs': 'تتمنى العائلة المساعدة في: {needs}',
  'pairing-offered.privacy': 'ستعرف اسم العائلة وبيانات التواصل معها بعد تحديد موعد اللقاء الأول.',
  'pairing-offered.next':
    'يُرجى الاطلاع على الاقتراح ثم القبول أو الرفض. إذا وافقت، يحدد فريق التنسيق لقاءً أول. وسيحضره شخص من فريق التنسيق.',
  'pairing-offered.action': 'عرض الاقتراح',

  'pairing-transition.accept.volunteer.subject': 'تم تسجيل موافقتك',
  'pairing-transition.accept.volunteer.body':
    'سجّل فريق التنسيق موافقتك على العائلة المقترحة. الخطوة التالية: يحدد الفريق موعد اللقاء الأول معك ومع العائلة.',
  'pairing-transition.accept.staff.subject': 'تمت الموافقة: يُرجى تحديد موعد اللقاء الأول',
  'pairing-transition.accept.staff.body':
    'وافق راعٍ أو راعية على اقتراح. يُرجى الآن تحديد موعد اللقاء الأول مع الطرفين.',
  'pairing-transition.decline.volunteer.subject': 'تم إلغاء الاقتراح',
  'pairing-transition.decline.volunteer.body':
    'لن تتم الرعاية مع العائلة المقترحة. سيتواصل معك فريق التنسيق عندما يكون هناك اقتراح جديد لك.',
  'pairing-transition.decline.staff.subject': 'تم رفض اقتراح',
  'pairing-transition.decline.staff.body':
    'لن تتم رعاية مقترحة. يُرجى التحقق مما إذا كانت العائلة تحتاج إلى اقتراح جديد.',
  'pairing-transition.schedule_intro.volunteer.subject': 'لقاؤك الأول مع العائلة',
  'pairing-transition.schedule_intro.volunteer.body':
    'حدّد فريق التنسيق موعد اللقاء الأول مع العائلة. وسيحضره شخص من فريق التنسيق. تجد الآن اسم العائلة وبيانات التواصل معها في التطبيق.',
  'pairing-transition.schedule_intro.staff.subject': 'تم تحديد موعد اللقاء الأول',
  'pairing-transition.schedule_intro.staff.body':
    'تم تحديد موعد اللقاء الأول لإحدى الرعايات. يُرجى التخطيط لمرافقته.',
  'pairing-transition.hold_intro.volunteer.subject': 'بدأت الفترة التجريبية',
  'pairing-transition.hold_intro.volunteer.body':
    'تم اللقاء الأول. الآن تبدأ الفترة التجريبية: التقوا عدة مرات في الأسابيع القادمة وسجّل كل تواصل في التطبيق.',
  'pairing-transition.hold_intro.staff.subject': 'بدأت الفترة التجريبية',
  'pairing-transition.hold_intro.staff.body':
    'تم اللقاء الأول لإحدى الرعايات. وبدأت الفترة التجريبية.',
  'pairing-transition.confirm.volunteer.subject': 'رعايتك نشطة الآن',
  'pairing-transition.confirm.volunteer.body':
    'بعد الفترة التجريبية تريد أنت والعائلة الاستمرار. رعايتك نشطة الآن. شكرًا لك على التزامك!',
  'pairing-transition.confirm.staff.subject': 'تم تأكيد الرعاية',
  'pairing-transition.confirm.staff.body':
    'بعد الفترة التجريبية تم تأكيد إحدى الرعايات. وهي نشطة الآن.',
  'pairing-transition.pause.volunteer.subject': 'رعايتك متوقفة مؤقتًا',
  'pairing-transition.pause.volunteer.body':
    'رعايتك متوقفة لبعض الوقت. خلال هذه الفترة لا تحتاج إلى تسجيل أي لقاءات.',
  'pairing-transition.pause.staff.subject': 'رعاية متوقفة مؤقتًا',
  'pairing-transition.pause.staff.body': 'تم إيقاف إحدى الرعايات مؤقتًا.',
  'pairing-transition.resume.volunteer.subject': 'رعايتك مستمرة',
  'pairing-transition.resume.volunteer.body':
    'انتهت الاستراحة. رعايتك نشطة من جديد. يُرجى تسجيل لقاءاتك في التطبيق مرة أخرى.',
  'pairing-transition.resume.staff.subject': 'الرعاية نشطة من جديد',
  'pairing-transition.resume.staff.body': 'عادت رعاية متوقفة إلى النشاط من جديد.',
  'pairing-transition.end.volunteer.subject': 'انتهت رعايتك',
  'pairing-transition.end.volunteer.body': 'انتهت رعايتك. شكرًا لك على وقتك والتزامك!',
  'pairing-transition.end.staff.subject': 'انتهت رعاية',
  'pairing-transition.end.staff.body':
    'انتهت إحدى الرعايات. يُرجى التحقق مما إذا كانت العائلة لا تزال تحتاج إلى دعم.',
  'pairing-transition.reason': 'السبب: {reason}',
  'pairing-transition.introWhen': 'الموعد: {at, date, full} الساعة {at, time, short}',
  'pairing-transition.introWhere': 'المكان: {place}',
  'pairing-transition.introCalendar': 'تجد الموعد في المرفق لإضافته إلى تقويمك.',
  'pairing-transition.introSummary': 'اللقاء الأول للرعاية',
  'pairing-transition.resumeOn': 'من المخطط الاستمرار في {resumeOn, date, long}.',
  'pairing-transition.action': 'عرض الرعاية',

  'pairing-no-contact.subject':
    'رعاية: لم يُسجَّل أي تواصل منذ {days, plural, zero {# يوم} one {يوم واحد} two {يومين} few {# أيام} many {# يومًا} other {# يوم}}',
  'pairing-no-contact.heading': 'لم يُسجَّل أي تواصل',
  'pairing-no-contact.intro':
    'لم يُسجَّل أي تواصل لإحدى الرعايات منذ {days, plural, zero {# يوم} one {يوم واحد} two {يومين} few {# أيام} many {# يومًا} other {# يوم}}.',
  'pairing-no-contact.next':
    'يُرجى سؤال الراعي أو الراعية عن سير الأمور. ربما التقيا لكنهما لم يسجّلا ذلك.',
  'pairing-no-contact.action': 'عرض الرعاية',

  'sponsorship-digest.subject': 'الرعايات: ملخصك الأسبوعي',
  'sponsorship-digest.heading': 'الملخص الأسبوعي للرعايات',
  'sponsorship-digest.week': 'الأسبوع من {from, date, long} إلى {to, date, long}',
  'sponsorship-digest.intro': 'هذا ما ينتظر المتابعة:',
  'sponsorship-digest.offersWaiting': 'اقتراحات بلا رد: {count}',
  'sponsorship-digest.introsToArrange': 'موافقات لم يُحدَّد لها لقاء أول بعد: {count}',
  'sponsorship-digest.noContact': 'رعايات بلا تواصل مسجَّل: {count}',
  'sponsorship-digest.trialsReady': 'فترات تجريبية جاهزة للتأكيد: {count}',
  'sponsorship-digest.certificatesDueSoon':
    'شهادات حسن سيرة وسلوك تستحق خلال الأشهر الستة القادمة: {count}',
  'sponsorship-digest.familiesWaiting': 'عائلات تنتظر رعاية: {count}',
  'sponsorship-digest.action': 'عرض المهام المفتوحة',

  'certificate-renewal.volunteer.subjectSixMonths':
    'شهادة حسن السيرة والسلوك: يُرجى طلب شهادة جديدة قريبًا',
  'certificate-renewal.volunteer.subjectOneMonth':
    'تذكير: شهادة حسن السيرة والسلوك الجديدة مطلوبة بعد شهر',
  'certificate-renewal.volunteer.heading': 'يُرجى طلب شهادة حسن سيرة وسلوك جديدة',
  'certificate-renewal.volunteer.intro':
    'من أجل رعايتك يطّلع فريق التنسيق كل {years, plural, zero {# سنة} one {سنة} two {سنتين} few {# سنوات} many {# سنة} other {# سنة}} على شهادة حسن سيرة وسلوك موسّعة جديدة (المادة 72a من الكتاب الثامن من قانون الشؤون الاجتماعية الألماني). الاطلاع القادم مطلوب حتى {dueOn, date, long}.',
  'certificate-renewal.volunteer.howTo':
    'اطلب من فريق التنسيق رسالة. بهذه الرسالة تطلب شهادة حسن السيرة والسلوك الموسّعة في مكتب خدمة المواطنين (Bürgerbüro) أو عبر الإنترنت لدى المكتب الاتحادي للعدل. وهي مجانية للمتطوعين.',
  'certificate-renewal.volunteer.show':
    'ثم اعرض الشهادة على فريق التنسيق. يجب ألا يزيد عمرها عندئذٍ على ثلاثة أشهر. نحن لا نحتفظ بنسخة، بل نسجّل التاريخ فقط.',
  'certificate-renewal.volunteer.consequence':
    'من دون اطلاع جديد لا يمكنك مرافقة عائلات لديها أطفال ابتداءً من {dueOn, date, long}.',
  'certificate-renewal.volunteer.action': 'فتح ملفي الشخصي',
  'certificate-renewal.staff.subject':
    'شهادة حسن السيرة والسلوك: اطلاع جديد مطلوب حتى {dueOn, date, long}',
  'certificate-renewal.staff.heading': 'اطلاع جديد على شهادة حسن سيرة وسلوك مطلوب',
  'certificate-renewal.staff.intro':
    'يجب الاطلاع من جديد على شهادة حسن السيرة والسلوك الموسّعة لراعٍ أو راعية حتى {dueOn, date, long} (المادة 72a من الكتاب الثامن من قانون الشؤون الاجتماعية الألماني).',
  'certificate-renewal.staff.next':
    'يُرجى إعطاء الشخص رسالة للطلب المجاني وتسجيل الاطلاع الجديد في ملفه الشخصي. من دون اطلاع جديد لا يمكنه مرافقة عائلات لديها أطفال ابتداءً من ذلك اليوم.',
  'certificate-renewal.staff.action': 'فتح الملف الشخصي',

  'event-common.untitled': 'فعالية',
  'event-common.when':
    'الموعد: {startsAt, date, full}، من الساعة {startsAt, time, short} حتى الساعة {endsAt, time, short}',
  'event-common.whenMultiDay':
    'الموعد: من {startsAt, date, full} الساعة {startsAt, time, short} حتى {endsAt, date, full} الساعة {endsAt, time, short}',
  'event-common.where': 'المكان: {room}، بيت اللقاء (Haus der Begegnung)',
  'event-common.partySize':
    'عدد الأشخاص: {count, plural, zero {#} one {شخص واحد} two {شخصان} few {# أشخاص} many {# شخصًا} other {# شخص}}',
  'event-common.cancelHint':
    'لن تتمكن من الحضور؟ يُرجى إلغاء التسجيل في التطبيق. عندها يحصل شخص من قائمة الانتظار على مكانك.',
  'event-common.calendar': 'تجد الموعد في المرفق لإضافته إلى تقويمك.',
  'event-common.myDates': 'عرض مواعيدي',

  'booking-decision.confirmed.subject': 'تم تأكيد حجز الغرفة: {room}',
  'booking-decision.confirmed.heading': 'تم تأكيد حجز الغرفة',
  'booking-decision.confirmed.intro': 'أكّدت إدارة البيت طلبك لحجز الغرفة «{room}» في بيت اللقاء.',
  'booking-decision.confirmed.next': 'تجد في التطبيق، عند حجزك، المكان الذي تستلم منه المفتاح.',
  'booking-decision.rejected.subject': 'رُفض طلب حجز الغرفة: {room}',
  'booking-decision.rejected.heading': 'رُفض طلب حجز الغرفة',
  'booking-decision.rejected.intro': 'للأسف لا تستطيع إدارة البيت تأكيد طلبك لحجز الغرفة «{room}».',
  'booking-decision.rejected.next':
    'يمكنك أن تطلب في التطبيق وقتًا آخر أو غرفة أخرى. إذا كانت لديك أسئلة، تساعدك إدارة البيت.',
  'booking-decision.series':
    '{count, plural, zero {# موعد} one {موعد واحد} two {موعدان} few {# مواعيد} many {# موعدًا} other {# موعد}}، أولها يوم {startsAt, date, full} من الساعة {startsAt, time, short} حتى الساعة {endsAt, time, short}',
  'booking-decision.reasonGiven': 'ذكرت إدارة البيت سببًا. تجده في التطبيق عند حجوزاتك.',
  'booking-decision.action': 'عرض حجوزاتي',

  'registration-confirmed.registered.subject': 'تم تسجيلك: {title}',
  'registration-confirmed.registered.heading': 'تم تأكيد تسجيلك',
  'registration-confirmed.registered.intro': 'أنت مسجَّل في «{title}». نتطلع إلى لقائك!',
  'registration-confirmed.requested.subject': 'وصلنا تسجيلك: {title}',
  'registration-confirmed.requested.heading': 'تسجيلك قيد المراجعة',
  'registration-confirmed.requested.intro':
    'وصلنا تسجيلك في «{title}». يجب أن يؤكده المنظمون أولًا. ستصلك رسالة عندما يتم ذلك.',
  'registration-confirmed.waitlisted.subject': 'أنت على قائمة الانتظار: {title}',
  'registration-confirmed.waitlisted.heading': 'أنت على قائمة الانتظار',
  'registration-confirmed.waitlisted.intro':
    'لا توجد أماكن شاغرة في «{title}» حاليًا. لقد أضفناك إلى قائمة الانتظار.',
  'registration-confirmed.waitlisted.next':
    'إذا أصبح مكان شاغرًا، ستصلك رسالة. يمكنك عندها قبول المكان في التطبيق.',
  'registration-confirmed.position': 'ترتيبك في قائمة الانتظار: {position}',

  'waitlist-offer.subject':
    '{seats, plural, zero {# مكان شاغر} one {مكان شاغر} two {مكانان شاغران} few {# أماكن شاغرة} many {# مكانًا شاغرًا} other {# مكان شاغر}} لك: {title}',
  'waitlist-offer.heading':
    '{seats, plural, zero {أصبحت # أماكن شاغرة لك} one {أصبح مكان شاغرًا لك} two {أصبح مكانان شاغرين لك} few {أصبحت # أماكن شاغرة لك} many {أصبح # مكانًا شاغرًا لك} other {أصبح # مكان شاغرًا لك}}',
  'waitlist-offer.intro':
    'خبر سار: {seats, plural, zero {أصبحت # أماكن شاغرة} one {أصبح مكان شاغرًا} two {أصبح مكانان شاغرين} few {أصبحت # أماكن شاغرة} many {أصبح # مكانًا شاغرًا} other {أصبح # مكان شاغرًا}} في «{title}». كنت على قائمة الانتظار، والآن جاء دورك.',
  'waitlist-offer.expires':
    'نحجز لك {seats, plural, zero {الأماكن} one {المكان} two {المكانين} few {الأماكن} many {الأماكن} other {الأماكن}} حتى {expiresAt, date, full} الساعة {expiresAt, time, short}.',
  'waitlist-offer.next':
    'يُرجى القبول أو الرفض في التطبيق قبل ذلك الوقت. إذا لم تردّ، يحصل الشخص التالي في قائمة الانتظار على المكان.',
  'waitlist-offer.action': 'قبول المكان أو رفضه',

  'event-reminder.subject': 'تذكير: {title} يوم {startsAt, date, long}',
  'event-reminder.heading': 'تذكير بموعدك',
  'event-reminder.intro': 'اقترب الموعد: أنت مسجَّل في «{title}».',

  'event-changed.subject': 'تغيّر الموعد: {title}',
  'event-changed.heading': 'تغيّر الموعد',
  'event-changed.intro': 'تغيّر موعد «{title}». يُرجى الانتباه إلى الوقت والمكان الجديدين.',
  'event-changed.previous':
    'الموعد السابق: {previousStartsAt, date, full} الساعة {previousStartsAt, time, short}',
  'event-changed.next':
    'يبقى تسجيلك قائمًا، وكذلك مكانك في قائمة الانتظار. إذا لم يناسبك الموعد الجديد، يُرجى إلغاء التسجيل في التطبيق.',

  'event-cancelled.subject': 'أُلغي: {title} يوم {startsAt, date, long}',
  'event-cancelled.heading': 'أُلغي الموعد',
  'event-cancelled.organizer':
    'للأسف أُلغي موعد «{title}» يوم {startsAt, date, full} الساعة {startsAt, time, short}. ألغاه المنظمون.',
  'event-cancelled.minNotReached':
    'للأسف أُلغي موعد «{title}» يوم {startsAt, date, full} الساعة {startsAt, time, short}، لأن عدد المسجَّلين قليل جدًا.',
  'event-cancelled.next':
    'انتهى بذلك تسجيلك في هذا الموعد، وكذلك أي مكان لك في قائمة الانتظار. لا تحتاج إلى فعل أي شيء.',
  'event-cancelled.more': 'تجد فعاليات أخرى في برنامج بيت اللقاء.',
  'event-cancelled.action': 'عرض البرنامج',
  ...AR_WORKSHOP_MESSAGES,
};
