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
};
