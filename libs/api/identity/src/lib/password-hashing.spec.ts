import { hashPassword, PASSWORD_HASH_PARAMS, verifyPassword } from './password-hashing';

describe('password hashing (argon2id)', () => {
  it('stores an argon2id PHC string with the configured cost, salted per hash', async () => {
    const first = await hashPassword('Borken-Demo-2026');
    const second = await hashPassword('Borken-Demo-2026');
    expect(first).toMatch(
      new RegExp(
        `^\\$argon2id\\$v=19\\$m=${PASSWORD_HASH_PARAMS.memorySize},t=${PASSWORD_HASH_PARAMS.iterations},p=1\\$`,
      ),
    );
    expect(first).not.toEqual(second);
  });

  it('accepts the right password and rejects a wrong one', async () => {
    const hash = await hashPassword('Fahrrad fahren in Borken');
    await expect(verifyPassword(hash, 'Fahrrad fahren in Borken')).resolves.toBe(true);
    await expect(verifyPassword(hash, 'fahrrad fahren in borken')).resolves.toBe(false);
  });

  it('treats a malformed stored hash as a mismatch instead of throwing', async () => {
    await expect(verifyPassword('not-a-hash', 'anything')).resolves.toBe(false);
  });
});
