import { describe, expect, it } from 'vitest';
import { apiTestApp } from '../api/testing.js';
import { ingestNotice } from '../ingest/pipeline.js';
import { describeEachDialect } from '../store/testing.js';
import { comparePeers, quantile } from './peers.js';
import { formatCheckReport } from './report.js';
import { runNoticeCheck } from './run.js';
import { buildDraft, JA_DRAFT } from './testing.js';

describe('quantile and comparePeers', () => {
  it('interpolates between ranks', () => {
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([4], 0.25)).toBe(4);
    expect(quantile([0, 10], 0.75)).toBe(7.5);
  });

  it('places a draft among the counts', () => {
    expect(comparePeers(7, 9, [3, 4, 5, 5, 6, 8])).toEqual({
      draft: 7,
      of: 9,
      n: 6,
      median: 5,
      p25: 4.3,
      p75: 5.8,
      fewer: 0.833,
      same: 0,
    });
    expect(comparePeers(5, 9, [5, 5])).toMatchObject({ fewer: 0, same: 1 });
    expect(comparePeers(5, 9, [])).toBeNull();
  });
});

describeEachDialect('appi_peers from the stored notices', (getDb) => {
  it('compares the draft with the stored notices of its language, and sees a new notice', async () => {
    const db = getDb();
    const draft = buildDraft(JA_DRAFT);
    const none = await runNoticeCheck(draft, { today: '2025-04-03' }, { db });
    expect(none.appi_peers).toBeNull();

    // Fictional notices that leave out two, three and four of the items.
    for (const omit of [
      ['cause', 'prevention'],
      ['cause', 'prevention', 'count'],
      ['cause', 'prevention', 'count', 'secondary_harm'],
    ]) {
      await ingestNotice(db, { text: buildDraft(JA_DRAFT, omit), url: null, via: 'file' });
    }
    const r = await runNoticeCheck(draft, { today: '2025-04-03' }, { db });
    expect(r.appi_peers).toMatchObject({
      draft: 9,
      of: 9,
      n: 3,
      median: 6,
      p25: 5.5,
      p75: 6.5,
      fewer: 1,
      same: 0,
    });
    // Without a database: no comparison.
    expect((await runNoticeCheck(draft, { today: '2025-04-03' })).appi_peers).toBeNull();

    await ingestNotice(db, { text: buildDraft(JA_DRAFT, ['cause']), url: null, via: 'file' });
    const again = await runNoticeCheck(draft, { today: '2025-04-03' }, { db });
    expect(again.appi_peers).toMatchObject({ n: 4, median: 6.5 });
    expect(formatCheckReport(again)).toContain('下書き 9/9 項目; 公表文 4 件の中央値 6.5');
    // The page shows it in the draft's language, the API returns it.
    const { app } = apiTestApp(db);
    const page = await (
      await app.request('/notice-check', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ text: buildDraft(JA_DRAFT, ['publication']), lang: 'auto' }).toString(),
      })
    ).text();
    expect(page).toContain('この下書きは 9 項目中 8 項目を記載しています。');
    expect(page).toContain('実際の公表文 (4 件): 中央値 6.5');
    const api = await app.request('/api/v1/notice-check', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: draft }),
    });
    expect(((await api.json()) as { appi_peers: unknown }).appi_peers).toMatchObject({
      draft: 9,
      n: 4,
      fewer: 1,
    });
    // An English draft is compared with English notices only: there are none.
    const en = await runNoticeCheck(
      'We found unauthorised access to our mail server.',
      { today: '2025-04-03' },
      { db },
    );
    expect(en.appi_peers).toBeNull();
  });
});
