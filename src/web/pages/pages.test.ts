import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../app.js';
import { loadConfig } from '../../config.js';
import type { Db } from '../../store/db.js';
import { createReader } from '../../store/reader.js';
import type { WebFixture } from '../testing.js';
import { type FixtureApp, openFixtureApp } from '../testing-app.js';

let db: Db;
let fx: WebFixture;
let app: FixtureApp['app'];

beforeAll(async () => {
  ({ db, fx, app } = await openFixtureApp());
});
afterAll(async () => {
  await db?.close();
});

const HTML = { accept: 'text/html' };
async function get(path: string, headers: Record<string, string> = HTML) {
  const res = await app.request(path, { headers });
  return { res, body: await res.text() };
}

describe('pages (real SQLite store with fictional notices)', () => {
  it('home: Japanese by default, with CSP and security headers', async () => {
    const { res, body } = await get('/');
    expect(res.status).toBe(200);
    expect(body.startsWith('<!doctype html>')).toBe(true);
    expect(body).toContain('<html lang="ja">');
    expect(body).toContain('最近の事案');
    expect(body).toContain('株式会社サンプル商事');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+'/);
    expect(csp).toContain("style-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(res.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(res.headers.get('strict-transport-security')).toBeNull();
    expect(body).not.toMatch(/ style="/);
    expect(body).not.toMatch(/<style/);
  });

  it('English by Accept-Language and by ?lang=en (which sets a cookie and keeps the path)', async () => {
    const a = await get('/', { ...HTML, 'accept-language': 'en-US,en;q=0.9,ja;q=0.5' });
    expect(a.body).toContain('<html lang="en">');
    expect(a.body).toContain('Latest incidents');
    expect(a.body).toContain('href="/?lang=ja"');
    const b = await get('/search?q=widget&lang=en');
    expect(b.body).toContain('<html lang="en">');
    expect(b.res.headers.get('set-cookie')).toMatch(/lang=en/);
    expect(b.body).toContain('href="/search?q=widget&amp;lang=ja"');
  });

  it('search finds the service by name and says what matched', async () => {
    const { res, body } = await get(`/search?q=${encodeURIComponent('サンプル通販')}`);
    expect(res.status).toBe(200);
    expect(body).toContain('1件の事案が見つかりました');
    expect(body).toContain('一致:');
    const none = await get('/search?q=zzzznotathing');
    expect(none.body).toContain('見つかりませんでした');
  });

  it('a search that finds nothing says not found is not safe and links to /exposure and /watch (JA/EN)', async () => {
    for (const [lang, notSafe] of [
      ['ja', '安全だとは限りません'],
      ['en', 'does not mean it is safe'],
    ] as const) {
      const { res, body } = await get(`/search?q=zzzznotathing&lang=${lang}`);
      expect(res.status).toBe(200);
      expect(body).toContain(notSafe);
      expect(body).toContain('href="/exposure"');
      expect(body).toContain('href="/watch"');
    }
  });

  it('search without q lists incidents with pagination links', async () => {
    const { body } = await get('/search');
    expect(body).toContain('すべての事案');
  });

  it('suggest returns JSON suggestions for kana, romaji and English spellings', async () => {
    for (const q of ['ガジェットクラブ', 'gajetto', 'Gadget']) {
      const res = await app.request(`/suggest?q=${encodeURIComponent(q)}`);
      expect(res.status).toBe(200);
      const json = (await res.json()) as { suggestions: { name: string }[] };
      expect(json.suggestions.map((s) => s.name)).toContain('Gadget Club');
    }
  });

  it('incident: two-sentence summary, facts with evidence links, timeline, history, contact', async () => {
    const { res, body } = await get(`/incidents/${fx.sampleIncidentId}`);
    expect(res.status).toBe(200);
    expect(body).toContain('株式会社サンプル商事は2026年3月2日、SQLインジェクションにより');
    expect(body).toContain('12,345人');
    // Every notice fact links to its quote.
    expect(body).toMatch(new RegExp(`href="/notices/${fx.sample2NoticeId}\\?hl=\\d+-\\d+#hl"`));
    expect(body).toContain('class="timeline"');
    expect(body).toContain('<ol class="timeline">');
    expect(body).toContain('件数: 約8,000人 → 12,345人');
    expect(body).toContain('漏えいした情報: クレジットカード情報を追加');
    expect(body).toContain('第2報');
    expect(body).toContain('href="tel:0120000000"');
    expect(body).toContain('クレジットカード番号');
    expect(body).toContain('パスワードの再設定・リセット');
    expect(body).toContain('2025年4月1日から2026年2月20日までに会員登録されたお客様');
  });

  it('incident in English', async () => {
    const { body } = await get(`/incidents/${fx.sampleIncidentId}?lang=en`);
    expect(body).toContain('<html lang="en">');
    expect(body).toMatch(/On 2 Mar 2026, 株式会社サンプル商事 disclosed that credit cards, passwords/);
    expect(body).toContain('Count: about 8,000 people → 12,345 people');
  });

  it('imported incident says where its facts come from', async () => {
    const { body } = await get('/search?q=Gadget');
    const slug = /href="\/incidents\/([^"]+)"/.exec(body)?.[1];
    expect(slug).toBeTruthy();
    const page = await get(`/incidents/${slug}`);
    // A plain name and a link to the record's own source; never the internal dataset id.
    expect(page.body).toContain('出典: <a href="https://example.com/breach-report"');
    expect(page.body).not.toContain('webtest');
  });

  it('unknown incident, notice, organisation and page are 404 pages in the right language', async () => {
    for (const p of [
      '/incidents/no-such-incident',
      '/notices/nope',
      '/organizations/nope',
      '/services/nope',
      '/nowhere',
    ]) {
      const { res, body } = await get(p);
      expect(res.status, p).toBe(404);
      expect(body).toContain('<html lang="ja">');
      expect(res.headers.get('content-security-policy')).toBeTruthy();
    }
    const en = await get('/incidents/no-such-incident', { ...HTML, 'accept-language': 'en' });
    expect(en.body).toContain('No incident has that id.');
    const api = await app.request('/nowhere');
    expect(api.status).toBe(404);
    expect(api.headers.get('content-type')).toContain('application/json');
  });

  it('notice page highlights the evidence span and escapes notice markup', async () => {
    const n = await get(`/notices/${fx.widgetsNoticeId}`);
    expect(n.res.status).toBe(200);
    expect(n.body).not.toContain('<script>alert(1)</script>');
    expect(n.body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(n.body).not.toContain('<img src=x');
    expect(n.body).toContain('&lt;img src=x onerror=alert(2)&gt;');
    expect(n.body).not.toContain('href="javascript:');
    const text = 'A phishing email';
    const { body } = await get(`/incidents/${fx.widgetsIncidentId}`);
    const hl = new RegExp(`/notices/${fx.widgetsNoticeId}\\?hl=(\\d+)-(\\d+)#hl`).exec(body);
    expect(hl).toBeTruthy();
    const marked = await get(`/notices/${fx.widgetsNoticeId}?hl=${hl![1]}-${hl![2]}`);
    expect(marked.body).toMatch(/<mark id="hl">[^<]+<\/mark>/);
    const bad = await get(`/notices/${fx.widgetsNoticeId}?hl=5-999999`);
    expect(bad.body).toContain('範囲外');
    expect(text).toBeTruthy();
  });

  it('organisation and service pages and lists', async () => {
    const list = await get('/organizations');
    expect(list.body).toContain('株式会社サンプル商事');
    const orgSlug = /href="\/organizations\/([^"]+)">株式会社サンプル商事/.exec(list.body)?.[1];
    const org = await get(`/organizations/${orgSlug}`);
    expect(org.res.status).toBe(200);
    expect(org.body).toContain('この組織の事案');
    const services = await get('/services');
    const svcSlug = /href="\/services\/([^"]+)">サンプル通販/.exec(services.body)?.[1];
    const svc = await get(`/services/${svcSlug}`);
    expect(svc.res.status).toBe(200);
    expect(svc.body).toContain('このサービスの事案');
  });

  it('stats: SVG charts with role=img, title and desc, no inline style, tables beside', async () => {
    const { res, body } = await get('/stats');
    expect(res.status).toBe(200);
    expect(body).toContain('role="img"');
    expect(body).toMatch(/<title id="by-year-title">/);
    expect(body).toContain('<desc id="by-year-desc">');
    expect(body).not.toMatch(/<style|style="/);
    expect(body).toContain('<table>');
  });

  it('exposure: GET shows the form and says nothing is stored', async () => {
    const { res, body } = await get('/exposure');
    expect(res.status).toBe(200);
    expect(body).toContain('保存も記録もしません');
    expect(body).toContain('method="post"');
  });

  it('exposure: pasted names → incidents, matrix, prioritised advice; scope "no" → likely not affected', async () => {
    const form = new URLSearchParams({
      paste: 'サンプル通販\nガジェットクラブ\nnothing-like-this',
      action: 'report',
    });
    const res = await app.request('/exposure', {
      method: 'POST',
      body: form,
      headers: { ...HTML, origin: 'http://localhost' },
    });
    const body = await res.text();
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(body).toContain('見つからなかった名前: nothing-like-this');
    expect(body).toContain('どの情報がどこで漏れたか');
    expect(body).toContain('class="matrix"');
    // Card advice comes before phishing advice; Japan contacts present.
    const card = body.indexOf('カード裏面');
    const phishing = body.indexOf('フィッシングメール');
    expect(card).toBeGreaterThan(0);
    expect(phishing).toBeGreaterThan(card);
    expect(body).toContain('188');
    expect(body).toContain('#9110');
    expect(body).toContain(`name="scope_${fx.sampleIncidentId}"`);

    const tokens = [...body.matchAll(/name="s" value="([^"]+)" checked/g)].map((m) => m[1]!);
    expect(tokens.length).toBe(2);
    const again = new URLSearchParams([
      ...tokens.map((tk) => ['s', tk]),
      ['action', 'report'],
      [`scope_${fx.sampleIncidentId}`, 'no'],
    ]);
    const res2 = await app.request('/exposure', {
      method: 'POST',
      body: again,
      headers: { ...HTML, origin: 'http://localhost' },
    });
    const body2 = await res2.text();
    expect(body2).toContain('おそらく影響なし');
    expect(body2).not.toContain('カード裏面');
  });

  it("a failing store gives a 500 page in the reader's language, without internals", async () => {
    const reader = createReader(db);
    const broken = createApp({
      config: loadConfig({}),
      db,
      reader: {
        ...reader,
        stats: () => Promise.reject(new Error('SQLITE_BUSY: secret internals')),
      },
    });
    const res = await broken.request('/', { headers: { ...HTML, 'accept-language': 'en' } });
    const body = await res.text();
    expect(res.status).toBe(500);
    expect(body).toContain('<html lang="en">');
    expect(body).toContain('Something went wrong');
    expect(body).toContain('Request id:');
    expect(body).not.toContain('SQLITE_BUSY');
    expect(res.headers.get('content-security-policy')).toBeTruthy();
  });

  it('static assets are served with cache headers and the right type', async () => {
    const css = await app.request('/static/site.css?v=x');
    expect(css.status).toBe(200);
    expect(css.headers.get('content-type')).toContain('text/css');
    expect(css.headers.get('cache-control')).toContain('immutable');
    const missing = await app.request('/static/..%2Fapp.ts');
    expect(missing.status).toBe(404);
  });
});
