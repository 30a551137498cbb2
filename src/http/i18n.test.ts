import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { defineMessages, formatDate, fromAcceptLanguage, pickLang, switchLangHref } from './i18n.js';

describe('i18n', () => {
  const t = defineMessages({ ja: { hi: '{name}さん、{n}件' }, en: { hi: 'Hi {name}, {n} items' } });

  it('interpolates parameters and formats numbers per language', () => {
    expect(t('ja', 'hi', { name: 'さくら', n: 12345 })).toBe('さくらさん、12,345件');
    expect(t('en', 'hi', { name: 'Sam', n: 8000 })).toBe('Hi Sam, 8,000 items');
    expect(t('en', 'hi')).toBe('Hi {name}, {n} items');
  });

  it('formats dates', () => {
    expect(formatDate('2024-05-08', 'ja')).toBe('2024年5月8日');
    expect(formatDate('2024-05-08', 'en')).toBe('8 May 2024');
    expect(formatDate(null, 'en')).toBe('');
  });

  it('reads Accept-Language with q-values, Japanese by default', () => {
    expect(fromAcceptLanguage(undefined)).toBe('ja');
    expect(fromAcceptLanguage('fr-FR,fr;q=0.9')).toBe('ja');
    expect(fromAcceptLanguage('en-US,en;q=0.9,ja;q=0.8')).toBe('en');
    expect(fromAcceptLanguage('en;q=0.5,ja-JP;q=0.9')).toBe('ja');
    expect(fromAcceptLanguage('ja;q=0,en')).toBe('en');
  });

  it('pickLang: ?lang= beats the cookie, which beats Accept-Language', async () => {
    const app = new Hono().get('/', (c) => c.text(pickLang(c)));
    const get = async (path: string, headers: Record<string, string> = {}) =>
      (await app.request(path, { headers })).text();
    expect(await get('/')).toBe('ja');
    expect(await get('/', { 'accept-language': 'en' })).toBe('en');
    expect(await get('/', { 'accept-language': 'en', cookie: 'lang=ja' })).toBe('ja');
    expect(await get('/?lang=en', { cookie: 'lang=ja' })).toBe('en');
    expect(await get('/?lang=xx', { 'accept-language': 'en' })).toBe('en');
  });

  it('the language switch keeps path and query', () => {
    expect(switchLangHref('/search?q=naver&page=2', 'en')).toBe('/search?q=naver&page=2&lang=en');
    expect(switchLangHref('/', 'ja')).toBe('/?lang=ja');
  });
});
