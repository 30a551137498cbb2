import { describe, expect, it } from 'vitest';
import { isAppError } from '../errors.js';
import { burnVerify, checkPasswordPolicy, hashPassword, verifyPassword } from './passwords.js';

describe('password policy', () => {
  it('refuses short, common, repeated and name-containing passwords', () => {
    for (const pw of ['short', 'elevenchars', 'Password1234', 'aaaaaaaaaaaaaaa', 'qwerty123456']) {
      expect(() => checkPasswordPolicy(pw), pw).toThrow();
    }
    expect(() => checkPasswordPolicy('hanako-secret-words', 'Hanako')).toThrow(/account name/);
    try {
      checkPasswordPolicy('password1234');
    } catch (e) {
      expect(isAppError(e, 'validation_failed')).toBe(true);
    }
  });

  it('accepts a long uncommon passphrase, counting characters not bytes', () => {
    expect(() => checkPasswordPolicy('violet kettle runs uphill')).not.toThrow();
    expect(() => checkPasswordPolicy('すみれ色のやかんが坂を上る')).not.toThrow();
    expect(() => checkPasswordPolicy('すみれ色のやかん')).toThrow();
  });
});

describe('argon2id hashing', () => {
  it('hashes with argon2id, ≥ 19 MiB, and verifies', async () => {
    const phc = await hashPassword('violet kettle runs uphill');
    expect(phc).toMatch(/^\$argon2id\$v=19\$m=(\d+),t=\d+,p=1\$/);
    expect(Number(/m=(\d+)/.exec(phc)![1])).toBeGreaterThanOrEqual(19_456);
    expect(await verifyPassword(phc, 'violet kettle runs uphill')).toBe(true);
    expect(await verifyPassword(phc, 'violet kettle runs uphil')).toBe(false);
    // Same password, different salt.
    expect(await hashPassword('violet kettle runs uphill')).not.toBe(phc);
  });

  it('never throws on a malformed hash, and burnVerify is always false', async () => {
    expect(await verifyPassword('not-a-hash', 'x')).toBe(false);
    expect(await burnVerify('anything at all')).toBe(false);
  });
});
