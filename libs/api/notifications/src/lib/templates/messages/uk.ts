import type { PartialMessageCatalog } from '../message-catalog';

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
};
