import { describe, expect, it } from 'vitest';
import {
  HOST_NAME,
  hostBody,
  KANA_BEFORE_PLACE,
  KANA_HOST_NAME,
  KANA_NOT_NAME,
  NOT_PLACE_NAME,
} from './org-host.js';

const all = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => m[1]);

describe('names of the kind a notice’s address names', () => {
  it('reads a city in kanji and a town in kana', () => {
    expect(all(HOST_NAME.city!, '見本市では、見本市長が説明しました。')).toEqual(['見本市']);
    const kana = '、みほん町では対応しています。';
    expect(KANA_BEFORE_PLACE.test(kana)).toBe(true);
    expect(all(KANA_HOST_NAME.town!, kana)).toEqual(['みほん町']);
  });
  it('tells a demonstrative from a kana name', () => {
    expect(KANA_NOT_NAME.test('この町')).toBe(true);
    expect(KANA_NOT_NAME.test('みほん町')).toBe(false);
  });
  it('tells a word ending in 市 from a place', () => {
    expect(NOT_PLACE_NAME.test('都市')).toBe(true);
    expect(NOT_PLACE_NAME.test('について本市')).toBe(true);
    expect(NOT_PLACE_NAME.test('見本市')).toBe(false);
    expect(NOT_PLACE_NAME.test('みほん市')).toBe(false);
  });
});

describe('the body a host alone names', () => {
  it('knows the one 都 from its address, and no other body', () => {
    expect(hostBody('www.kyoiku.metro.tokyo.lg.jp')).toBe('東京都');
    expect(hostBody('www.metro.tokyo.jp')).toBe('東京都');
    expect(hostBody('www.city.example.lg.jp')).toBeNull();
    expect(hostBody('metro.tokyo.example.com')).toBeNull();
  });
});
