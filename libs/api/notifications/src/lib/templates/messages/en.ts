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

  'email-verification.subject': 'Please confirm your email address',
  'email-verification.heading': 'Confirm your email address',
  'email-verification.intro':
    'You created an account on “Living together in Borken”. Please confirm your email address now. Then you can sign in.',
  'email-verification.validity':
    'The link is valid for {hours, plural, one {# hour} other {# hours}}.',
  'email-verification.action': 'Confirm email address',
  'email-verification.unexpected':
    'You did not create an account? Then you can simply delete this email. Without confirmation, no account becomes active.',

  'account-exists.subject': 'You already have an account',
  'account-exists.heading': 'There is already an account for this email address',
  'account-exists.intro':
    'Someone – maybe you – just tried to create a new account with this email address. But there is already an account for this address.',
  'account-exists.ifYou':
    'Was it you? Then simply sign in with your password. Did you forget your password? Then you can set a new one.',
  'account-exists.notYou':
    'Was it not you? Then you can simply delete this email. Nothing has changed in your account.',
  'account-exists.signIn': 'Sign in',
  'account-exists.forgotPassword': 'Forgot your password?',

  'password-reset.subject': 'Set a new password',
  'password-reset.heading': 'Set a new password for your account',
  'password-reset.intro':
    'Do you want a new password for your account? Then open the link below and set a new password.',
  'password-reset.validity':
    'The link is valid for {minutes, plural, one {# minute} other {# minutes}}. You can use it only once.',
  'password-reset.action': 'Set new password',
  'password-reset.unexpected':
    'You did not ask for a new password? Then you can simply delete this email. Your password stays the same.',

  'password-changed.subject': 'Your password was changed',
  'password-changed.heading': 'Your password was changed',
  'password-changed.intro':
    'The password for your account on “Living together in Borken” was changed.',
  'password-changed.ifYou': 'Was it you? Then everything is fine. You do not need to do anything.',
  'password-changed.notYou':
    'Was it not you? Then please set a new password right away. This way nobody else can use your account.',
  'password-changed.action': 'Set new password',

  'account-invitation.subject': 'Your new account on “Living together in Borken”',
  'account-invitation.heading': 'Welcome! There is now an account for you',
  'account-invitation.introBy':
    '{inviter} created an account for you on “Living together in Borken”.',
  'account-invitation.intro':
    'The town of Borken created an account for you on “Living together in Borken”.',
  'account-invitation.next':
    'Please set your password now. Then you can sign in with your email address and your password.',
  'account-invitation.validity':
    'The link is valid for {days, plural, one {# day} other {# days}}. You can use it only once.',
  'account-invitation.action': 'Set password',
  'account-invitation.unexpected':
    'You did not expect an account? Then you can simply delete this email.',
};
