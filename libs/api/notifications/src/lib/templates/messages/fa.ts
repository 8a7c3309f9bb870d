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
};
