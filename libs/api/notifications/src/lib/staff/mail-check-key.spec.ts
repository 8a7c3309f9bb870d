import { mailCheckIdempotencyKey } from './mail-check-key';

describe('mailCheckIdempotencyKey', () => {
  const user = '0b7e3c1a-5d2f-4c8e-9a1b-2c3d4e5f6a7b';

  it('is the same within a minute and differs in the next one', () => {
    const first = mailCheckIdempotencyKey(user, new Date('2026-03-01T09:15:00.000Z'));
    expect(first).toBe(`mail-check/${user}/2026-03-01T09:15`);
    expect(mailCheckIdempotencyKey(user, new Date('2026-03-01T09:15:59.999Z'))).toBe(first);
    expect(mailCheckIdempotencyKey(user, new Date('2026-03-01T09:16:00.000Z'))).not.toBe(first);
  });
});
