import {
  NOTIFICATION_TYPES,
  type NotificationPayloads,
  type NotificationType,
} from '@zusammen/shared/contracts';
import { MESSAGE_CATALOGS, type MessageCatalogs } from './message-catalog';
import type { NotificationTemplates, TemplateContext } from './notification-template';
import { NOTIFICATION_TEMPLATES } from './notification-templates';
import { renderNotification } from './render-notification';
import { NOTIFICATION_TEMPLATE_LOCALES, textDirection } from './template-locale';

const CONTEXT: TemplateContext = {
  publicUrl: 'https://zusammenleben.example.test/',
  siteName: 'Stadt Borken — Zusammenleben in Borken',
  messageId: '<notification-0b1c@zusammenleben.example.test>',
  // 21:45 UTC on the day summer time starts: 23:45 in Borken, still 30 March
  now: new Date('2025-03-30T21:45:00Z'),
};

/** A payload for every type; a new type fails to compile here until it has one. */
const SAMPLE_PAYLOADS: { [T in NotificationType]: NotificationPayloads[T] } = {
  'mail-check': { requestedById: '6f1e3c52-7a7c-4d55-9a0e-2f4b8f0f6d11' },
};

function render(type: NotificationType, locale: (typeof NOTIFICATION_TEMPLATE_LOCALES)[number]) {
  return renderNotification({
    type,
    locale,
    payload: SAMPLE_PAYLOADS[type],
    recipient: { displayName: 'Amina Hassan' },
    context: CONTEXT,
  });
}

describe('renderNotification', () => {
  const cases = NOTIFICATION_TYPES.flatMap((type) =>
    NOTIFICATION_TEMPLATE_LOCALES.map((locale) => [type, locale] as const),
  );

  it.each(cases)('renders %s in %s with subject, text, HTML, lang and dir', (type, locale) => {
    const mail = render(type, locale);

    expect(mail.subject.trim()).not.toBe('');
    expect(mail.subject).not.toMatch(/[\r\n]/);
    expect(mail.text.trim()).not.toBe('');
    expect(mail.text).toContain('Amina Hassan');
    expect(mail.html).toContain(`<html lang="${locale}" dir="${textDirection(locale)}">`);
    expect(mail.html).toContain(`lang="${locale}" dir="${textDirection(locale)}" style=`);
    expect(mail.html).toContain('Stadt Borken — Zusammenleben in Borken');
    expect(mail.html).toContain('Amina Hassan');
    expect(mail.html).not.toMatch(/\{\s*\w+\s*[,}]/); // no unformatted ICU argument left
  });

  it('writes right-to-left mails for Arabic and Persian only', () => {
    expect(render('mail-check', 'ar').html).toContain('dir="rtl"');
    expect(render('mail-check', 'fa').html).toContain('dir="rtl"');
    expect(render('mail-check', 'uk').html).not.toContain('dir="rtl"');
  });

  it('renders the German mail-check mail', () => {
    const mail = render('mail-check', 'de');

    expect(mail.subject).toBe('Testnachricht: Ihre E-Mail-Adresse funktioniert');
    expect(mail.text).toContain('Hallo Amina Hassan,');
    expect(mail.text).toContain('Gesendet am 30. März 2025 um 23:45 Uhr.');
    expect(mail.attachments).toEqual([]);
  });

  it('formats dates in Europe/Berlin in the recipient’s locale', () => {
    expect(render('mail-check', 'en').text).toContain('30 March 2025 at 23:45');
    expect(render('mail-check', 'uk').text).toContain('30 березня 2025');
    // Persian digits, Gregorian calendar (not the Solar Hijri one, which would say 1404)
    expect(render('mail-check', 'fa').text).toContain('۳۰ مارس ۲۰۲۵');
  });

  it('links the notification settings where the type says so', () => {
    const templates: NotificationTemplates = {
      ...NOTIFICATION_TEMPLATES,
      'mail-check': { ...NOTIFICATION_TEMPLATES['mail-check'], preferencesLink: true },
    };
    const mail = renderNotification(
      {
        type: 'mail-check',
        locale: 'en',
        payload: SAMPLE_PAYLOADS['mail-check'],
        recipient: { displayName: 'Amina' },
        context: CONTEXT,
      },
      { templates },
    );
    const url = 'https://zusammenleben.example.test/einstellungen/benachrichtigungen';

    expect(mail.html).toContain(`href="${url}"`);
    expect(mail.text).toContain(`Notification settings: ${url}`);
  });

  it('the staff test mail has no settings link: nobody subscribed to it', () => {
    const mail = render('mail-check', 'de');
    expect(mail.html).not.toContain('/einstellungen/benachrichtigungen');
  });

  it('leaves the settings link out for a type that has none', () => {
    const templates: NotificationTemplates = {
      ...NOTIFICATION_TEMPLATES,
      'mail-check': { ...NOTIFICATION_TEMPLATES['mail-check'], preferencesLink: false },
    };
    const mail = renderNotification(
      {
        type: 'mail-check',
        locale: 'de',
        payload: SAMPLE_PAYLOADS['mail-check'],
        recipient: { displayName: 'Amina' },
        context: CONTEXT,
      },
      { templates },
    );

    expect(mail.html).not.toContain('/einstellungen/benachrichtigungen');
    expect(mail.text).not.toContain('Benachrichtigungen einstellen');
  });

  it('falls back to the German message when a locale lacks it', () => {
    const catalogs: MessageCatalogs = {
      ...MESSAGE_CATALOGS,
      en: { ...MESSAGE_CATALOGS.en, 'mail-check.subject': undefined, 'mail-check.result': '  ' },
    };
    const mail = renderNotification(
      {
        type: 'mail-check',
        locale: 'en',
        payload: SAMPLE_PAYLOADS['mail-check'],
        recipient: { displayName: 'Amina' },
        context: CONTEXT,
      },
      { catalogs },
    );

    expect(mail.subject).toBe(MESSAGE_CATALOGS.de['mail-check.subject']);
    expect(mail.text).toContain(MESSAGE_CATALOGS.de['mail-check.result']);
    expect(mail.text).toContain('Hello Amina,');
    expect(mail.html).toContain('<html lang="en" dir="ltr">');
  });

  it('escapes a hostile display name in the HTML and keeps it literal in the text', () => {
    const hostile = '<script>alert("x")</script> & \'Co\'';
    const mail = renderNotification({
      type: 'mail-check',
      locale: 'de',
      payload: SAMPLE_PAYLOADS['mail-check'],
      recipient: { displayName: hostile },
      context: { ...CONTEXT, siteName: 'Borken <img src=x onerror=alert(1)>' },
    });

    expect(mail.html).not.toContain('<script>');
    expect(mail.html).not.toContain('<img');
    expect(mail.html).toContain(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Co&#39;',
    );
    expect(mail.text).toContain(`Hallo ${hostile},`);
  });

  it('keeps a multi-line display name on one line', () => {
    const mail = renderNotification({
      type: 'mail-check',
      locale: 'de',
      payload: SAMPLE_PAYLOADS['mail-check'],
      recipient: { displayName: 'Amina\n\nBitte überweisen Sie' },
      context: CONTEXT,
    });

    expect(mail.text).toContain('Hallo Amina Bitte überweisen Sie,');
  });

  it('isolates names in right-to-left text so a Latin name stays whole', () => {
    expect(render('mail-check', 'ar').text).toContain('\u2068Amina Hassan\u2069');
    expect(render('mail-check', 'de').text).not.toContain('\u2068');
  });

  it('attaches an .ics when the template names an appointment', () => {
    const templates: NotificationTemplates = {
      'mail-check': {
        preferencesLink: false,
        render: ({ t }) => ({
          subject: t('mail-check.subject'),
          heading: t('mail-check.heading'),
          paragraphs: [],
          calendarEvent: {
            uid: 'booking-42@zusammenleben.example.test',
            start: new Date('2025-07-01T16:00:00Z'),
            end: new Date('2025-07-01T18:00:00Z'),
            summary: 'Großer Saal',
          },
        }),
      },
    };
    const mail = renderNotification(
      {
        type: 'mail-check',
        locale: 'de',
        payload: SAMPLE_PAYLOADS['mail-check'],
        recipient: { displayName: 'Amina' },
        context: CONTEXT,
      },
      { templates },
    );

    expect(mail.attachments).toHaveLength(1);
    expect(mail.attachments[0]?.filename).toBe('termin.ics');
    expect(String(mail.attachments[0]?.content)).toContain(
      'DTSTART;TZID=Europe/Berlin:20250701T180000',
    );
    expect(String(mail.attachments[0]?.content)).toContain('DTSTAMP:20250330T214500Z');
  });
});
