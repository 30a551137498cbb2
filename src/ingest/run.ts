import { loadConfig } from '../config.js';
import { AppError, isAppError } from '../errors.js';
import type { IngestOutcome, NoticeInput } from '../incidents/types.js';
import { logger } from '../log.js';
import { type SafeFetchOptions, safeFetch } from '../net/fetch.js';
import type { Db } from '../store/db.js';
import { loadDocument } from '../text/document.js';
import { MAX_PDF_BYTES } from '../text/pdf.js';
import { type ExtractPool, extractPool } from './extract-pool.js';
import { readFileNotice } from './file-notice.js';
import { type BatchOutcome, type IngestBatchFn, ingestNoticeChunks } from './pipeline.js';
import { expandTargets, type Target } from './targets.js';

const log = logger('ingest.run');

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
  /** The pipeline (default: ingestNotices of ./pipeline.ts; tests pass their own). */
  ingest?: IngestBatchFn;
  /** Documents read before they are stored together in one transaction, each all or nothing. Default 100. */
  batchSize?: number;
  onProgress?: (p: IngestProgress) => void;
  /** Called once the targets are known (before any is ingested). */
  onStart?: (info: { total: number; skipped: Record<string, number> }) => void;
  /** Documents read at once (reads and fetches overlap; each batch is then stored). Default 4. */
  concurrency?: number;
  /** Options for URL targets (allow-list, timeouts, size). */
  fetch?: SafeFetchOptions;
  /** Largest file read from disk. */
  maxFileBytes?: number;
  /**
   * Extraction worker threads for a run of more than one batch (default: the configuration's
   * LEAKWATCH_EXTRACT_WORKERS, 1 on a machine of 2 cores or more; 0: extract in this thread). Only with the default pipeline.
   */
  extractWorkers?: number;
}

/**
 * Ingests files, directories and URLs: documents are read (text, HTML or PDF; `concurrency` at once)
 * and handed to the ingestion pipeline `batchSize` at a time — one transaction per batch, one
 * notice all or nothing (see ingestNotices) — and counted as new, updated, unchanged or failed. One failing document
 * never stops the run: it is recorded with its reason and the run goes on. Re-running after an
 * interruption (even kill -9) is safe: committed batches are reported 'unchanged', nothing is
 * stored twice, and no notice is ever half-written.
 *
 * @example await ingestPaths(['notices/'], { db }) // => { total: 12, counts: { new: 10, updated: 1, unchanged: 0, failed: 1 }, … }
 */
export async function ingestPaths(
  targets: readonly string[],
  opts: IngestPathsOptions,
): Promise<IngestSummary> {
  const started = Date.now();
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

  const size = Math.max(1, opts.batchSize ?? 100);
  const workers = Math.max(1, Math.min(opts.concurrency ?? 4, 32));
  // A run of several batches extracts on worker threads: the pipeline reads the next batches and
  // has them extracted while it writes this one (ingestNoticeChunks).
  const poolSize = opts.ingest ? 0 : (opts.extractWorkers ?? loadConfig().extractWorkers);
  const pool = poolSize > 0 && expanded.targets.length > size ? extractPool(poolSize) : undefined;
  let cursor = 0;
  try {
    while (cursor < expanded.targets.length) await ingestRest();
  } finally {
    await pool?.close();
  }

  /**
   * The targets from `cursor` on, read a batch at a time as the pipeline asks for them. When the
   * pipeline itself fails (the database went away), every notice handed to it and not yet reported
   * fails with it, and the next call goes on with the targets not yet read.
   */
  async function ingestRest(): Promise<void> {
    const names: string[] = [];
    let reported = 0;
    async function* batches(): AsyncGenerator<NoticeInput[]> {
      for (let k = 0; cursor < expanded.targets.length; k++) {
        const chunk = expanded.targets.slice(cursor, cursor + (pool ? rampedBatch(k, size) : size));
        cursor += chunk.length;
        const inputs: NoticeInput[] = [];
        for (const r of await readTargets(chunk, workers, opts, pool)) {
          if ('status' in r) record(r);
          else {
            inputs.push(r.input);
            names.push(r.target);
          }
        }
        if (inputs.length > 0) yield inputs;
      }
    }
    const onResult = (i: number, o: BatchOutcome) => {
      reported++;
      record(itemResult(names[i]!, o));
    };
    try {
      if (opts.ingest) {
        // An injected pipeline takes whole arrays: one batch per call.
        for await (const inputs of batches()) {
          const base = reported;
          await opts.ingest(opts.db, inputs, { batchSize: size, onResult: (i, o) => onResult(base + i, o) });
        }
      } else {
        await ingestNoticeChunks(opts.db, batches(), { onResult, ...(pool ? { pool } : {}) });
      }
    } catch (err) {
      for (const name of names.slice(reported))
        record(itemResult(name, { status: 'failed', error: err as Error }));
    }
  }

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

/** The first batch's share of a full one when extraction runs on workers (see rampedBatch). */
const FIRST_BATCH_SHARE = 8;

/**
 * The size of the k-th batch handed to a pipeline that extracts on workers: 1/8 of a full batch,
 * then twice the last, up to `size` (12, 25, 50, 100 for 100). The writer waits for a batch's
 * extraction before writing it, and a worker's first notices are its slowest (its modules load,
 * then V8 compiles every pattern and function on first use: ≈ 10 ms a notice for the first
 * hundred against ≈ 1.5 later, issue 17), so a full first batch kept the writer idle for its
 * whole cold extraction (≈ 2 s of a 10 s run); small first batches let it start writing while the
 * worker warms up. Later batches keep the full size (one commit each).
 *
 * @example [0, 1, 2, 3, 4].map((k) => rampedBatch(k, 100)) // => [13, 25, 50, 100, 100]
 */
export function rampedBatch(k: number, size: number): number {
  return Math.max(1, Math.min(size, Math.ceil((size / FIRST_BATCH_SHARE) * 2 ** k)));
}

/**
 * Reads targets, `workers` at once, in order: a notice input each, or the reason it failed. With an
 * extraction `pool`, files are read and decoded on its workers (issue 17: the writing thread then
 * only writes); URLs are fetched here.
 */
async function readTargets(
  targets: readonly Target[],
  workers: number,
  opts: IngestPathsOptions,
  pool?: ExtractPool,
): Promise<({ target: string; input: NoticeInput } | ItemResult)[]> {
  const out: ({ target: string; input: NoticeInput } | ItemResult)[] = new Array(targets.length);
  const maxBytes = opts.maxFileBytes ?? MAX_PDF_BYTES;
  const files = pool
    ? targets.flatMap((t, i) => (t.kind === 'file' ? [{ i, path: t.path, maxBytes }] : []))
    : [];
  const fromPool = files.length > 0 ? pool!.readFiles(files) : null;
  const here = targets.flatMap((t, i) => (fromPool && t.kind === 'file' ? [] : [i]));
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(workers, here.length) }, async () => {
      for (let k = next++; k < here.length; k = next++) {
        const i = here[k]!;
        const t = targets[i]!;
        const name = t.kind === 'file' ? t.path : t.url;
        try {
          const input =
            t.kind === 'file' ? await readFileNotice(t.path, maxBytes) : await fetchNotice(t.url, opts.fetch);
          out[i] = { target: name, input };
        } catch (err) {
          out[i] = itemResult(name, { status: 'failed', error: err as Error });
        }
      }
    }),
  );
  if (fromPool) {
    for (const [k, r] of (await fromPool).entries()) {
      const { i, path } = files[k]!;
      out[i] =
        r instanceof Error ? itemResult(path, { status: 'failed', error: r }) : { target: path, input: r };
    }
  }
  return out;
}

/**
 * A pipeline outcome as a run reports it; a failure keeps its AppError code and message.
 *
 * @example itemResult('a.txt', { status: 'new', noticeId: 'n1', incidentId: 'i1' }) // => { target: 'a.txt', status: 'new', … }
 */
export function itemResult(target: string, o: BatchOutcome): ItemResult {
  if (o.status !== 'failed')
    return { target, status: o.status, noticeId: o.noticeId, incidentId: o.incidentId };
  const err = o.error;
  const e = isAppError(err)
    ? err
    : new AppError('internal', (err as Error)?.message ?? String(err), { cause: err });
  if (!isAppError(err)) log.warn({ err: e.message }, 'unexpected ingest failure');
  return { target, status: 'failed', code: e.code, message: e.message };
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
