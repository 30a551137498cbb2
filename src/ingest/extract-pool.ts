import type { Worker } from 'node:worker_threads';
import { AppError, ERROR_CODES, type ErrorCode } from '../errors.js';
import type { EngineFacts } from '../extract/engine.js';
import type { ExtractOptions } from '../extract/types.js';
import type { NoticeInput } from '../incidents/types.js';
import { logger } from '../log.js';
import { startModuleWorker } from '../threads.js';
import { loadDefaultEngine } from './default-engine.js';
import type { ExtractReply, ExtractTask, ReaderReady, ReadReply, ReadTask } from './extract-worker.js';
import { noticeFromBytes, readFileNotice } from './file-notice.js';
import { type NoticePrep, type PrepInput, prepareNotice } from './notice-prep.js';

const log = logger('ingest.pool');

/**
 * Extraction on worker threads (issue 17), so that the next batch of a long ingest is extracted
 * while the main thread writes the current one. Only the default engine runs there (an injected
 * engine runs in the caller's thread). Where workers cannot start (a test runner that loads
 * TypeScript itself) the pool extracts in the calling thread: slower, never wrong.
 */
export interface ExtractPool {
  /** Facts for each text, in order, or the error its extraction threw. */
  extract(items: readonly { text: string; opts: ExtractOptions }[]): Promise<(EngineFacts | Error)[]>;
  /** Facts and what derives from each notice alone (notice-prep.ts), or the error extraction threw. */
  extractPrepared(
    items: readonly { text: string; opts: ExtractOptions; input: PrepInput }[],
  ): Promise<({ facts: EngineFacts; prep: NoticePrep } | Error)[]>;
  /**
   * Files read as notice inputs (file-notice.ts readFileNotice), in order, or why each failed: on
   * the workers, between the items of the batch they are extracting, so that the writing thread
   * neither reads nor decodes (a PDF is read here, by the PDF reader's own thread).
   */
  readFiles(items: readonly { path: string; maxBytes: number }[]): Promise<(NoticeInput | Error)[]>;
  /** Whether readFiles reads on the workers yet (their document readers load in the background). */
  reading(): boolean;
  close(): Promise<void>;
}

/** Extraction in the calling thread (no workers, or they failed); the engine loads on first use. */
async function inline(
  items: readonly { text: string; opts: ExtractOptions }[],
): Promise<(EngineFacts | Error)[]> {
  const engine = await loadDefaultEngine();
  return items.map((i) => {
    try {
      return engine.extract(i.text, i.opts);
    } catch (err) {
      return err as Error;
    }
  });
}

async function inlinePrepared(
  items: readonly { text: string; opts: ExtractOptions; input: PrepInput }[],
): Promise<({ facts: EngineFacts; prep: NoticePrep } | Error)[]> {
  return (await inline(items)).map((facts, k) =>
    facts instanceof Error ? facts : { facts, prep: prepareNotice(items[k]!.text, items[k]!.input, facts) },
  );
}

/**
 * A pool of `size` extraction workers (unref'd: they never keep the process alive).
 *
 * @example const pool = extractPool(2); const [facts] = await pool.extract([{ text, opts: {} }]); await pool.close();
 */
export function extractPool(size: number): ExtractPool {
  const ext = import.meta.url.endsWith('.ts') ? 'ts' : 'js';
  const workers: Worker[] = [];
  const pending = new Map<
    number,
    { resolve: (r: (ExtractReply | ReadReply)['results']) => void; reject: (e: Error) => void }
  >();
  let broken = size === 0;
  let nextId = 1;
  /** Workers whose document readers are loaded (readFiles reads in this thread until all are). */
  let readers = 0;
  const fail = (err: Error) => {
    if (!broken) log.debug({ err: err.message }, 'extraction workers unavailable; extracting in this thread');
    broken = true;
    for (const p of pending.values()) p.reject(err);
    pending.clear();
  };
  if (!broken) {
    try {
      for (let i = 0; i < size; i++) {
        const w = startModuleWorker(new URL(`./extract-worker.${ext}`, import.meta.url));
        w.unref();
        w.on('message', (m: ExtractReply | ReadReply | ReaderReady) => {
          if ('readerReady' in m) {
            readers++;
            return;
          }
          const p = pending.get(m.id);
          pending.delete(m.id);
          p?.resolve(m.results);
        });
        w.on('error', fail);
        w.on('exit', (code) => {
          if (code !== 0) fail(new Error(`extraction worker exited with ${code}`));
        });
        workers.push(w);
      }
    } catch (err) {
      fail(err as Error);
    }
  }
  const run = (w: Worker, items: ExtractTask['items']) =>
    new Promise<ExtractReply['results']>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve: resolve as (r: unknown) => void, reject });
      w.postMessage({ id, items } satisfies ExtractTask);
    });
  const runRead = (w: Worker, read: ReadTask['read']) =>
    new Promise<ReadReply['results']>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve: resolve as (r: unknown) => void, reject });
      w.postMessage({ id, read } satisfies ReadTask);
    });

  const onWorkers = async (items: ExtractTask['items']) => {
    const per = Math.ceil(items.length / workers.length);
    const parts = await Promise.all(workers.map((w, k) => run(w, items.slice(k * per, (k + 1) * per))));
    return parts.flat();
  };
  const readInline = (items: readonly { path: string; maxBytes: number }[]) =>
    Promise.all(items.map((i) => readFileNotice(i.path, i.maxBytes).catch((err: unknown) => err as Error)));
  const failure = (r: { message: string; code?: string }) =>
    new AppError(r.code && r.code in ERROR_CODES ? (r.code as ErrorCode) : 'internal', r.message);

  return {
    async extract(items) {
      if (broken || items.length === 0) return inline(items);
      try {
        return (await onWorkers([...items])).map((r) => (r.ok ? (r.facts as EngineFacts) : failure(r)));
      } catch {
        return inline(items);
      }
    },
    async extractPrepared(items) {
      if (broken || items.length === 0) return inlinePrepared(items);
      try {
        return (await onWorkers([...items])).map((r) =>
          r.ok ? { facts: r.facts as EngineFacts, prep: r.prep as NoticePrep } : failure(r),
        );
      } catch {
        return inlinePrepared(items);
      }
    },
    async readFiles(items) {
      if (broken || items.length === 0 || readers < workers.length) return readInline(items);
      let replies: ReadReply['results'];
      try {
        const per = Math.ceil(items.length / workers.length);
        const parts = await Promise.all(
          workers.map((w, k) => runRead(w, items.slice(k * per, (k + 1) * per))),
        );
        replies = parts.flat();
      } catch {
        return readInline(items);
      }
      return Promise.all(
        replies.map(async (r, k) => {
          if (!r.ok) return failure(r);
          if ('input' in r) return r.input;
          return noticeFromBytes(items[k]!.path, r.pdf).catch((err: unknown) => err as Error);
        }),
      );
    },
    reading: () => !broken && readers >= workers.length,
    async close() {
      broken = true;
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
