import { beforeAll, describe, expect, it } from 'vitest';
import { ingestNotice } from '../ingest/pipeline.js';
import { describeEachDialect } from '../store/testing.js';
import { apiTestApp } from './testing.js';
import { seedApiFixtures } from './testing-fixtures.js';

type App = ReturnType<typeof apiTestApp>['app'];

// biome-ignore lint/suspicious/noExplicitAny: JSON bodies are checked field by field below
async function get(app: App, path: string, init?: RequestInit): Promise<{ res: Response; body: any }> {
  const res = await app.request(path, init);
  const text = await res.text();
  return { res, body: text ? JSON.parse(text) : null };
}

describeEachDialect('API /api/v1', (getDb) => {
  let app: App;
  let total: number;
  beforeAll(async () => {
    total = await seedApiFixtures(getDb());
    app = apiTestApp(getDb()).app;
  });

  describe('incidents', () => {
    it('lists a page with total, limit, offset and a Link rel=next on the public URL', async () => {
      const { res, body } = await get(app, '/api/v1/incidents?limit=10&offset=0');
      expect(res.status).toBe(200);
      expect(body.total).toBe(total);
      expect(body.limit).toBe(10);
      expect(body.offset).toBe(0);
      expect(body.items).toHaveLength(10);
      const link = res.headers.get('link') ?? '';
      expect(link).toContain('<http://leakwatch.test/api/v1/incidents?limit=10&offset=10>; rel="next"');
      expect(res.headers.get('cache-control')).toContain('max-age');
    });

    it('walks every page through rel=next without repeating an incident', async () => {
      const seen = new Set<string>();
      let path: string | null = '/api/v1/incidents?limit=7';
      while (path) {
        const { res, body } = await get(app, path);
        for (const i of body.items) seen.add(i.id);
        const next = /<([^>]+)>; rel="next"/.exec(res.headers.get('link') ?? '');
        path = next?.[1] ? new URL(next[1]).pathname + new URL(next[1]).search : null;
      }
      expect(seen.size).toBe(total);
    });

    it('filters by data class, cause, organisation slug, year and updated_since', async () => {
      const cards = await get(app, '/api/v1/incidents?data_class=Credit%20cards');
      expect(cards.body.items.map((i: { title: string }) => i.title)).toEqual([
        'サンプルモールへの不正アクセス',
      ]);

      const sqli = await get(app, '/api/v1/incidents?cause=sql_injection');
      expect(sqli.body.total).toBe(1);
      const org = sqli.body.items[0].organization;
      expect(org.name).toBe('Example Widgets Inc.');

      const byOrg = await get(app, `/api/v1/incidents?organization=${encodeURIComponent(org.slug)}`);
      expect(byOrg.body.items.map((i: { organization: { id: string } }) => i.organization.id)).toEqual([
        org.id,
      ]);

      const y2026 = await get(app, '/api/v1/incidents?year=2026&limit=100');
      expect(y2026.body.total).toBeGreaterThanOrEqual(1);
      for (const i of y2026.body.items) expect(i.published ?? i.incident_start).toMatch(/^2026/);

      const future = await get(app, '/api/v1/incidents?updated_since=2100-01-01T00:00:00Z');
      expect(future.body.total).toBe(0);
      const past = await get(app, '/api/v1/incidents?updated_since=2000-01-01');
      expect(past.body.total).toBe(total);
    });

    it('answers an unknown organisation filter with an empty page', async () => {
      const { res, body } = await get(app, '/api/v1/incidents?organization=no-such-org');
      expect(res.status).toBe(200);
      expect(body).toEqual({ items: [], total: 0, limit: 20, offset: 0 });
    });

    it('returns one incident by slug and by id, with facts, notices, history and related', async () => {
      const list = await get(app, '/api/v1/incidents?data_class=Credit%20cards');
      const { id, slug } = list.body.items[0];
      const bySlug = await get(app, `/api/v1/incidents/${slug}`);
      expect(bySlug.res.status).toBe(200);
      expect(bySlug.body.id).toBe(id);
      expect(bySlug.body.facts.affected.value).toEqual({ count: 12000, unit: 'people', qualifier: 'max' });
      expect(bySlug.body.facts.affected.origin).toBe('import');
      expect(Array.isArray(bySlug.body.notices)).toBe(true);
      expect(Array.isArray(bySlug.body.history)).toBe(true);
      expect(Array.isArray(bySlug.body.related)).toBe(true);
      const byId = await get(app, `/api/v1/incidents/${id}`);
      expect(byId.body.slug).toBe(slug);
    });
  });

  describe('errors in the one AppError shape', () => {
    it('rejects limit > 100, limit 0, a negative offset and an unknown data class with 400', async () => {
      for (const q of ['limit=101', 'limit=0', 'offset=-1', 'limit=abc', 'data_class=Socks', 'year=12']) {
        const { res, body } = await get(app, `/api/v1/incidents?${q}`);
        expect(res.status, q).toBe(400);
        expect(body.error.code).toBe('validation_failed');
        expect(body.error.details[0].path.length).toBe(1);
      }
    });

    it('rejects an empty, blank or over-long q', async () => {
      for (const q of ['', '%20%20', 'x'.repeat(201)]) {
        const { res, body } = await get(app, `/api/v1/search?q=${q}`);
        expect(res.status).toBe(400);
        expect(body.error.details[0].path).toEqual(['q']);
      }
      const missing = await get(app, '/api/v1/search');
      expect(missing.res.status).toBe(400);
    });

    it('answers unknown ids with 404 JSON', async () => {
      for (const p of [
        '/api/v1/incidents/no-such-incident',
        '/api/v1/notices/01900000-0000-7000-8000-000000000000',
        '/api/v1/organizations/nobody',
        '/api/v1/services/nothing',
      ]) {
        const { res, body } = await get(app, p);
        expect(res.status, p).toBe(404);
        expect(res.headers.get('content-type')).toContain('application/json');
        expect(body.error.code).toBe('not_found');
      }
    });
  });

  describe('search and suggest', () => {
    it('finds an incident by its Japanese organisation name, its kana alias and its English alias', async () => {
      for (const q of ['サンプル商事', 'サンプルショウジ', 'Sample Mall']) {
        const { res, body } = await get(app, `/api/v1/search?q=${encodeURIComponent(q)}`);
        expect(res.status, q).toBe(200);
        expect(body.items[0]?.incident.title, q).toBe('サンプルモールへの不正アクセス');
        expect(typeof body.items[0].matched).toBe('string');
      }
    });

    it('paginates search results', async () => {
      const { res, body } = await get(app, `/api/v1/search?q=${encodeURIComponent('テスト工業')}&limit=5`);
      expect(body.total).toBeGreaterThan(5);
      expect(body.items).toHaveLength(5);
      expect(res.headers.get('link')).toContain('rel="next"');
    });

    it('suggests organisations and services', async () => {
      const { body } = await get(app, `/api/v1/suggest?q=${encodeURIComponent('サンプル')}`);
      const names = body.items.map((s: { name: string }) => s.name);
      expect(names).toContain('株式会社サンプル商事');
      expect(names).toContain('サンプルモール');
      const bad = await get(app, '/api/v1/suggest?q=');
      expect(bad.res.status).toBe(400);
    });
  });

  describe('organisations, services, data classes, stats', () => {
    it('lists and shows organisations and services', async () => {
      const orgs = await get(app, '/api/v1/organizations?limit=100');
      expect(orgs.body.total).toBe(total);
      const sample = orgs.body.items.find((o: { name: string }) => o.name === '株式会社サンプル商事');
      const org = await get(app, `/api/v1/organizations/${sample.slug}`);
      expect(org.body.aliases).toContain('Sample Shoji');
      expect(org.body.incidents).toHaveLength(1);

      const services = await get(app, '/api/v1/services');
      expect(services.body.items.map((s: { name: string }) => s.name)).toEqual(['サンプルモール']);
      const svc = await get(app, `/api/v1/services/${services.body.items[0].id}`);
      expect(svc.body.domains).toContain('sample-mall.example.jp');
      expect(svc.body.organization.name).toBe('株式会社サンプル商事');
    });

    it('lists every data class with labels and incident counts', async () => {
      const { body } = await get(app, '/api/v1/data-classes');
      const email = body.items.find((d: { name: string }) => d.name === 'Email addresses');
      expect(email).toEqual({
        name: 'Email addresses',
        ja: 'メールアドレス',
        en: 'Email addresses',
        incidents: total,
      });
      expect(body.items[0].name).toBe('Email addresses');
      expect(body.items.length).toBeGreaterThan(100);
    });

    it('returns stats', async () => {
      const { body } = await get(app, '/api/v1/stats');
      expect(body.incidents).toBe(total);
      expect(body.by_cause.find((c: { cause: string }) => c.cause === 'sql_injection').incidents).toBe(1);
    });
  });

  describe('notices', () => {
    // A fictional notice written for this test (no real company, example.jp addresses).
    const NOTICE = [
      '不正アクセスによる個人情報漏えいの可能性に関するお知らせ(第一報)',
      '2026年4月1日',
      '株式会社サンプル物産',
      '当社が運営する「サンプル物産オンラインショップ」において、第三者による不正アクセスを受け、',
      'お客様の氏名、メールアドレス、電話番号が最大3,200件漏えいした可能性があることが判明いたしました。',
      'お問い合わせ窓口: 0120-000-000(平日10時から17時) support@sample-bussan.example.jp',
    ].join('\n');

    it('returns a notice with its normalised text and facts whose evidence points into the text', async () => {
      const outcome = await ingestNotice(getDb(), {
        text: NOTICE,
        url: 'https://sample-bussan.example.jp/news/2026-04-01',
        via: 'file',
      });
      expect(outcome.status).toBe('new');
      const { res, body } = await get(app, `/api/v1/notices/${outcome.noticeId}`);
      expect(res.status).toBe(200);
      expect(body.lang).toBe('ja');
      expect(body.incident_id).toBe(outcome.incidentId);
      expect(body.text).toContain('サンプル物産オンラインショップ');
      const withEvidence = Object.values(body.facts)
        .flat()
        .filter((f) => f && typeof f === 'object' && 'evidence' in f);
      expect(withEvidence.length).toBeGreaterThan(0);
      for (const f of withEvidence as { evidence: { quote: string; start: number; end: number } }[]) {
        expect(body.text.slice(f.evidence.start, f.evidence.end)).toBe(f.evidence.quote);
      }
      const incident = await get(app, `/api/v1/incidents/${outcome.incidentId}`);
      expect(incident.body.notices.map((n: { id: string }) => n.id)).toEqual([outcome.noticeId]);
      expect(incident.body.notice_count).toBe(1);
    });
  });

  describe('micro-cache', () => {
    it('serves a repeated list from memory, and never caches other features under /api/v1', async () => {
      const db = getDb();
      const first = await get(app, '/api/v1/stats');
      const sample = await get(app, '/api/v1/incidents?data_class=Credit%20cards');
      // Changing the database directly: within the cache's few seconds the API still answers as before.
      await db.kysely
        .updateTable('incidents')
        .set({ title: 'changed' })
        .where('id', '=', sample.body.items[0].id)
        .execute();
      const again = await get(app, '/api/v1/incidents?data_class=Credit%20cards');
      expect(again.body.items[0].title).toBe('サンプルモールへの不正アクセス');
      expect((await get(app, '/api/v1/stats')).body).toEqual(first.body);
      await db.kysely
        .updateTable('incidents')
        .set({ title: 'サンプルモールへの不正アクセス' })
        .where('id', '=', sample.body.items[0].id)
        .execute();
      const { CACHED_PATHS } = await import('./routes.js');
      expect(CACHED_PATHS.every((p) => p.startsWith('/api/v1/'))).toBe(true);
      expect(CACHED_PATHS).not.toContain('/api/v1/*');
    });
  });

  describe('CORS', () => {
    it('allows GET from any origin without credentials', async () => {
      const { res } = await get(app, '/api/v1/stats', { headers: { Origin: 'https://elsewhere.example' } });
      expect(res.headers.get('access-control-allow-origin')).toBe('*');
      expect(res.headers.get('access-control-allow-credentials')).toBeNull();
      const pre = await app.request('/api/v1/incidents', {
        method: 'OPTIONS',
        headers: { Origin: 'https://elsewhere.example', 'Access-Control-Request-Method': 'GET' },
      });
      expect(pre.status).toBeLessThan(300);
      expect(pre.headers.get('access-control-allow-methods')).toContain('GET');
      expect(pre.headers.get('access-control-allow-methods')).not.toContain('POST');
    });
  });
});
