import type { Worker } from 'node:worker_threads';
import { AppError } from '../errors.js';
import { logger } from '../log.js';
import { startModuleWorker } from '../threads.js';
import type { CheckOptions } from './check.js';
import type { DraftAnalyser } from './run.js';
import type { NoticeCheckResult } from './types.js';

const log = logger('notice-check');

/** What the pool sends its worker (worker.ts). */
export interface WorkerRequest {
  id: number;
  text: string;
  opts: Omit<CheckOptions, 'facts'>;
}

/** What the worker answers. */
export type WorkerResponse = { id: number; result: NoticeCheckResult } | { id: number; error: string };

export interface CheckPoolOptions {
  /** Longest one check may run (and wait in the queue) before it is given up, in ms. */
  budgetMs: number;
  /** Checks allowed to wait while one runs; more are refused at once with 503. */
  maxQueue: number;
}

/** 5 s: a 100,000-character draft is checked in well under 0.1 s once the patterns are linear. */
export const DEFAULT_CHECK_POOL: CheckPoolOptions = { budgetMs: 5_000, maxQueue: 16 };

interface Task {
  req: WorkerRequest;
  queuedAt: number;
  resolve: (r: NoticeCheckResult) => void;
  reject: (e: Error) => void;
}

/**
 * Runs the notice check (normalise, extract, rules) in one worker thread, one draft at a time, so
 * that a draft that is slow to read never blocks the event loop that serves everyone else (issue 18:
 * one 3 kB draft held the whole site for 35 s). A check that outruns its budget has its worker
 * terminated (a runaway regular expression cannot be interrupted any other way) and answers 422; a
 * full queue answers 503. The worker is started on first use and does not keep the process alive
 * while idle.
 *
 * @example const pool = new CheckPool(); await runNoticeCheck(text, {}, { db, analyse: pool.analyse })
 */
export class CheckPool {
  private worker: Worker | null = null;
  private readonly queue: Task[] = [];
  private current: Task | null = null;
  private timer: NodeJS.Timeout | null = null;
  private nextId = 1;

  constructor(private readonly opts: CheckPoolOptions = DEFAULT_CHECK_POOL) {}

  /** Checks one draft in the worker; rejects with an AppError (422 over budget, 503 busy). */
  readonly analyse: DraftAnalyser = (text, opts) =>
    new Promise<NoticeCheckResult>((resolve, reject) => {
      if (this.queue.length >= this.opts.maxQueue) {
        reject(busy());
        return;
      }
      this.queue.push({ req: { id: this.nextId++, text, opts }, queuedAt: Date.now(), resolve, reject });
      this.dispatch();
    });

  /** Stops the worker; checks still waiting are refused with 503. */
  async close(): Promise<void> {
    for (const t of this.queue.splice(0)) t.reject(busy());
    this.finish();
    const w = this.worker;
    this.worker = null;
    if (w) await w.terminate();
  }

  private dispatch(): void {
    if (this.current) return;
    let task = this.queue.shift();
    // A check that waited its whole budget in the queue is refused rather than started late.
    while (task && Date.now() - task.queuedAt > this.opts.budgetMs) {
      task.reject(busy());
      task = this.queue.shift();
    }
    if (!task) {
      this.worker?.unref();
      return;
    }
    this.current = task;
    const worker = this.ensureWorker();
    worker.ref();
    this.timer = setTimeout(() => this.overBudget(), this.opts.budgetMs);
    worker.postMessage(task.req);
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const w = startWorker();
    w.on('message', (res: WorkerResponse) => {
      const task = this.current;
      if (!task || task.req.id !== res.id) return;
      this.finish();
      if ('result' in res) task.resolve(res.result);
      else
        task.reject(
          new AppError('internal', `公表文チェックに失敗しました / The check failed: ${res.error}`),
        );
      this.dispatch();
    });
    w.on('error', (err) => {
      log.error({ err: err.message }, 'notice-check worker failed');
      this.lose(w);
    });
    w.on('exit', () => this.lose(w));
    this.worker = w;
    return w;
  }

  private overBudget(): void {
    const task = this.current;
    const w = this.worker;
    this.finish();
    this.worker = null;
    if (w) {
      w.removeAllListeners('exit');
      w.removeAllListeners('error');
      w.on('error', () => {});
      void w.terminate();
    }
    log.warn({ budgetMs: this.opts.budgetMs }, 'notice check over its time budget: worker restarted');
    task?.reject(
      new AppError(
        'unprocessable_document',
        `この下書きはチェックに時間がかかりすぎるため中止しました (上限 ${this.opts.budgetMs / 1000} 秒) / The check of this draft took longer than ${this.opts.budgetMs / 1000} s and was stopped`,
      ),
    );
    this.dispatch();
  }

  /** The worker died (not by our hand): the running check fails with 503, the next gets a new worker. */
  private lose(w: Worker): void {
    if (this.worker !== w) return;
    this.worker = null;
    const task = this.current;
    this.finish();
    task?.reject(busy());
    this.dispatch();
  }

  private finish(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.current = null;
  }
}

function busy(): AppError {
  return new AppError(
    'unavailable',
    '公表文チェックが混み合っています。しばらくしてからお試しください / The notice check is busy; please retry shortly',
  );
}

/** The worker (worker.ts), its heap capped: a worker that a draft drives out of memory dies alone. */
function startWorker(): Worker {
  const ext = import.meta.url.endsWith('.ts') ? 'ts' : 'js';
  return startModuleWorker(new URL(`./worker.${ext}`, import.meta.url), {
    resourceLimits: { maxOldGenerationSizeMb: 512 },
  });
}

let shared: CheckPool | undefined;

/** The process's one pool (created on first use); the server's routes use it. */
export function sharedCheckPool(): CheckPool {
  shared ??= new CheckPool();
  return shared;
}
