import { afterAll, beforeAll, expect, it } from 'vitest';
import { serve, startTestServer, type TestServer } from '../net/testing/server.js';
import { addSource, failedEntries, MAX_ENTRY_ATTEMPTS, removeSource } from '../store/sources.js';
import { describeEachDialect } from '../store/testing.js';
import { ingestNotices } from './pipeline.js';
import { pollAll } from './poll.js';

// Issue 18: an entry that crashed the poller was never remembered, so it was fetched at every poll.
const fetch = { allow: ['127.0.0.1'], timeoutMs: 5000 };
const feed = (
  paths: string[],
) => `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">
<title>架空商事</title>${paths.map((p) => `<entry><title>お知らせ</title><link href="${p}"/></entry>`).join('')}</feed>`;
let srv: TestServer;

beforeAll(async () => {
  srv = await startTestServer();
  srv.route('/flaky.atom', serve('application/atom+xml', feed(['/n/flaky.html'])));
  srv.route('/n/flaky.html', serve('text/html', 'unavailable', 503));
  srv.route('/crash.atom', serve('application/atom+xml', feed(['/n/crash.html'])));
  srv.route(
    '/n/crash.html',
    serve('text/html; charset=utf-8', '<p>架空商事株式会社 不正アクセスのお知らせ</p>'),
  );
});
afterAll(async () => {
  await srv.close();
});

describeEachDialect('poll: failing entries (issue 18)', (getDb) => {
  it(`gives up an entry that keeps failing after ${MAX_ENTRY_ATTEMPTS} attempts, keeping the reason`, async () => {
    const db = getDb();
    const source = await addSource(db, { url: `${srv.url}/flaky.atom`, name: 'flaky' });
    const before = srv.hits.get('/n/flaky.html') ?? 0;
    for (let i = 0; i < MAX_ENTRY_ATTEMPTS + 2; i++) await pollAll({ db, fetch });
    expect((srv.hits.get('/n/flaky.html') ?? 0) - before).toBe(MAX_ENTRY_ATTEMPTS);
    const [failed] = await failedEntries(db, source.id);
    expect(failed).toMatchObject({
      url: `${srv.url}/n/flaky.html`,
      attempts: MAX_ENTRY_ATTEMPTS,
      pending: false,
    });
    expect(failed!.lastError).toMatch(/^\[fetch_failed\] HTTP 503/);
    await removeSource(db, source.id);
  });

  it('counts an entry whose reading never ends (the process died) and stops reading it', async () => {
    const db = getDb();
    const source = await addSource(db, { url: `${srv.url}/crash.atom`, name: 'crash' });
    let calls = 0;
    // What a process killed mid-entry leaves: the attempt began, nothing after it ran.
    const dies = () => {
      calls++;
      return new Promise<never>(() => {});
    };
    for (let i = 0; i < MAX_ENTRY_ATTEMPTS; i++) {
      void pollAll({ db, fetch, ingest: dies });
      // Until this poll reached the entry (and hangs there).
      while (calls < i + 1) await new Promise((r) => setTimeout(r, 20));
    }
    expect(calls).toBe(MAX_ENTRY_ATTEMPTS);
    const next = await pollAll({ db, fetch, ingest: (d, inputs, o) => ingestNotices(d, inputs, o) });
    expect(calls).toBe(MAX_ENTRY_ATTEMPTS);
    expect(next.find((r) => r.name === 'crash')).toMatchObject({ newEntries: 0 });
    const [failed] = await failedEntries(db, source.id);
    expect(failed).toMatchObject({ attempts: MAX_ENTRY_ATTEMPTS, pending: false });
    expect(failed!.lastError).toMatch(/interrupted/);
  });
});
