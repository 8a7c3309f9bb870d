import type { PartialMessageCatalog } from '../message-catalog';

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
};
