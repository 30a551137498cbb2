import { readFile } from 'node:fs/promises';
import { AppError, isAppError } from '../errors.js';
import type { IngestOutcome, NoticeInput } from '../incidents/types.js';
import { logger } from '../log.js';
import { type SafeFetchOptions, safeFetch } from '../net/fetch.js';
import type { Db } from '../store/db.js';
import { loadDocument } from '../text/document.js';
import { MAX_PDF_BYTES } from '../text/pdf.js';
import { defaultIngest, type IngestFn } from './default-ingest.js';
import { assertFileSize, expandTargets, type Target } from './targets.js';

const log = logger('ingest.run');

/** The store call: hash, extract, store and merge one notice (src/store/ingest.ts ingestNotice). */
export type { IngestFn } from './default-ingest.js';

export type ItemStatus = IngestOutcome['status'] | 'failed';

export interface ItemResult {
  target: string;
  status: ItemStatus;
  noticeId?: string;
  incidentId?: string | null;
  /** For failures: the AppError code and message. */
  code?: string;
  message?: string;
}

export interface IngestProgress {
  done: number;
  total: number;
  counts: Record<ItemStatus, number>;
  elapsedMs: number;
  /** The item just finished. */
  last: ItemResult;
}

export interface IngestSummary {
  total: number;
  counts: Record<ItemStatus, number>;
  /** Files skipped inside directories because of their extension, by extension. */
  skipped: Record<string, number>;
  failures: ItemResult[];
  items: ItemResult[];
  elapsedMs: number;
  /** Documents per second. */
  rate: number;
}

export interface IngestPathsOptions {
  db: Db;
  /** Defaults to the store's ingestNotice (loaded lazily so tests can pass their own). */
  ingest?: IngestFn;
  onProgress?: (p: IngestProgress) => void;
  /** Called once the targets are known (before any is ingested). */
  onStart?: (info: { total: number; skipped: Record<string, number> }) => void;
  /** Documents handled at once (fetches overlap; the store serialises writes). Default 4. */
  concurrency?: number;
  /** Options for URL targets (allow-list, timeouts, size). */
  fetch?: SafeFetchOptions;
  /** Largest file read from disk. */
  maxFileBytes?: number;
}

/**
 * Ingests files, directories and URLs: each document is read (text, HTML or PDF), handed to the
 * store's ingestNotice, and counted as new, updated, unchanged or failed. One failing document never
 * stops the batch: it is recorded with its reason and the run goes on. Re-running after an
 * interruption is safe — ingestNotice is transactional and idempotent by content hash, so what was
 * stored is reported 'unchanged' and nothing is stored twice.
 *
 * @example await ingestPaths(['notices/'], { db }) // => { total: 12, counts: { new: 10, updated: 1, unchanged: 0, failed: 1 }, … }
 */
export async function ingestPaths(
  targets: readonly string[],
  opts: IngestPathsOptions,
): Promise<IngestSummary> {
  const started = Date.now();
  const ingest = opts.ingest ?? (await defaultIngest());
  const expanded = await expandTargets(targets);
  const counts: Record<ItemStatus, number> = { new: 0, updated: 0, unchanged: 0, failed: 0 };
  const items: ItemResult[] = [];
  const total = expanded.targets.length + expanded.missing.length;
  opts.onStart?.({ total, skipped: expanded.skipped });

  const record = (r: ItemResult) => {
    items.push(r);
    counts[r.status]++;
    opts.onProgress?.({
      done: items.length,
      total,
      counts: { ...counts },
      elapsedMs: Date.now() - started,
      last: r,
    });
  };
  for (const m of expanded.missing)
    record({ target: m.target, status: 'failed', code: m.code, message: m.message });

  const queue = expanded.targets.slice();
  const workers = Math.max(1, Math.min(opts.concurrency ?? 4, 32, queue.length || 1));
  await Promise.all(
    Array.from({ length: workers }, async () => {
      for (let t = queue.shift(); t !== undefined; t = queue.shift()) {
        record(await ingestOne(t, ingest, opts));
      }
    }),
  );

  const elapsedMs = Date.now() - started;
  return {
    total,
    counts,
    skipped: expanded.skipped,
    failures: items.filter((i) => i.status === 'failed'),
    items,
    elapsedMs,
    rate: elapsedMs > 0 ? (items.length * 1000) / elapsedMs : items.length,
  };
}

/** Reads, extracts and stores one target; never throws (a failure is a result). */
export async function ingestOne(t: Target, ingest: IngestFn, opts: IngestPathsOptions): Promise<ItemResult> {
  const name = t.kind === 'file' ? t.path : t.url;
  try {
    const input =
      t.kind === 'file' ? await readFileNotice(t.path, opts) : await fetchNotice(t.url, opts.fetch);
    const outcome = await ingest(opts.db, input);
    return {
      target: name,
      status: outcome.status,
      noticeId: outcome.noticeId,
      incidentId: outcome.incidentId,
    };
  } catch (err) {
    const e = isAppError(err)
      ? err
      : new AppError('internal', (err as Error)?.message ?? String(err), { cause: err });
    if (!isAppError(err)) log.warn({ target: t.kind, err: e.message }, 'unexpected ingest failure');
    return { target: name, status: 'failed', code: e.code, message: e.message };
  }
}

async function readFileNotice(path: string, opts: IngestPathsOptions): Promise<NoticeInput> {
  await assertFileSize(path, opts.maxFileBytes ?? MAX_PDF_BYTES);
  const bytes = new Uint8Array(await readFile(path));
  const doc = await loadDocument({ bytes, name: path });
  return {
    text: doc.text,
    title: doc.title,
    via: 'file',
    fetchedAt: new Date().toISOString(),
    ...(doc.published ? { published: doc.published } : {}),
  };
}

/** Fetches a notice URL with the SSRF-safe fetcher and reads it. */
export async function fetchNotice(
  url: string,
  fetchOpts: SafeFetchOptions | undefined,
  hints: { title?: string | null; published?: string; via?: string } = {},
): Promise<NoticeInput> {
  const res = await safeFetch(url, {
    ...fetchOpts,
    accept: fetchOpts?.accept ?? ['text/html', 'application/xhtml+xml', 'text/plain', 'application/pdf'],
  });
  const doc = await loadDocument({ bytes: res.bytes, contentType: res.contentTypeHeader, url: res.finalUrl });
  const published = hints.published ?? doc.published;
  return {
    text: doc.text,
    url: res.finalUrl,
    title: doc.title ?? hints.title ?? null,
    via: hints.via ?? 'url',
    fetchedAt: new Date().toISOString(),
    ...(published ? { published } : {}),
  };
}
