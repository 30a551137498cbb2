import { parentPort } from 'node:worker_threads';
import { defaultEngine } from '../extract/engine.js';
import type { ExtractOptions } from '../extract/types.js';
import type { NoticeInput } from '../incidents/types.js';
import { type PrepInput, prepareNotice } from './notice-prep.js';

/**
 * An extraction worker of src/ingest/extract-pool.ts: normalised texts in, the default engine's
 * facts (or why extraction failed) out, and, for items that carry their `input`, what derives from
 * the notice alone (notice-prep.ts). It also reads files for the pipeline (`ReadTask`: size check,
 * read, decoding, as file-notice.ts does in the calling thread). No database, no network.
 */
export interface ExtractTask {
  id: number;
  items: { text: string; opts: ExtractOptions; input?: PrepInput }[];
}
export type ExtractReply = {
  id: number;
  results: ({ ok: true; facts: unknown; prep?: unknown } | { ok: false; message: string; code?: string })[];
};
/** Files to read as notice inputs (a PDF comes back as its bytes: see readFileNoticeUnlessPdf). */
export interface ReadTask {
  id: number;
  read: { path: string; maxBytes: number }[];
}
export type ReadReply = {
  id: number;
  results: (
    | { ok: true; input: NoticeInput }
    | { ok: true; pdf: Uint8Array }
    | { ok: false; message: string; code?: string }
  )[];
};

const failure = (err: unknown) => {
  const e = err as { message?: string; code?: string };
  return { ok: false as const, message: e?.message ?? String(err), ...(e?.code ? { code: e.code } : {}) };
};

/** Extraction tasks run one after the other; reads run between their items. */
let extracting = Promise.resolve();

parentPort?.on('message', (task: ExtractTask | ReadTask) => {
  if ('read' in task) void read(task);
  else extracting = extracting.then(() => extract(task));
});

async function extract(task: ExtractTask): Promise<void> {
  const results: ExtractReply['results'] = [];
  for (const item of task.items) {
    try {
      const facts = defaultEngine.extract(item.text, item.opts);
      results.push(
        item.input
          ? { ok: true, facts, prep: prepareNotice(item.text, item.input, facts) }
          : { ok: true, facts },
      );
    } catch (err) {
      results.push(failure(err));
    }
    // Lets a read asked for meanwhile start (the writer waits for its next batch's files, not for
    // this whole batch's extraction); its file system calls then overlap the next items.
    await new Promise((resolve) => setImmediate(resolve));
  }
  parentPort?.postMessage({ id: task.id, results } satisfies ExtractReply);
}

/** Sent once the document readers are loaded: the pool sends reads from then on. */
export type ReaderReady = { readerReady: true };

// The document readers (linkedom, Readability, the PDF reader: about 0.7 s of CPU to load from
// TypeScript sources) load in the background; until then the calling thread reads the files itself,
// so the first batches wait for nothing.
// Should they fail to load, no read is ever sent here and extraction goes on.
const reader = import('./file-notice.js').then(
  (m) => {
    parentPort?.postMessage({ readerReady: true } satisfies ReaderReady);
    return m;
  },
  () => null,
);

async function read(task: ReadTask): Promise<void> {
  const m = await reader;
  if (!m) {
    const results = task.read.map(() => failure(new Error('document readers unavailable')));
    parentPort?.postMessage({ id: task.id, results } satisfies ReadReply);
    return;
  }
  const { readFileNoticeUnlessPdf } = m;
  const results = await Promise.all(
    task.read.map(async ({ path, maxBytes }): Promise<ReadReply['results'][number]> => {
      try {
        const doc = await readFileNoticeUnlessPdf(path, maxBytes);
        return 'pdf' in doc ? { ok: true, pdf: doc.pdf } : { ok: true, input: doc };
      } catch (err) {
        return failure(err);
      }
    }),
  );
  const transfer = results.flatMap((r) => ('pdf' in r ? [r.pdf.buffer as ArrayBuffer] : []));
  parentPort?.postMessage({ id: task.id, results } satisfies ReadReply, transfer);
}
