import { expect, it } from 'vitest';
import { apiTestApp } from '../api/testing.js';
import { sampleRecords } from '../peers/testing.js';
import { importRecords } from '../store/import.js';
import { describeEachDialect } from '../store/testing.js';
import { buildDraft, JA_DRAFT } from './testing.js';
import type { NoticeCheckResult } from './types.js';

describeEachDialect('notice-check routes', (getDb) => {
  it('POST /api/v1/notice-check checks a draft and suggests measures from comparable incidents', async () => {
    await importRecords(getDb(), sampleRecords());
    const { app } = apiTestApp(getDb());
    const res = await app.request('/api/v1/notice-check', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        text: buildDraft(JA_DRAFT, ['cause']).replace(
          '■概要',
          '■概要\nSQLインジェクション攻撃を受けました。',
        ),
        detected: '2025-04-01',
        regions: ['jp', 'eu', 'ca'],
      }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const r = (await res.json()) as NoticeCheckResult;
    expect(r.regimes.map((g) => g.regime)).toEqual(['appi', 'gdpr', 'california']);
    expect(r.detected_from).toBe('input');
    expect(r.deadlines).toHaveLength(4);
    expect(r.facts.causes).toContain('sql_injection');
    // external_investigation: 3 of the 5 SQL-injection incidents; the draft does not mention it.
    expect(r.suggestions[0]).toMatchObject({ measure: 'external_investigation', incidents: 3, of: 5 });
  });

  it('rejects an empty draft and a bad date with the one error shape', async () => {
    const { app } = apiTestApp(getDb());
    for (const body of [{ text: '' }, { text: 'x', detected: '2025-02-30' }]) {
      const res = await app.request('/api/v1/notice-check', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      expect(res.status).toBe(400);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('validation_failed');
    }
  });

  it('refuses a Korean draft (API 422 unsupported_language; the page says so, never "nothing reportable")', async () => {
    const { app } = apiTestApp(getDb());
    // Written for this test: a fictional shop's notice in Korean.
    const korean =
      '개인정보 유출 사고에 관한 안내\n당사 쇼핑몰 서버가 외부로부터 공격을 받아 고객님의 이름과 연락처가 유출되었습니다.';
    const res = await app.request('/api/v1/notice-check', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: korean }),
    });
    expect(res.status).toBe(422);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('unsupported_language');
    const post = await app.request('/notice-check?lang=en', {
      method: 'POST',
      body: new URLSearchParams({ text: korean, lang: 'auto', detected: '' }),
    });
    expect(post.status).toBe(400);
    const html = await post.text();
    expect(html).toContain('Language not supported (Korean)');
    expect(html).not.toContain('none of the reportable');
  });

  it('serves the page and renders a result for a posted form', async () => {
    const { app } = apiTestApp(getDb());
    const get = await app.request('/notice-check?lang=en');
    expect(get.status).toBe(200);
    const html = await get.text();
    expect(html).toContain('not stored');
    const form = new URLSearchParams({
      text: buildDraft(JA_DRAFT, ['publication']),
      lang: 'auto',
      detected: '',
    });
    const post = await app.request('/notice-check', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: form.toString(),
    });
    expect(post.status).toBe(200);
    const page = await post.text();
    expect(page).toContain('公表の実施状況');
    expect(page).toContain('入力した文章は保存されません');
  });

  it('offers the regions as checkboxes and checks the ticked ones, with deadlines as a list', async () => {
    const { app } = apiTestApp(getDb());
    const get = await (await app.request('/notice-check?lang=en')).text();
    expect(get).toContain('name="regions" value="tx"');
    expect(get).toContain('Where the affected people live');
    const form = new URLSearchParams({ text: buildDraft(JA_DRAFT), lang: 'auto', detected: '2026-03-02' });
    form.append('regions', 'jp');
    form.append('regions', 'kr');
    form.append('regions', 'zz');
    const page = await (
      await app.request('/notice-check', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: form.toString(),
      })
    ).text();
    expect(page).toContain('韓国 個人情報保護法 第34条');
    expect(page).toContain('韓国: 情報主体への通知');
    expect(page).not.toContain('カリフォルニア州民法');
    expect(page).toMatch(/value="kr" checked/);
    expect(page).not.toContain('<table');
  });

  it('spends the API budget on the page form: over it, a 429 page with Retry-After (issue 18)', async () => {
    // Its own secret: its own client key, apart from what earlier tests spent (PostgreSQL keeps budgets).
    const { app } = apiTestApp(getDb(), {
      LEAKWATCH_API_RATE_PER_MIN: '2',
      LEAKWATCH_SECRET: 'form-budget-secret-0123',
    });
    const form = new URLSearchParams({ text: '不正アクセスがありました。', lang: 'auto', detected: '' });
    const statuses: number[] = [];
    let last: Response | undefined;
    for (let i = 0; i < 3; i++) {
      last = await app.request('/notice-check', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
        body: form.toString(),
      });
      statuses.push(last.status);
    }
    expect(statuses).toEqual([200, 200, 429]);
    expect(Number(last!.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(last!.headers.get('content-type')).toContain('text/html');
  });

  it('lists the routes in the OpenAPI document', async () => {
    const { app } = apiTestApp(getDb());
    const doc = (await (await app.request('/api/openapi.json')).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/notice-check',
        '/api/v1/benchmarks',
        '/api/v1/benchmarks/incidents/{id}',
        '/api/v1/export',
      ]),
    );
  });
});
