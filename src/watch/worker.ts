import { logger } from '../log.js';
import { claimJob, completeJob, failJob } from '../store/jobs.js';
import { type AlertDeps, deliverAlert } from './deliver.js';
import { ALERT_JOB } from './notify.js';
import { purgeUnconfirmedChannels } from './store.js';

const log = logger('watch');

/**
 * Attempts per alert before it is given up: with the job table's backoff (30 s × 4^(attempt−1):
 * 30 s, 2 min, 8 min, 32 min, 2 h 8 min) the last try comes almost three hours after the first.
 */
export const MAX_ALERT_ATTEMPTS = 6;

export interface AlertRunResult {
  sent: number;
  skipped: number;
  /** Failed this time, queued again with backoff. */
  retrying: number;
  /** Failed for the last time. */
  failed: number;
}

/**
 * Delivers every due alert job, one at a time, and returns the counts. A job whose worker died
 * (process killed mid-delivery) is claimed again once its lock expires (`lockMs`), so alerts
 * survive restarts; an alert already sent is not sent again.
 *
 * @example await runAlertJobs(deps) // => { sent: 2, skipped: 0, retrying: 1, failed: 0 }
 */
export async function runAlertJobs(
  deps: AlertDeps,
  opts: { now?: () => Date; lockMs?: number; max?: number; retryDelayMs?: number } = {},
): Promise<AlertRunResult> {
  const r: AlertRunResult = { sent: 0, skipped: 0, retrying: 0, failed: 0 };
  const max = opts.max ?? 1000;
  for (let i = 0; i < max; i++) {
    const job = await claimJob(deps.db, {
      kinds: [ALERT_JOB],
      lockMs: opts.lockMs ?? 2 * 60_000,
      ...(opts.now ? { now: opts.now() } : {}),
    });
    if (!job) break;
    const alertId = (job.payload as { alertId?: unknown })?.alertId;
    try {
      if (typeof alertId !== 'string') throw new Error('alert job without alertId');
      const outcome = await deliverAlert(deps, alertId);
      await completeJob(deps.db, job.id);
      r[outcome]++;
    } catch (err) {
      const message = (err as Error).message ?? String(err);
      const status = await failJob(deps.db, job.id, message, {
        maxAttempts: MAX_ALERT_ATTEMPTS,
        ...(opts.retryDelayMs !== undefined ? { retryDelayMs: opts.retryDelayMs } : {}),
      });
      if (typeof alertId === 'string') {
        await deps.db.kysely
          .updateTable('watch_alerts')
          .set({ attempts: job.attempts, ...(status === 'failed' ? { status: 'failed' as const } : {}) })
          .where('id', '=', alertId)
          .execute();
      }
      log.warn({ job: job.id, attempts: job.attempts, status, err: message }, 'alert delivery failed');
      if (status === 'failed') r.failed++;
      else r.retrying++;
    }
  }
  return r;
}

/**
 * Forgets expired unconfirmed addresses and runs `runAlertJobs` every `intervalMs` in this process until `stop()` (await it at shutdown).
 *
 * @example const worker = startAlertWorker(deps); …; await worker.stop()
 */
export function startAlertWorker(deps: AlertDeps, intervalMs = 15_000): { stop(): Promise<void> } {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const tick = () => {
    running = purgeUnconfirmedChannels(deps.db)
      .then(() => runAlertJobs(deps))
      .catch((err: unknown) => log.error({ err: (err as Error).message }, 'alert worker run failed'))
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, intervalMs);
      });
  };
  timer = setTimeout(tick, 0);
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
