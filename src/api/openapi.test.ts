import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb } from '../store/testing.js';
import { curlExample, typeOf } from './docs-page.js';
import { apiTestApp } from './testing.js';
import { seedApiFixtures } from './testing-fixtures.js';

describe('OpenAPI document and /api/docs', () => {
  let db: Awaited<ReturnType<typeof openTestDb>>;
  let app: ReturnType<typeof apiTestApp>['app'];
  // biome-ignore lint/suspicious/noExplicitAny: the document is walked as plain JSON
  let doc: any;
  beforeAll(async () => {
    db = await openTestDb('sqlite');
    await seedApiFixtures(db, 2);
    app = apiTestApp(db).app;
    const res = await app.request('/api/openapi.json');
    expect(res.status).toBe(200);
    doc = await res.json();
  });
  afterAll(() => db.drop());

  it('is OpenAPI 3.1 with the public server URL', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.servers[0].url).toBe('http://leakwatch.test');
  });

  it('describes every /api/v1 and /api/v3 route the app serves', () => {
    const served = new Set(
      app.routes
        .filter((r) => r.method === 'GET' && /^\/api\/v[13]\//.test(r.path))
        .map((r) => r.path.replace(/:(\w+)/g, '{$1}')),
    );
    expect(served.size).toBeGreaterThanOrEqual(15);
    for (const path of served) {
      expect(doc.paths[path]?.get, path).toBeDefined();
      expect(doc.paths[path].get.responses['200'], path).toBeDefined();
    }
  });

  it('describes parameters with their limits and responses with schemas', () => {
    const list = doc.paths['/api/v1/incidents'].get;
    const limit = list.parameters.find((p: { name: string }) => p.name === 'limit');
    expect(limit.schema.maximum).toBe(100);
    expect(list.responses['200'].content['application/json'].schema.$ref).toBe(
      '#/components/schemas/IncidentPage',
    );
    const q = doc.paths['/api/v1/search'].get.parameters.find((p: { name: string }) => p.name === 'q');
    expect(q.required).toBe(true);
    expect(q.schema.maxLength).toBe(200);
    expect(doc.components.schemas.HibpBreach.required).toContain('IsStealerLog');
  });

  it('renders a browsable page listing each path, its parameters and a curl example, with no external resource', async () => {
    const res = await app.request('/api/docs');
    expect(res.status).toBe(200);
    const html = await res.text();
    for (const path of Object.keys(doc.paths).filter((p) => p.startsWith('/api/v'))) {
      expect(html, path).toContain(path);
    }
    expect(html).toContain('curl -s &#39;http://leakwatch.test/api/v1/search?q=');
    expect(html).toContain('id="schema-IncidentSummary"');
    expect(html).not.toMatch(/(src|href)="https?:\/\/(?!leakwatch\.test)/);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    const redirect = await app.request('/api');
    expect(redirect.headers.get('location')).toBe('/api/docs');
  });

  it('formats schema types and curl lines', () => {
    expect(typeOf({ type: 'array', items: { $ref: '#/components/schemas/SearchHit' } })).toBe('SearchHit[]');
    expect(typeOf({ anyOf: [{ type: 'string' }, { type: 'null' }] })).toBe('string | null');
    expect(
      curlExample('https://x', '/api/v1/incidents/{id}', {
        parameters: [{ name: 'id', in: 'path', required: true, schema: { example: 'a b' } }],
      }),
    ).toBe("curl -s 'https://x/api/v1/incidents/a%20b'");
  });
});
