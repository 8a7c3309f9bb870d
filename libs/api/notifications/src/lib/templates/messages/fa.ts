import type { PartialMessageCatalog } from '../message-catalog';

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
};
