import { createHash } from 'node:crypto';
import { AppError } from '../errors.js';

/** What to do with a "+tag" in the local part (`a+news@example.com`). */
export type PlusAddressing = 'strip' | 'keep';

export interface NormalizeOptions {
  /**
   * 'keep' (default) hashes the address as given; 'strip' removes "+tag" from the local part, for
   * lists whose organisation folded sub-addresses together. Default 'keep': many providers do not
   * treat "+" specially, and stripping would merge two different mailboxes there.
   */
  plusAddressing?: PlusAddressing;
}

/**
 * Puts an email address into the one form that leakwatch hashes: NFKC (full-width
 * "ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ", common in Japanese forms, becomes ASCII), trim, lower-case the whole
 * address, optionally strip "+tag". The local part is case-sensitive by RFC 5321 §2.4, but no
 * real provider treats it so, and an organisation's list and a person's typing rarely agree on case.
 * Refuses (AppError validation_failed) anything without exactly one "@", with an empty side, or with
 * whitespace inside. The same steps run in the browser (src/http/static/check.js).
 *
 * @example normalizeEmail('  Taro.Yamada+News@Example.JP ') // 'taro.yamada+news@example.jp'
 * @example normalizeEmail('Taro+News@example.jp', { plusAddressing: 'strip' }) // 'taro@example.jp'
 */
export function normalizeEmail(s: string, opts: NormalizeOptions = {}): string {
  const n = s.normalize('NFKC').trim().toLowerCase();
  const at = n.indexOf('@');
  if (at < 0 || at !== n.lastIndexOf('@')) {
    throw new AppError(
      'validation_failed',
      'メールアドレスには @ がちょうど1つ必要です / An email address needs exactly one @',
    );
  }
  if (/\s/.test(n)) {
    throw new AppError(
      'validation_failed',
      'メールアドレスに空白は使えません / An email address cannot contain spaces',
    );
  }
  let local = n.slice(0, at);
  const domain = n.slice(at + 1);
  if (!local || !domain) {
    throw new AppError(
      'validation_failed',
      'メールアドレスの @ の前後が空です / Both sides of the @ must be filled',
    );
  }
  if (opts.plusAddressing === 'strip') {
    const plus = local.indexOf('+');
    // "+tag@x" alone (nothing before the +) is kept: an empty mailbox name is not an address.
    if (plus > 0) local = local.slice(0, plus);
  }
  return `${local}@${domain}`;
}

/**
 * SHA-256 (lower-case hex) of the normalised address: what lists store and the browser sends the
 * first five characters of.
 *
 * @example hashEmail('Alice@Example.com') // sha256('alice@example.com') = 'ff8d9819fc0e12bf0d24892e45987e249a28dce836a85cad60e28eaaa8c6d976'
 */
export function hashEmail(s: string, opts: NormalizeOptions = {}): string {
  return createHash('sha256').update(normalizeEmail(s, opts), 'utf8').digest('hex');
}

/** Exactly 64 hex characters (either case). */
export const HASH_RE = /^[0-9a-fA-F]{64}$/;
/** Exactly 5 hex characters (either case): a range prefix. */
export const PREFIX_RE = /^[0-9a-fA-F]{5}$/;

/**
 * Splits a SHA-256 hex into its range prefix (the first 5 hex = 20 bits, as an integer: a 4-byte
 * key indexes faster than text) and the 59-hex suffix that is stored.
 *
 * @example splitHash('ff8d9…') // { prefix: 0xff8d9, suffix: '819fc0e…' }
 */
export function splitHash(hex: string): { prefix: number; suffix: string } {
  if (!HASH_RE.test(hex))
    throw new AppError('validation_failed', 'SHA-256 は16進64文字です / A SHA-256 hash is 64 hex characters');
  const h = hex.toLowerCase();
  return { prefix: Number.parseInt(h.slice(0, 5), 16), suffix: h.slice(5) };
}

/** The 5-hex text form of a range prefix integer. @example prefixHex(0xff8d9) // 'ff8d9' */
export function prefixHex(prefix: number): string {
  return prefix.toString(16).padStart(5, '0');
}
