import { hash, verify } from '@node-rs/argon2';
import { AppError } from '../errors.js';
import { COMMON_PASSWORDS } from './common-passwords.js';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

/**
 * argon2id with OWASP's first recommended setting (m = 19 MiB, t = 2, p = 1). `algorithm: 2` is
 * Algorithm.Argon2id — the package's `const enum` cannot be imported under isolatedModules.
 */
const ARGON2_OPTIONS = { algorithm: 2 as const, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

/**
 * Throws `validation_failed` (with a Japanese/English message) when a new password is too short, too
 * long, common, one repeated character, or the account name itself.
 *
 * @example checkPasswordPolicy('correct horse battery', 'aiko') // ok
 */
export function checkPasswordPolicy(password: string, userName?: string): void {
  const problem = passwordProblem(password, userName);
  if (problem) {
    throw new AppError('validation_failed', problem, {
      details: [{ code: 'weak_password', path: ['password'], message: problem }],
    });
  }
}

function passwordProblem(password: string, userName?: string): string | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) {
    return `パスワードは${PASSWORD_MIN_LENGTH}文字以上にしてください / Password must be at least ${PASSWORD_MIN_LENGTH} characters`;
  }
  if (length > PASSWORD_MAX_LENGTH) {
    return `パスワードが長すぎます / Password must be at most ${PASSWORD_MAX_LENGTH} characters`;
  }
  const folded = password.normalize('NFKC').toLowerCase();
  if (COMMON_PASSWORDS.has(folded) || /^(.)\1+$/u.test(folded)) {
    return 'よく使われるパスワードは使えません / This password is too common';
  }
  if (userName && folded.includes(userName.normalize('NFKC').toLowerCase())) {
    return 'パスワードにアカウント名を含めないでください / Password must not contain the account name';
  }
  return null;
}

/** argon2id PHC string of `password` (async: runs off the event loop). */
export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

/** True when `password` matches `phc`; false (never a throw) for a malformed hash. */
export async function verifyPassword(phc: string, password: string): Promise<boolean> {
  try {
    return await verify(phc, password);
  } catch {
    return false;
  }
}

let dummy: Promise<string> | undefined;

/**
 * Verifies against a throw-away hash so that "no such account" costs the same time as "wrong
 * password" — otherwise response time would tell an attacker which account names exist.
 */
export async function burnVerify(password: string): Promise<false> {
  dummy ??= hashPassword('leakwatch-dummy-password-never-used');
  await verifyPassword(await dummy, password);
  return false;
}
