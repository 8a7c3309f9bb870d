import type { PartialMessageCatalog } from '../message-catalog';

export const EN_MESSAGES: PartialMessageCatalog = {
  'layout.siteName': 'Town of Borken — Living together in Borken',
  'layout.greeting': 'Hello {name},',
  'layout.automatic': 'This email was sent automatically. Please do not reply to it.',
  'layout.preferencesText': 'You can choose which messages you receive by email.',
  'layout.preferencesLink': 'Notification settings',

  'mail-check.subject': 'Test message: your email address works',
  'mail-check.heading': 'Your email address works',
  'mail-check.intro':
    'This is a test message. The town of Borken sent it to check that emails reach you.',
  'mail-check.result': 'The message has arrived. You do not need to do anything.',
  'mail-check.sentAt': 'Sent on {sentAt, date, long} at {sentAt, time, short}.',
  'mail-check.unexpected': 'Were you not expecting this message? Then you can simply delete it.',
};
