import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it, vi } from 'vitest';
import { defaultEngine } from '../extract/engine.js';
import { describeEachDialect } from '../store/testing.js';
import { extractPool } from './extract-pool.js';
import { readFileNotice } from './file-notice.js';
import { prepareNotice } from './notice-prep.js';
import { ingestNotices } from './pipeline.js';

// Fictional notices, written for this test: two reports each of three fictional shops.
function notice(shop: number, report: 1 | 2): string {
  const name = ['かえで文具', 'つばき茶房', 'ひいらぎ工房'][shop]!;
  return report === 1
    ? `株式会社${name}\n弊社通販サイトへの不正アクセスについて(第1報)\n2025年3月${shop + 2}日\n` +
        `弊社の通販サイトに外部から不正なアクセスがあり、会員の氏名とメールアドレスが漏えいしたおそれがあります。`
    : `株式会社${name}\n弊社通販サイトへの不正アクセスについて(最終報)\n2025年5月${shop + 2}日\n` +
        `調査を終えました。会員${(shop + 1) * 150}名の氏名とメールアドレスが漏えいしたことを確認しました。`;
}

const pool = extractPool(2);
afterAll(() => pool.close());

it('extracts on workers exactly what the default engine extracts in this thread', async () => {
  const texts = [0, 1, 2].flatMap((s) => [notice(s, 1), notice(s, 2)]).map((t) => defaultEngine.normalize(t));
  const viaPool = await pool.extract(texts.map((text) => ({ text, opts: { lang: 'ja' as const } })));
  expect(viaPool).toEqual(texts.map((t) => defaultEngine.extract(t, { lang: 'ja' })));
});

it('derives on workers what the pipeline derives in this thread (title, site, report, evidence, keys)', async () => {
  const texts = [0, 1].map((s) => defaultEngine.normalize(notice(s, 2)));
  const input = { url: 'https://www.kaede-example.co.jp/news/0502.html', title: null };
  const got = await pool.extractPrepared(
    texts.map((text) => ({ text, opts: { lang: 'ja' as const }, input })),
  );
  expect(got).toEqual(
    texts.map((t) => {
      const facts = defaultEngine.extract(t, { lang: 'ja' });
      return { facts, prep: prepareNotice(t, input, facts) };
    }),
  );
  const [first] = got;
  if (!first || first instanceof Error) throw new Error('failed');
  expect(first.prep.siteDomain).toBe('kaede-example.co.jp');
  expect(first.prep.evidence.groupKeys).toBeInstanceOf(Set);
});

describeEachDialect('ingestNotices with extraction workers', (getDb) => {
  it('gives the outcomes of the in-thread pipeline; a text repeated in the next batch is stored once', async () => {
    const db = getDb();
    // Batches of two: the first report of shop 0 comes again in the second batch.
    const texts = [notice(0, 1), notice(1, 1), notice(0, 1), notice(0, 2), notice(2, 1), notice(1, 2)];
    const outcomes = await ingestNotices(
      db,
      texts.map((text) => ({ text, via: 'file' })),
      { batchSize: 2, pool, notify: false },
    );
    expect(outcomes.map((o) => o.status)).toEqual(['new', 'new', 'unchanged', 'updated', 'new', 'updated']);
    if (outcomes[0]!.status === 'failed' || outcomes[2]!.status === 'failed') throw new Error('failed');
    expect(outcomes[2]!.noticeId).toBe(outcomes[0]!.noticeId);
    const count = await db.kysely
      .selectFrom('notices')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(5);
  });

  it('loses only a failing notice of a batch prepared on workers; a re-run stores it and leaves the rest unchanged', async () => {
    const db = getDb();
    // Two other fictional shops (the database is shared with the test above).
    const texts = [notice(1, 1), notice(2, 1), notice(1, 2), notice(2, 2)].map((t) =>
      t.replace('つばき茶房', 'もくれん書房').replace('ひいらぎ工房', 'すずらん商店'),
    );
    const inputs = texts.map((text) => ({ text, via: 'file' }));
    const failing = texts[2]!;
    const first = await ingestNotices(db, inputs, {
      batchSize: 4,
      pool,
      notify: false,
      beforeCommit: (_tx, input) => {
        if (input.text === failing) throw new Error('injected failure');
      },
    });
    expect(first.map((o) => o.status)).toEqual(['new', 'new', 'failed', 'updated']);
    const again = await ingestNotices(db, inputs, { batchSize: 4, pool, notify: false });
    expect(again.map((o) => o.status)).toEqual(['unchanged', 'unchanged', 'updated', 'unchanged']);
    const ids = (os: typeof first) => os.map((o) => (o.status === 'failed' ? null : o.incidentId));
    expect(ids(again)[2]).toBe(ids(first)[0]);
    expect(ids(again)[3]).toBe(ids(first)[1]);
  });
});

it('reads files on workers as the calling thread reads them; a failure keeps its code', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'lw-pool-read-'));
  try {
    const txt = join(dir, 'a.txt');
    const html = join(dir, 'b.html');
    await writeFile(txt, notice(1, 1));
    await writeFile(
      html,
      `<html><head><title>ひいらぎ工房からのお知らせ</title></head><body><p>${notice(2, 2)}</p></body></html>`,
    );
    const items = [txt, html, join(dir, 'missing.txt'), txt].map((path, k) => ({
      path,
      maxBytes: k === 3 ? 10 : 100_000,
    }));
    await vi.waitFor(() => expect(pool.reading()).toBe(true), { timeout: 60_000, interval: 50 });
    const got = await pool.readFiles(items);
    const here = await Promise.all(
      items.map((i) => readFileNotice(i.path, i.maxBytes).catch((err: unknown) => err as Error)),
    );
    const comparable = (r: unknown) =>
      r instanceof Error
        ? { error: (r as { code?: string }).code === 'payload_too_large' ? 'payload_too_large' : 'failed' }
        : { ...(r as object), fetchedAt: 'T' };
    expect(got.map(comparable)).toEqual(here.map(comparable));
    expect(got[0]).toMatchObject({ text: expect.stringContaining('つばき茶房'), via: 'file' });
    expect(got[1]).toMatchObject({ title: expect.stringContaining('ひいらぎ工房') });
    expect(got[2]).toBeInstanceOf(Error);
    expect(got[3]).toMatchObject({ code: 'payload_too_large' });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
