import { describe, expect, it } from 'vitest';
import { parseEnNumber, parseJaNumber, parseNumberWithQualifier, qualifierFor } from './numeral-ja.js';

describe('parseJaNumber', () => {
  it.each([
    ['169万2,496', 1692496],
    ['1万589', 10589],
    ['2万', 20000],
    ['480万', 4800000],
    ['1.2万', 12000],
    ['3千', 3000],
    ['四百', 400],
    ['二千五百', 2500],
    ['十', 10],
    ['61,942', 61942],
    ['1億2,000万', 120000000],
    ['2 万 3,000', 23000],
  ])('%s → %d', (s, n) => {
    expect(parseJaNumber(s)).toBe(n);
  });
  it('returns null for non-numbers', () => {
    expect(parseJaNumber('')).toBeNull();
    expect(parseJaNumber('件')).toBeNull();
    expect(parseJaNumber('abc')).toBeNull();
  });
});

describe('parseEnNumber', () => {
  it.each([
    ['1.2 million', 1200000],
    ['5,000', 5000],
    ['five million', 5000000],
    ['56k', 56000],
    ['96M', 96000000],
    ['two', 2],
    ['23 billion', 23000000000],
  ])('%s → %d', (s, n) => {
    expect(parseEnNumber(s)).toBe(n);
  });
  it('rejects words that are not numbers', () => {
    expect(parseEnNumber('several')).toBeNull();
  });
});

describe('qualifiers', () => {
  it('reads 約/最大/up to/approximately', () => {
    expect(parseNumberWithQualifier('約2万')).toEqual({ value: 20000, qualifier: 'approx' });
    expect(parseNumberWithQualifier('最大で1万589')).toEqual({ value: 10589, qualifier: 'max' });
    expect(parseNumberWithQualifier('approximately 5,000')).toEqual({ value: 5000, qualifier: 'approx' });
    expect(parseNumberWithQualifier('up to 300')).toEqual({ value: 300, qualifier: 'max' });
    expect(parseNumberWithQualifier('1,234')).toEqual({ value: 1234, qualifier: 'exact' });
  });
  it('reads qualifiers written after the number (程度, 以上, 以下)', () => {
    expect(qualifierFor('', '件程度')).toBe('approx');
    expect(qualifierFor('', '名以下')).toBe('max');
    expect(qualifierFor('', '件')).toBe('exact');
  });
});

describe('parseJaNumber: digits before 千', () => {
  it('reads 3千, 1万2千 and 5千万', () => {
    expect(parseJaNumber('3千')).toBe(3000);
    expect(parseJaNumber('1万2千')).toBe(12000);
    expect(parseJaNumber('5千万')).toBe(50000000);
  });
});
