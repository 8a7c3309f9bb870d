import { notificationTextKey } from './notification-text-key';

describe('notificationTextKey', () => {
  it('words known types by their own key', () => {
    expect(notificationTextKey('mail-check')).toBe('notifications.types.mailCheck');
  });

  it('gives unknown types the generic text', () => {
    expect(notificationTextKey('room-booked')).toBe('notifications.types.unknown');
    expect(notificationTextKey('constructor')).toBe('notifications.types.unknown');
  });
});
