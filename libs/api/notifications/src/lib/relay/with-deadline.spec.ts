import { withDeadline } from './with-deadline';

describe('withDeadline', () => {
  it('passes a value that arrives in time', async () => {
    await expect(withDeadline(Promise.resolve(7), 100, 'x')).resolves.toBe(7);
  });

  it('rejects with the label when the promise hangs', async () => {
    await expect(withDeadline(new Promise(() => undefined), 20, 'Enqueuing')).rejects.toThrow(
      'Enqueuing took longer than 20 ms',
    );
  });
});
