import { expect, it } from 'vitest';
import { apiTestApp } from '../api/testing.js';
import { describeEachDialect } from '../store/testing.js';
import { seedWebFixture } from '../web/testing.js';

// Issue 18: q=abc%00def on /search, /suggest and their API twins answered 500 (a stack logged per
// request); on PostgreSQL any string parameter holding NUL failed with error 22021.
type ErrorBody = { error: { code: string; message: string; details?: { path: string[] }[] } };

describeEachDialect('control characters in parameters → 400 (issue 18)', (getDb) => {
  it('answers the API with the JSON error shape, naming the parameter', async () => {
    await seedWebFixture(getDb());
    const { app } = apiTestApp(getDb());
    for (const url of [
      '/api/v1/search?q=abc%00def',
      '/api/v1/suggest?q=abc%00def',
      '/api/v1/search?q=abc%01def',
      '/api/v1/search?q=abc%7Fdef',
      '/api/v1/incidents?q=x&service=%00',
    ]) {
      const res = await app.request(url);
      expect(res.status, url).toBe(400);
      expect(res.headers.get('content-type'), url).toContain('application/json');
      const body = (await res.json()) as ErrorBody;
      expect(body.error.code, url).toBe('bad_request');
      expect(body.error.message, url).toMatch(/control character \(U\+00(00|01|7F)\)/);
    }
    const post = await app.request('/api/v1/notice-check', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: '不正アクセス\u0000がありました。' }),
    });
    expect(post.status).toBe(400);
    expect(((await post.json()) as ErrorBody).error.details?.[0]?.path).toEqual(['text']);
  });

  it('answers pages with a 400 page, and leaves tabs and line breaks alone', async () => {
    const { app } = apiTestApp(getDb());
    for (const url of ['/search?q=abc%00def', '/suggest?q=abc%00def', '/incidents/abc%00def']) {
      const res = await app.request(url, { headers: { accept: 'text/html' } });
      expect(res.status, url).toBe(400);
      expect(res.headers.get('content-type'), url).toContain('text/html');
    }
    const form = (text: string) =>
      app.request('/notice-check', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
        body: new URLSearchParams({ text, lang: 'auto', detected: '' }).toString(),
      });
    expect((await form('不正アクセス\u0000がありました。')).status).toBe(400);
    expect((await form('不正アクセスが\r\nありました。\t以上')).status).toBe(200);
    expect((await app.request('/api/v1/search?q=%E3%82%B5%E3%83%B3%E3%83%97%E3%83%AB')).status).toBe(200);
  });
});
