import { describeDeliveryError, MAX_LAST_ERROR_LENGTH } from './delivery-error';
import { notificationMessageId } from './notification-message-id';

describe('describeDeliveryError', () => {
  it('keeps name and message on one line', () => {
    expect(describeDeliveryError(new Error('451 Try again\n later'))).toBe(
      'Error: 451 Try again later',
    );
  });

  it('masks credentials in URLs and key=value pairs', () => {
    const text = describeDeliveryError(
      new Error('connect smtp://mailer:hunter2@mail.example:587 failed, password=hunter2'),
    );
    expect(text).not.toContain('hunter2');
    expect(text).toContain('smtp://***@mail.example:587');
    expect(text).toContain('password=***');
  });

  it('truncates long errors', () => {
    const text = describeDeliveryError(new Error('x'.repeat(2_000)));
    expect(text).toHaveLength(MAX_LAST_ERROR_LENGTH);
    expect(text.endsWith('…')).toBe(true);
  });

  it('describes non-errors', () => {
    expect(describeDeliveryError('boom')).toBe('boom');
  });
});

describe('notificationMessageId', () => {
  it('derives a stable Message-ID from the row id and the public host', () => {
    expect(
      notificationMessageId(
        '0b6c7a0e-1111-4222-8333-444455556666',
        'https://zl.borken.de:8443/app',
      ),
    ).toBe('<notification-0b6c7a0e-1111-4222-8333-444455556666@zl.borken.de>');
  });
});
