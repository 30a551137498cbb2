import { newId } from '../ids.js';
import type { IngestOutcome } from '../incidents/types.js';
import type { Db } from './db.js';

/** What became of one document of a run (the counts a journal keeps). */
type RunItemStatus = IngestOutcome['status'] | 'failed';

/**
 * A run journal in the store's `jobs` table (kind 'ingest_run'): which targets a run was given,
 * how far it got, and whether it finished. Resuming needs no journal — ingestNotice is
 * transactional and idempotent by content hash, so re-running the same command after a crash
 * (even kill -9) stores each notice exactly once — but the journal lets `ingest` say that the last
 * run was interrupted and how far it had got.
 *
 * The row's `locked_until` stays NULL, so the job queue's claimJob() never picks it up; the
 * heartbeat lives in the payload.
 */
export interface RunJournalPayload {
  targets: string[];
  startedAt: string;
  heartbeat: string;
  done: number;
  total: number;
  counts: Record<RunItemStatus, number>;
}

export const JOURNAL_KIND = 'ingest_run';

export interface InterruptedRun {
  id: string;
  payload: RunJournalPayload;
}

/** Runs still marked running whose heartbeat is older than `staleMs` (their process died). */
export async function findInterruptedRuns(db: Db, staleMs = 60_000): Promise<InterruptedRun[]> {
  const rows = await db.kysely
    .selectFrom('jobs')
    .select(['id', 'payload'])
    .where('kind', '=', JOURNAL_KIND)
    .where('status', '=', 'running')
    .execute();
  const cutoff = Date.now() - staleMs;
  const out: InterruptedRun[] = [];
  for (const r of rows) {
    let payload: RunJournalPayload;
    try {
      payload = JSON.parse(r.payload) as RunJournalPayload;
    } catch {
      continue;
    }
    if (Date.parse(payload.heartbeat) < cutoff) out.push({ id: r.id, payload });
  }
  return out;
}

/** Marks interrupted runs as failed ('interrupted') once a new run has taken over their work. */
export async function closeInterruptedRuns(db: Db, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await db.kysely
    .updateTable('jobs')
    .set({
      status: 'failed',
      last_error: 'interrupted; re-run resumed it',
      updated_at: new Date().toISOString(),
    })
    .where('id', 'in', ids)
    .execute();
}

export class RunJournal {
  private lastWrite = 0;
  private pending: Promise<void> = Promise.resolve();

  private constructor(
    private readonly db: Db,
    readonly id: string,
    private payload: RunJournalPayload,
  ) {}

  static async start(db: Db, targets: readonly string[]): Promise<RunJournal> {
    const now = new Date().toISOString();
    const payload: RunJournalPayload = {
      targets: targets.slice(0, 1000),
      startedAt: now,
      heartbeat: now,
      done: 0,
      total: 0,
      counts: { new: 0, updated: 0, unchanged: 0, failed: 0 },
    };
    const id = newId();
    await db.kysely
      .insertInto('jobs')
      .values({
        id,
        kind: JOURNAL_KIND,
        payload: JSON.stringify(payload),
        status: 'running',
        attempts: 1,
        run_at: now,
        locked_until: null,
        last_error: null,
        dedupe_key: null,
        created_at: now,
        updated_at: now,
      })
      .execute();
    return new RunJournal(db, id, payload);
  }

  /** Records progress; writes at most every `everyMs` (the last call is always flushed by finish()). */
  progress(done: number, total: number, counts: Record<RunItemStatus, number>, everyMs = 2000): void {
    this.payload = { ...this.payload, done, total, counts, heartbeat: new Date().toISOString() };
    if (Date.now() - this.lastWrite < everyMs) return;
    this.lastWrite = Date.now();
    this.pending = this.pending.then(() => this.write('running')).catch(() => {});
  }

  async finish(): Promise<void> {
    await this.pending;
    this.payload = { ...this.payload, heartbeat: new Date().toISOString() };
    await this.write('done');
  }

  private async write(status: 'running' | 'done'): Promise<void> {
    await this.db.kysely
      .updateTable('jobs')
      .set({ status, payload: JSON.stringify(this.payload), updated_at: new Date().toISOString() })
      .where('id', '=', this.id)
      .execute();
  }
}
