import { deriveAccountLinkSecret, hashAccountLinkSecret } from './account-link-secret';

describe('account link secret', () => {
  const key = 'k'.repeat(40);
  const id = '0b8f6a2e-7c1d-4b7e-9f3a-1d2c3b4a5e6f';

  it('is deterministic per key and id, so a retried mail carries the same link', () => {
    expect(deriveAccountLinkSecret(key, id)).toBe(deriveAccountLinkSecret(key, id));
  });

  it('differs for another id or another key', () => {
    const secret = deriveAccountLinkSecret(key, id);
    expect(deriveAccountLinkSecret(key, id.replace('0b8f', '1b8f'))).not.toBe(secret);
    expect(deriveAccountLinkSecret('x'.repeat(40), id)).not.toBe(secret);
  });

  it('is URL-safe and 256 bits long', () => {
    expect(deriveAccountLinkSecret(key, id)).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('hashes to hex SHA-256', () => {
    expect(hashAccountLinkSecret('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });
});
