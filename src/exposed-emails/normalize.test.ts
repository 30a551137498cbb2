import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { isAppError } from '../errors.js';
import { hashEmail, normalizeEmail, prefixHex, splitHash } from './normalize.js';

const sha = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

describe('normalizeEmail', () => {
  const table: [string, string, string][] = [
    // input, keep, strip
    ['taro@example.jp', 'taro@example.jp', 'taro@example.jp'],
    ['  Taro.Yamada@Example.JP\t', 'taro.yamada@example.jp', 'taro.yamada@example.jp'],
    ['ＴＡＲＯ＠ＥＸＡＭＰＬＥ．ＪＰ', 'taro@example.jp', 'taro@example.jp'],
    ['\u3000hanako@example.com\u3000', 'hanako@example.com', 'hanako@example.com'],
    ['Hanako+Shop@example.com', 'hanako+shop@example.com', 'hanako@example.com'],
    ['a+b+c@example.com', 'a+b+c@example.com', 'a@example.com'],
    ['+tag@example.com', '+tag@example.com', '+tag@example.com'],
    ['ｈａｎａｋｏ＋ｓｈｏｐ@example.com', 'hanako+shop@example.com', 'hanako@example.com'],
  ];
  it.each(table)('%j → keep %j, strip %j', (input, keep, strip) => {
    expect(normalizeEmail(input)).toBe(keep);
    expect(normalizeEmail(input, { plusAddressing: 'keep' })).toBe(keep);
    expect(normalizeEmail(input, { plusAddressing: 'strip' })).toBe(strip);
  });

  it.each([
    'taro',
    'taro@@example.jp',
    'a@b@example.jp',
    '@example.jp',
    'taro@',
    'taro yamada@example.jp',
    'taro@exa mple.jp',
    '',
    '   ',
  ])('refuses %j with validation_failed', (bad) => {
    let err: unknown;
    try {
      normalizeEmail(bad);
    } catch (e) {
      err = e;
    }
    expect(isAppError(err, 'validation_failed')).toBe(true);
    // The message never repeats the address.
    if (bad.trim()) expect((err as Error).message).not.toContain(bad.trim());
  });
});

describe('hashEmail', () => {
  it('is the lower-case SHA-256 hex of the normalised address', () => {
    expect(hashEmail(' Alice@Example.com ')).toBe(sha('alice@example.com'));
    expect(hashEmail('alice@example.com')).toBe(
      'ff8d9819fc0e12bf0d24892e45987e249a28dce836a85cad60e28eaaa8c6d976',
    );
    expect(hashEmail('alice+x@example.com', { plusAddressing: 'strip' })).toBe(sha('alice@example.com'));
    expect(hashEmail('alice+x@example.com')).toBe(sha('alice+x@example.com'));
  });

  it('splits into a 20-bit prefix and a 59-hex suffix', () => {
    const h = hashEmail('alice@example.com');
    const { prefix, suffix } = splitHash(h.toUpperCase());
    expect(prefix).toBe(0xff8d9);
    expect(prefixHex(prefix) + suffix).toBe(h);
    expect(suffix).toHaveLength(59);
    expect(prefixHex(0xa)).toBe('0000a');
    expect(() => splitHash('abc')).toThrow(/64 hex/);
  });
});

describe('the browser script normalises the same way', () => {
  const src = readFileSync(new URL('../http/static/check.js', import.meta.url), 'utf8');
  const window: {
    leakwatchCheck?: { normalize(s: string, strip: boolean): string | null; variants(s: string): string[] };
  } = {};
  runInNewContext(src, { window });
  const browser = window.leakwatchCheck!;

  it.each([
    'ＴＡＲＯ＠ＥＸＡＭＰＬＥ．ＪＰ',
    '  Hanako+Shop@Example.com ',
    '+tag@example.com',
    'Ǆemo@example.com',
    'İstanbul@example.com',
    'a@b@c',
    'no-at',
    'x y@example.com',
  ])('%j', (input) => {
    for (const strip of [false, true]) {
      let server: string | null;
      try {
        server = normalizeEmail(input, { plusAddressing: strip ? 'strip' : 'keep' });
      } catch {
        server = null;
      }
      expect(browser.normalize(input, strip)).toBe(server);
    }
  });

  it('checks an address with "+tag" both ways', () => {
    expect(browser.variants('Taro+Shop@example.jp')).toEqual(['taro+shop@example.jp', 'taro@example.jp']);
    expect(browser.variants('taro@example.jp')).toEqual(['taro@example.jp']);
    expect(browser.variants('bad')).toEqual([]);
  });
});
