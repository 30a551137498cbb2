import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb } from '../store/testing.js';
import { seedWebFixture } from '../web/testing.js';
import { curlExample } from './docs-page.js';
import { apiTestApp } from './testing.js';
import { seedApiFixtures } from './testing-fixtures.js';

const BASE = 'http://leakwatch.test';

function unescapeHtml(s: string): string {
  return s
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Splits a shell line into words: single quotes (with '\'' for a quote inside) and bare words. */
function shellWords(line: string): string[] {
  const words: string[] = [];
  let cur = '';
  let inWord = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (ch === "'") {
      const end = line.indexOf("'", i + 1);
      cur += line.slice(i + 1, end);
      i = end;
      inWord = true;
    } else if (ch === '\\' && line[i + 1] === "'") {
      cur += "'";
      i++;
      inWord = true;
    } else if (ch === ' ') {
      if (inWord) words.push(cur);
      cur = '';
      inWord = false;
    } else {
      cur += ch;
      inWord = true;
    }
  }
  if (inWord) words.push(cur);
  return words;
}

/** A curl line of the page as a request: method, URL, headers and body. */
function asRequest(line: string): { url: string; init: RequestInit } {
  const w = shellWords(line);
  expect(w[0]).toBe('curl');
  let method = 'GET';
  let url = '';
  const headers: Record<string, string> = {};
  let body: string | undefined;
  for (let i = 1; i < w.length; i++) {
    const a = w[i]!;
    if (a === '-s') continue;
    if (a === '-X') method = w[++i]!;
    else if (a === '-H') {
      const [k, ...v] = w[++i]!.split(':');
      headers[k!.trim().toLowerCase()] = v.join(':').trim();
    } else if (a === '--data') body = w[++i]!;
    else url = a;
  }
  return { url, init: { method, headers, ...(body !== undefined ? { body } : {}) } };
}

/** Runs every runnable example of the page; returns the lines and the failures. */
async function runExamples(app: ReturnType<typeof apiTestApp>['app'], lang: 'ja' | 'en') {
  const html = await (await app.request(`/api/docs?lang=${lang}`)).text();
  const lines = [...html.matchAll(/<code class="api-example">([^<]*)<\/code>/g)].map((m) =>
    unescapeHtml(m[1]!),
  );
  const failed: string[] = [];
  for (const line of lines) {
    expect(line, line).not.toMatch(/%3C\w+%3E|<\w+>/); // no unfilled <placeholder>
    const { url, init } = asRequest(line);
    expect(url.startsWith(BASE), line).toBe(true);
    const res = await app.request(url.slice(BASE.length), init);
    if (res.status < 200 || res.status > 299) failed.push(`${res.status} ${line}`);
    // A search or a suggestion that answers with nothing is no example.
    if (/\/api\/v1\/(search|suggest)\?/.test(line)) {
      const json = (await res.json()) as { items?: unknown[]; suggestions?: unknown[] };
      expect((json.items ?? json.suggestions ?? []).length, line).toBeGreaterThan(0);
    }
  }
  return { html, lines, failed };
}

describe('/api/docs: every example answers, and the page speaks the UI language', () => {
  let db: Awaited<ReturnType<typeof openTestDb>>;
  let app: ReturnType<typeof apiTestApp>['app'];
  beforeAll(async () => {
    db = await openTestDb('sqlite');
    // Notices (ingested) and imported records together, as a real store holds both.
    await seedWebFixture(db);
    await seedApiFixtures(db, 4);
    app = apiTestApp(db).app;
  });
  afterAll(() => db.drop());

  for (const lang of ['ja', 'en'] as const) {
    it(`runs every example on the ${lang} page against the app: each answers 2xx`, async () => {
      const { lines, failed } = await runExamples(app, lang);
      expect(lines.length).toBe(21);
      expect(failed).toEqual([]);
      // The POST-only endpoint is shown as a POST with a body.
      expect(
        lines.some((l) => l.startsWith("curl -s -X POST 'http://leakwatch.test/api/v1/notice-check'")),
      ).toBe(true);
      // The notice check's worker pool starts on its first call: slow on a busy machine.
    }, 60_000);
  }

  it('shows Japanese headings and table words under the Japanese UI, and says the summaries stay English', async () => {
    const ja = await (await app.request('/api/docs')).text();
    for (const words of [
      '<h1>API リファレンス</h1>',
      '>事案</h2>',
      '>検索</h2>',
      '<caption>パラメータ</caption>',
      '<h4>レスポンス</h4>',
      '<h4>例</h4>',
      '<h2>スキーマ</h2>',
      '>必須</th>',
    ])
      expect(ja).toContain(words);
    expect(ja).toContain('id="api-docs-english-note"');
    expect(ja).toContain('英語のまま');
    expect(ja).not.toMatch(/<th scope="col">(field|notes|required)<\/th>/);
    const en = await (await app.request('/api/docs?lang=en')).text();
    expect(en).toContain('<h1>API reference</h1>');
    expect(en).toContain('<caption>Parameters</caption>');
    expect(en).not.toContain('api-docs-english-note');
  });

  it('quotes a single quote inside a shell word', () => {
    const line = curlExample(
      BASE,
      '/api/v1/notice-check',
      {},
      { params: {}, bodies: { '/api/v1/notice-check': { text: "it's" } }, unavailable: [] },
      'post',
    );
    expect(line).toBe(
      `curl -s -X POST 'http://leakwatch.test/api/v1/notice-check' -H 'Content-Type: application/json' --data '{"text":"it'\\''s"}'`,
    );
    expect(JSON.parse(asRequest(line).init.body as string)).toEqual({ text: "it's" });
  });
});

describe('/api/docs over a store of imported records only (no notice, as the starter)', () => {
  let db: Awaited<ReturnType<typeof openTestDb>>;
  let app: ReturnType<typeof apiTestApp>['app'];
  beforeAll(async () => {
    db = await openTestDb('sqlite');
    await seedApiFixtures(db, 4);
    app = apiTestApp(db).app;
  });
  afterAll(() => db.drop());

  it('runs every runnable example with 2xx, and shows the notice lookup as a template, said to be one', async () => {
    const { html, lines, failed } = await runExamples(app, 'ja');
    expect(failed).toEqual([]);
    expect(lines.length).toBe(20);
    expect(lines.some((l) => l.includes('/api/v1/notices/'))).toBe(false);
    expect(html).toContain(
      '<code class="api-example-template">curl -s &#39;http://leakwatch.test/api/v1/notices/{id}&#39;</code>',
    );
    expect(html).toContain('実行できる例はありません');
  }, 60_000);
});
