import type { Worker } from 'node:worker_threads';
import { AppError, type ErrorCode } from '../errors.js';
import { logger } from '../log.js';
import { startModuleWorker } from '../threads.js';
import type { PdfText } from './pdf.js';

const log = logger('pdf');

/** Longest one PDF may take to read before its worker is stopped (a notice reads in well under 1 s). */
export const PDF_BUDGET_MS = 30_000;

/** What the PDF worker (pdf-worker.ts) is sent. */
export interface PdfRequest {
  id: number;
  bytes: Uint8Array;
}

/** What it answers: the text, or the error's code and message. */
export type PdfResponse =
  | { id: number; result: PdfText }
  | { id: number; error: { code: ErrorCode; message: string } };

interface Pending {
  resolve: (r: PdfText) => void;
  reject: (e: Error) => void;
  timer: NodeJS.Timeout;
}

/**
 * pdf.js off the calling thread. pdf.js 5 (unpdf 1.7) can leave a promise rejected without a handler
 * when a PDF's page tree is damaged (Catalog.getPageDict caches the fetch of each top-level kid and
 * nobody awaits it once the document has failed): about 1 in 100 randomly corrupted PDFs did so in
 * session 9's fuzzing. In the main thread that would end the server or the ingest (Node's default);
 * in this worker it is recognised and dropped, and anything else that escapes, a parse that outruns
 * `PDF_BUDGET_MS` or one that exhausts the worker's heap ends the worker alone: the PDFs it was
 * reading fail with `unprocessable_document` and the next PDF starts a new worker. PDFs are read
 * concurrently in one worker, started on first use; it does not keep the process alive while idle.
 */
export class PdfThread {
  private worker: Worker | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  constructor(private readonly budgetMs = PDF_BUDGET_MS) {}

  /** Stops the worker; PDFs still being read fail. */
  close(): void {
    if (this.worker) this.lose(this.worker, 'Cannot read this PDF: the reader was closed');
  }

  read(bytes: Uint8Array): Promise<PdfText> {
    return new Promise<PdfText>((resolve, reject) => {
      const id = this.nextId++;
      const worker = this.ensureWorker();
      const timer = setTimeout(() => this.overBudget(worker), this.budgetMs);
      this.pending.set(id, { resolve, reject, timer });
      worker.ref();
      // A copy, transferred: the caller keeps its bytes.
      const copy = new Uint8Array(bytes);
      worker.postMessage({ id, bytes: copy } satisfies PdfRequest, [copy.buffer]);
    });
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const w = startWorker();
    w.on('message', (res: PdfResponse) => {
      const p = this.pending.get(res.id);
      if (!p) return;
      this.settle(res.id);
      if ('result' in res) p.resolve(res.result);
      else p.reject(new AppError(res.error.code, res.error.message));
    });
    w.on('error', (err) => {
      log.warn({ err: err.message }, 'PDF worker failed');
      this.lose(w, `Cannot read this PDF: the reader failed (${err.message})`);
    });
    w.on('exit', () => this.lose(w, 'Cannot read this PDF: the reader stopped'));
    this.worker = w;
    return w;
  }

  private settle(id: number): void {
    const p = this.pending.get(id);
    if (p) clearTimeout(p.timer);
    this.pending.delete(id);
    if (this.pending.size === 0) this.worker?.unref();
  }

  private overBudget(w: Worker): void {
    log.warn({ budgetMs: this.budgetMs }, 'PDF read over its time budget: worker stopped');
    this.lose(
      w,
      `この PDF は読み取りに時間がかかりすぎるため中止しました (上限 ${this.budgetMs / 1000} 秒) / Reading this PDF took longer than ${this.budgetMs / 1000} s and was stopped`,
    );
  }

  /** The worker is gone (or is being stopped): every PDF it was reading fails; the next starts anew. */
  private lose(w: Worker, message: string): void {
    if (this.worker !== w) return;
    this.worker = null;
    w.removeAllListeners();
    w.on('error', () => {});
    void w.terminate();
    for (const [id, p] of [...this.pending]) {
      this.settle(id);
      p.reject(new AppError('unprocessable_document', message));
    }
  }
}

/** The worker (pdf-worker.ts), its heap capped: a PDF that drives pdf.js out of memory ends it alone. */
function startWorker(): Worker {
  const ext = import.meta.url.endsWith('.ts') ? 'ts' : 'js';
  return startModuleWorker(new URL(`./pdf-worker.${ext}`, import.meta.url), {
    resourceLimits: { maxOldGenerationSizeMb: 512 },
  });
}

let shared: PdfThread | undefined;

/** Reads a PDF's text in the process's PDF worker (see PdfThread); rejects with an AppError. */
export function readPdfOffThread(bytes: Uint8Array): Promise<PdfText> {
  shared ??= new PdfThread();
  return shared.read(bytes);
}

/**
 * Whether a rejection came from inside pdf.js: its exceptions (FormatError, ParserEOFException,
 * XRefEntryException, InvalidPDFException …) inherit a prototype built in pdf.js's own module, so
 * their stack names that module.
 *
 * @example isPdfJsFailure(Object.assign(new Error('x'), { name: 'FormatError' })) // => false (stack is ours)
 */
export function isPdfJsFailure(reason: unknown): boolean {
  if (!(reason instanceof Error)) return false;
  return /[\\/]unpdf[\\/]dist[\\/]pdfjs\.mjs/.test(String(reason.stack ?? ''));
}
