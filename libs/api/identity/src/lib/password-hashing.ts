import { randomBytes } from 'node:crypto';
import { argon2id, argon2Verify } from 'hash-wasm';

/**
 * argon2id parameters (OWASP password storage cheat sheet: m = 19 MiB, t = 2, p = 1). The hash is
 * computed in WebAssembly (hash-wasm), so no native addon has to load or compile on any machine.
 * The parameters are stored in the PHC string, so raising them later keeps old hashes verifiable.
 */
export const PASSWORD_HASH_PARAMS = {
  memorySize: 19_456,
  iterations: 2,
  parallelism: 1,
  hashLength: 32,
};

/** argon2id in PHC format (`$argon2id$v=19$m=…`): the only way passwords are stored. */
export async function hashPassword(password: string): Promise<string> {
  return argon2id({
    password,
    salt: randomBytes(16),
    ...PASSWORD_HASH_PARAMS,
    outputType: 'encoded',
  });
}

/** Constant-time check of a password against a stored argon2 hash; false for malformed hashes. */
export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2Verify({ password, hash });
  } catch {
    return false;
  }
}
