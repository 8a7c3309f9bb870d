import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NOTIFICATION_TYPE_CATEGORY, NOTIFICATION_TYPES } from '@zusammen/shared/contracts';
import { notificationTextKey } from './notification-text-key';

describe('notificationTextKey', () => {
  it('words known types by their own key', () => {
    expect(notificationTextKey('mail-check')).toBe('notifications.types.mailCheck');
    expect(notificationTextKey('waitlist-offer')).toBe('notifications.types.waitlistOffer');
  });

  it.each([
    ['Haus der Begegnung', 'events', 6],
    ['Fahrradwerkstatt', 'bikes', 7],
  ] as const)(
    'words every %s type, in every catalog, with a title and a text',
    (_, category, count) => {
      const types = NOTIFICATION_TYPES.filter(
        (type) => NOTIFICATION_TYPE_CATEGORY[type] === category,
      );
      expect(types).toHaveLength(count);
      for (const locale of ['de', 'en', 'ar', 'fa', 'uk']) {
        const catalog = JSON.parse(
          readFileSync(
            join(__dirname, `../../../../../../apps/web/public/i18n/${locale}.json`),
            'utf8',
          ),
        ) as { notifications: { types: Record<string, { title?: string; text?: string }> } };
        for (const type of types) {
          const key = notificationTextKey(type);
          expect(key).not.toBe('notifications.types.unknown');
          const entry = catalog.notifications.types[key.split('.').pop() as string];
          expect({
            locale,
            type,
            title: !!entry?.title?.trim(),
            text: !!entry?.text?.trim(),
          }).toEqual({
            locale,
            type,
            title: true,
            text: true,
          });
        }
      }
    },
  );

  it('gives unknown types the generic text', () => {
    expect(notificationTextKey('room-booked')).toBe('notifications.types.unknown');
    expect(notificationTextKey('constructor')).toBe('notifications.types.unknown');
  });
});
