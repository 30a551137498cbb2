import { describe, expect, it } from 'vitest';
import { formatCompact, interpolate } from './i18n.js';
import { sourceInfo } from './source-names.js';

describe('numbers and plurals', () => {
  it('shortens large numbers with 万 and 億 in Japanese, K and M in English', () => {
    expect(formatCompact(500_000_000, 'ja')).toBe('5億');
    expect(formatCompact(12_345, 'ja')).toBe('1.2万');
    expect(formatCompact(8_000, 'ja')).toBe('8,000');
    expect(formatCompact(0, 'ja')).toBe('0');
    expect(formatCompact(500_000_000, 'en')).toBe('500M');
  });

  it('picks English word forms by plural rules', () => {
    expect(interpolate('{n} {n|day|days}', { n: 1 }, 'en')).toBe('1 day');
    expect(interpolate('{n} {n|day|days}', { n: 2 }, 'en')).toBe('2 days');
    expect(interpolate('{n} {n|incident|incidents}', { n: 0 }, 'en')).toBe('0 incidents');
    expect(interpolate('{n}日', { n: 1 }, 'ja')).toBe('1日');
  });
});

describe('source names', () => {
  it('names datasets plainly and links their public page or the record', () => {
    expect(sourceInfo('hibp', 'https://haveibeenpwned.com/PwnedWebsites#Adobe', 'en')).toEqual({
      name: 'Have I Been Pwned',
      href: 'https://haveibeenpwned.com/PwnedWebsites#Adobe',
    });
    expect(sourceInfo('ca-ag', 'https://example.com/x.pdf', 'ja').href).toBe(
      'https://oag.ca.gov/privacy/databreach/list',
    );
    const jp = sourceInfo('jp-security-announcements', 'https://www.example.co.jp/release/1', 'ja');
    expect(jp.name).not.toContain('jp-security');
    expect(jp.href).toBe('https://www.example.co.jp/release/1');
    expect(sourceInfo('mystery', 'javascript:alert(1)', 'en')).toEqual({ name: 'imported data', href: null });
  });
});
