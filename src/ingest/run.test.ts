import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { serve, startTestServer, type TestServer } from '../net/testing/server.js';
import type { Db } from '../store/db.js';
import { findInterruptedRuns, RunJournal } from '../store/run-journal.js';
import { describeEachDialect } from '../store/testing.js';
import { makePdf } from '../text/fixtures/pdf.js';
import { type IngestBatchFn, ingestNotices } from './pipeline.js';
import { ingestPaths, rampedBatch } from './run.js';

const html = readFileSync(new URL('../text/fixtures/notice-ja.html', import.meta.url));
const txt = readFileSync(new URL('../text/fixtures/notice-en.txt', import.meta.url));
const ja2 = `株式会社テスト製作所
ランサムウェア被害に関するお知らせ（第一報）
2031年6月1日
当社のファイルサーバーがランサムウェアに感染し、取引先企業の担当者氏名およびメールアドレス約500件が暗号化されました。情報が外部に流出した可能性について調査しています。`;
const pdf = makePdf([
  ['Notice of Data Security Incident', 'Sample Gadgets LLC found that an unauthorized party accessed'],
  ['an email account between May 1 and May 3, 2031. Names of 120 customers were involved.'],
]);

let dir: string;
let srv: TestServer;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lw-ingest-'));
  mkdirSync(join(dir, 'sub', 'deeper'), { recursive: true });
  mkdirSync(join(dir, '.git'));
  mkdirSync(join(dir, 'node_modules', 'x'), { recursive: true });
  writeFileSync(join(dir, 'notice-ja.html'), html);
  writeFileSync(join(dir, 'sub', 'notice-en.txt'), txt);
  writeFileSync(join(dir, 'sub', 'deeper', 'ransom.md'), ja2);
  writeFileSync(join(dir, 'sub', 'gadgets.pdf'), pdf);
  writeFileSync(join(dir, 'empty.txt'), '   \n');
  writeFileSync(join(dir, 'broken.pdf'), '%PDF-1.4\nnot really');
  writeFileSync(join(dir, 'photo.jpg'), 'jpeg');
  writeFileSync(join(dir, 'sheet.xlsx'), 'xlsx');
  writeFileSync(join(dir, '.hidden.txt'), 'hidden notice');
  writeFileSync(join(dir, '.git', 'HEAD'), 'ref');
  writeFileSync(join(dir, 'node_modules', 'x', 'README.txt'), 'not a notice');

  srv = await startTestServer();
  srv.route('/notice.html', serve('text/html; charset=utf-8', html));
  srv.route('/notice.pdf', serve('application/pdf', pdf));
  srv.route('/image.png', serve('image/png', 'png'));
});

afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await srv.close();
});

async function noticeCount(db: Db): Promise<number> {
  const r = await db.kysely
    .selectFrom('notices')
    .select(db.kysely.fn.countAll<number | string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

describeEachDialect('ingestPaths', (getDb) => {
  it('ingests a directory recursively, skipping what is not a notice, and reports per-file failures', async () => {
    const db = getDb();
    const progress: number[] = [];
    const s = await ingestPaths([dir, join(dir, 'missing.txt')], {
      db,
      onProgress: (p) => progress.push(p.done),
    });
    expect(s.total).toBe(7);
    expect(s.counts).toEqual({
      new: expect.any(Number),
      updated: expect.any(Number),
      unchanged: 0,
      failed: 3,
    });
    expect(s.counts.new + s.counts.updated).toBe(4);
    expect(s.skipped).toEqual({ '.jpg': 1, '.xlsx': 1 });
    const reasons = Object.fromEntries(s.failures.map((f) => [f.target.replace(dir, ''), f.code]));
    expect(reasons).toEqual({
      '/empty.txt': 'validation_failed',
      '/broken.pdf': 'unprocessable_document',
      '/missing.txt': 'not_found',
    });
    expect(progress).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(s.items.some((i) => i.target.includes('node_modules') || i.target.includes('.hidden'))).toBe(
      false,
    );
    expect(await noticeCount(db)).toBe(4);
  });

  it('re-running stores nothing twice: everything already stored is unchanged', async () => {
    const db = getDb();
    const s = await ingestPaths([dir], { db });
    expect(s.counts).toEqual({ new: 0, updated: 0, unchanged: 4, failed: 2 });
    expect(await noticeCount(db)).toBe(4);
  });

  it('ingests URLs through the safe fetcher; a refused URL fails alone', async () => {
    const db = getDb();
    const s = await ingestPaths(
      [
        `${srv.url}/notice.html`,
        `${srv.url}/notice.pdf`,
        `${srv.url}/image.png`,
        'http://127.0.0.2/x',
        'ftp://example.com/a',
      ],
      { db, fetch: { allow: ['127.0.0.1'], timeoutMs: 5000 } },
    );
    const byTarget = Object.fromEntries(
      s.items.map((i) => [i.target.replace(srv.url, ''), i.code ?? i.status]),
    );
    expect(byTarget).toEqual({
      '/notice.html': 'unchanged', // same text as the file ingested above
      '/notice.pdf': 'unchanged',
      '/image.png': 'fetch_refused',
      'http://127.0.0.2/x': 'fetch_refused',
      'ftp://example.com/a': 'fetch_refused',
    });
  });
});

describeEachDialect('ingestPaths in batches read ahead of the writer', (getDb) => {
  it('one notice per batch with an extraction pool stores what one batch stores, each target once', async () => {
    const db = getDb();
    const s = await ingestPaths([dir], { db, batchSize: 1, extractWorkers: 1 });
    expect(s.counts.new + s.counts.updated).toBe(4);
    expect(s.counts.failed).toBe(2);
    expect(new Set(s.items.map((i) => i.target)).size).toBe(6);
    expect(await noticeCount(db)).toBe(4);
    const again = await ingestPaths([dir], { db, batchSize: 1, extractWorkers: 1 });
    expect(again.counts).toEqual({ new: 0, updated: 0, unchanged: 4, failed: 2 });
  });

  it('a failing pipeline fails the notices handed to it, and the run goes on with the rest', async () => {
    const db = getDb();
    let calls = 0;
    const flaky: IngestBatchFn = (d, inputs, o) => {
      if (++calls === 2) return Promise.reject(new Error('database went away'));
      return ingestNotices(d, inputs, o);
    };
    const s = await ingestPaths([dir], { db, batchSize: 1, ingest: flaky });
    expect(s.items.length).toBe(6);
    expect(s.failures.filter((f) => f.message === 'database went away').length).toBe(1);
    expect(s.counts.new + s.counts.updated + s.counts.unchanged).toBe(3);
  });
});

describeEachDialect('ingestPaths resume', (getDb) => {
  it('a crash inside one notice’s transaction leaves nothing half-written; the re-run completes the batch', async () => {
    const db = getDb();
    // A "power cut" while the Example Widgets notice is being committed.
    const crashing: IngestBatchFn = (d, inputs, o) =>
      ingestNotices(d, inputs, {
        ...o,
        beforeCommit: (_tx, input) => {
          if (input.text.includes('Example Widgets')) throw new Error('power cut');
        },
      });
    const first = await ingestPaths([dir], { db, ingest: crashing, concurrency: 2 });
    expect(first.counts.failed).toBe(3);
    expect(first.failures.find((f) => f.target.endsWith('notice-en.txt'))?.message).toBe('power cut');
    expect(await noticeCount(db)).toBe(3);

    const again = await ingestPaths([dir], { db });
    expect(again.counts).toEqual({
      new: expect.any(Number),
      updated: expect.any(Number),
      unchanged: 3,
      failed: 2,
    });
    expect(again.counts.new + again.counts.updated).toBe(1);
    expect(again.items.find((i) => i.target.endsWith('notice-en.txt'))?.status).toMatch(/^(new|updated)$/);
    expect(await noticeCount(db)).toBe(4);
  });

  it('keeps a run journal in the jobs table and finds interrupted runs', async () => {
    const db = getDb();
    const done = await RunJournal.start(db, [dir]);
    done.progress(2, 4, { new: 2, updated: 0, unchanged: 0, failed: 0 }, 0);
    await done.finish();
    const killed = await RunJournal.start(db, ['/elsewhere']);
    killed.progress(1, 10, { new: 1, updated: 0, unchanged: 0, failed: 0 }, 0);
    await new Promise((r) => setTimeout(r, 20));
    const found = await findInterruptedRuns(db, 0);
    expect(found.map((r) => r.id)).toEqual([killed.id]);
    expect(found[0]!.payload).toMatchObject({ targets: ['/elsewhere'], done: 1, total: 10 });
  });
});

it('batches for extraction workers start small and grow to the full size', () => {
  for (const size of [1, 7, 100, 250]) {
    const sizes = Array.from({ length: 12 }, (_, k) => rampedBatch(k, size));
    expect(sizes[0]).toBeGreaterThanOrEqual(1);
    expect(sizes[0]).toBeLessThanOrEqual(Math.max(1, Math.ceil(size / 4)));
    for (let k = 1; k < sizes.length; k++) {
      expect(sizes[k]).toBeGreaterThanOrEqual(sizes[k - 1]!);
      expect(sizes[k]).toBeLessThanOrEqual(size);
    }
    expect(sizes.at(-1)).toBe(size);
  }
});
