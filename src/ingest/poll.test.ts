import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import { serve, startTestServer, type TestServer } from '../net/testing/server.js';
import { addSource, listSources, removeSource } from '../store/sources.js';
import { describeEachDialect } from '../store/testing.js';
import { makePdf } from '../text/fixtures/pdf.js';
import { type IngestBatchFn, ingestNotices } from './pipeline.js';
import { detectKind, pollAll } from './poll.js';

const html = readFileSync(new URL('../text/fixtures/notice-ja.html', import.meta.url));
const pdf = makePdf([
  ['Notice of Data Security Incident', 'Sample Gadgets LLC: names of 120 customers were involved.'],
]);
const ja2 = `<html><head><title>ランサムウェア被害に関するお知らせ</title></head><body><p>株式会社テスト製作所</p>
<p>2031年6月1日</p><p>当社のファイルサーバーがランサムウェアに感染し、取引先企業の担当者氏名約500件が暗号化されました。</p></body></html>`;

const atom = `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>サンプル商事</title>
<entry><title>不正アクセスに関するお知らせ</title><link href="/n/1.html"/><published>2031-04-12T10:00:00+09:00</published></entry>
<entry><title>Notice (PDF)</title><link href="/n/2.pdf"/></entry>
</feed>`;
const rdf = `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
<channel><title>重要なお知らせ</title></channel>
<item><title>ランサムウェア被害</title><link>/n/3.html</link></item>
<item><title>内部向け</title><link>http://127.0.0.2/internal</link></item>
<item><title>消えたページ</title><link>/n/gone.html</link></item>
</rdf:RDF>`;
const listing = `<html><body><nav><a href="/">トップ</a></nav><ul>
<li><a href="/n/1.html">不正アクセスによる個人情報流出の可能性に関するお知らせ</a></li>
<li><a href="/n/3.html">ランサムウェア被害に関するお知らせ</a></li>
<li><a href="/products/">製品情報</a></li></ul></body></html>`;

let srv: TestServer;
const fetch = { allow: ['127.0.0.1'], timeoutMs: 5000 };

beforeAll(async () => {
  srv = await startTestServer();
  srv.route('/feed.atom', (req, res) => {
    if (req.headers['if-none-match'] === '"v1"') {
      res.writeHead(304).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/atom+xml', etag: '"v1"' }).end(atom);
  });
  srv.route('/index.rdf', serve('application/rdf+xml', rdf));
  srv.route('/news/', serve('text/html; charset=utf-8', listing));
  srv.route('/n/1.html', serve('text/html; charset=utf-8', html));
  srv.route('/n/2.pdf', serve('application/pdf', pdf));
  srv.route('/n/3.html', serve('text/html; charset=utf-8', ja2));
  srv.route(
    '/broken.xml',
    serve('application/xml', '<?xml version="1.0"?><catalog><book>not a feed</book></catalog>'),
  );
});

afterAll(async () => {
  await srv.close();
});

describeEachDialect('sources registry', (getDb) => {
  it('adds, lists and removes sources; refuses duplicates and bad URLs', async () => {
    const db = getDb();
    const a = await addSource(db, { url: 'https://www.example.jp/rss.xml#x', name: 'Example' });
    expect(a).toMatchObject({
      url: 'https://www.example.jp/rss.xml',
      name: 'Example',
      kind: 'auto',
      seen: 0,
    });
    await expect(addSource(db, { url: 'https://www.example.jp/rss.xml' })).rejects.toMatchObject({
      code: 'conflict',
    });
    await expect(addSource(db, { url: 'file:///etc/passwd' })).rejects.toMatchObject({
      code: 'validation_failed',
    });
    await expect(addSource(db, { url: 'not a url' })).rejects.toBeInstanceOf(AppError);
    const b = await addSource(db, { url: 'https://www.example.jp/news/', kind: 'listing' });
    expect(b.name).toBe('www.example.jp');
    expect((await listSources(db)).map((s) => s.id)).toEqual([a.id, b.id]);
    await removeSource(db, a.id);
    await removeSource(db, 'https://www.example.jp/news/');
    expect(await listSources(db)).toEqual([]);
    await expect(removeSource(db, a.id)).rejects.toMatchObject({ code: 'not_found' });
  });
});

describeEachDialect('poll', (getDb) => {
  it('ingests new entries of an Atom feed, an RSS 1.0 feed and a listing page, once', async () => {
    const db = getDb();
    const calls: string[] = [];
    const ingest: IngestBatchFn = (d, inputs) => {
      calls.push(...inputs.map((i) => i.url ?? ''));
      return ingestNotices(d, inputs);
    };
    await addSource(db, { url: `${srv.url}/feed.atom`, name: 'atom' });
    await addSource(db, { url: `${srv.url}/index.rdf`, name: 'rdf' });
    await addSource(db, { url: `${srv.url}/news/`, name: 'listing' });
    await addSource(db, { url: `${srv.url}/broken.xml`, name: 'broken' });

    const first = await pollAll({ db, ingest, fetch });
    const by = Object.fromEntries(first.map((r) => [r.name, r]));
    expect(by.atom).toMatchObject({ status: 'ok', kind: 'feed', entries: 2, newEntries: 2 });
    expect(by.rdf).toMatchObject({ status: 'ok', kind: 'feed', entries: 3, newEntries: 3 });
    expect(by.rdf!.failures.map((f) => f.code).sort()).toEqual(['fetch_failed', 'fetch_refused']);
    expect(by.listing).toMatchObject({ status: 'ok', kind: 'listing', entries: 2, newEntries: 2 });
    // The listing links to notices the feeds already brought: stored once, reported unchanged.
    // The listing links to notices the feeds also list: whichever source is polled first stores
    // them, the other finds them unchanged (3 distinct notices from 5 entries).
    const sum = (k: 'new' | 'unchanged' | 'failed') => first.reduce((a, r) => a + r.counts[k], 0);
    expect([sum('new'), sum('unchanged'), sum('failed')]).toEqual([3, 2, 2]);
    expect(by.broken).toMatchObject({ status: 'failed', error: { code: 'unprocessable_document' } });
    expect(srv.hits.get('/internal') ?? 0).toBe(0);

    const second = await pollAll({ db, ingest, fetch });
    const by2 = Object.fromEntries(second.map((r) => [r.name, r]));
    expect(by2.atom).toMatchObject({ status: 'not_modified', newEntries: 0 }); // ETag → 304
    // Only the transiently failed entry (404) is tried again; the refused one is remembered.
    expect(by2.rdf).toMatchObject({ status: 'ok', newEntries: 1 });
    expect(by2.listing).toMatchObject({ status: 'ok', newEntries: 0 });
    expect(calls.filter((u) => u.endsWith('/n/1.html'))).toHaveLength(2); // atom + listing, not again

    const sources = await listSources(db);
    expect(sources.find((s) => s.name === 'atom')).toMatchObject({ kind: 'feed', etag: '"v1"', seen: 2 });
    expect(sources.find((s) => s.name === 'broken')?.lastError).toMatch(/unprocessable_document/);
  });
});

it('detectKind uses the registered kind, then the content type, then the body', () => {
  expect(detectKind('listing', 'application/rss+xml', '')).toBe('listing');
  expect(detectKind('auto', 'application/atom+xml', '')).toBe('feed');
  expect(detectKind('auto', 'text/html', '<?xml version="1.0"?><rss version="2.0">')).toBe('feed');
  expect(detectKind('auto', 'text/html', '<html><body>')).toBe('listing');
});
