import { describe, expect, it } from 'vitest';
import { sizeBandLabel } from './stats.js';

describe('size bands in words', () => {
  it('uses 万 in Japanese and words in English, never 1k or 1M', () => {
    expect(sizeBandLabel('<1k', 'ja')).toBe('1,000未満');
    expect(sizeBandLabel('100k–1M', 'ja')).toBe('10万〜100万');
    expect(sizeBandLabel('≥1M', 'ja')).toBe('100万以上');
    expect(sizeBandLabel('≥1M', 'en')).toBe('1 million or more');
    expect(sizeBandLabel('1k–10k', 'en')).toBe('1,000 to 10,000');
    expect(sizeBandLabel('unknown', 'ja')).toBe('不明');
  });
});
