import { sql } from 'kysely';
import { newId } from '../ids.js';
import type { Db } from './db.js';
import type { JobStatus } from './schema-core.js';
import { nowIso } from './tx.js';

/**
 * A small job queue in the database (fetch a notice, poll a feed, send an alert …). Claiming is
 * safe for concurrent workers: on PostgreSQL the candidate row is locked with FOR UPDATE SKIP
 * LOCKED; on SQLite a single UPDATE … RETURNING runs under the database's one writer lock. A job
 * whose worker died is claimable again once its lock expires.
 */
export interface Job {
  id: string;
  kind: string;
  payload: unknown;
  status: JobStatus;
  attempts: number;
  run_at: string;
  locked_until: string | null;
  last_error: string | null;
  dedupe_key: string | null;
}

/** A job as the jobs table returns it: its payload as JSON, its attempts as the driver gives them. */
type JobRow = Omit<Job, 'payload' | 'attempts'> & { payload: string; attempts: number | string };

function toJob(r: JobRow): Job {
  return { ...r, attempts: Number(r.attempts), payload: JSON.parse(r.payload) };
}

/**
 * Queues a job. With a dedupe key, a second job with the same key is not queued; the first one's
 * id comes back with `created: false`.
 *
 * @example await enqueueJob(db, { kind: 'fetch', payload: { url }, dedupeKey: `fetch:${url}` })
 */
export async function enqueueJob(
  db: Db,
  job: { kind: string; payload: unknown; runAt?: Date; dedupeKey?: string | null },
): Promise<{ id: string; created: boolean }> {
  const id = newId();
  const ts = nowIso();
  const inserted = await db.kysely
    .insertInto('jobs')
    .values({
      id,
      kind: job.kind,
      payload: JSON.stringify(job.payload ?? null),
      status: 'queued',
      attempts: 0,
      run_at: (job.runAt ?? new Date()).toISOString(),
      locked_until: null,
      last_error: null,
      dedupe_key: job.dedupeKey ?? null,
      created_at: ts,
      updated_at: ts,
    })
    .onConflict((oc) => oc.column('dedupe_key').doNothing())
    .returning('id')
    .executeTakeFirst();
  if (inserted) return { id: inserted.id, created: true };
  const existing = await db.kysely
    .selectFrom('jobs')
    .select('id')
    .where('dedupe_key', '=', job.dedupeKey ?? '')
    .executeTakeFirstOrThrow();
  return { id: existing.id, created: false };
}

/**
 * Claims the next due job (optionally of the given kinds) for `lockMs`, or null when none is due.
 *
 * @example const job = await claimJob(db, { kinds: ['fetch'] }); if (job) { …; await completeJob(db, job.id) }
 */
export async function claimJob(
  db: Db,
  opts: { kinds?: string[]; lockMs?: number; now?: Date } = {},
): Promise<Job | null> {
  const now = (opts.now ?? new Date()).toISOString();
  const until = new Date(Date.parse(now) + (opts.lockMs ?? 5 * 60_000)).toISOString();
  const kinds = opts.kinds?.length ? sql`and kind in (${sql.join(opts.kinds)})` : sql``;
  const due = sql`((status = 'queued' and run_at <= ${now}) or (status = 'running' and locked_until < ${now})) ${kinds}`;
  const lock = db.dialect === 'postgres' ? sql`for update skip locked` : sql``;
  const r =
    await sql<JobRow>`update jobs set status = 'running', attempts = attempts + 1, locked_until = ${until},
      updated_at = ${now}
    where id = (select id from jobs where ${due} order by run_at, id limit 1 ${lock})
    returning id, kind, payload, status, attempts, run_at, locked_until, last_error, dedupe_key`.execute(
      db.kysely,
    );
  const row = r.rows[0];
  return row ? toJob(row) : null;
}

/** Marks a claimed job done. */
export async function completeJob(db: Db, id: string): Promise<void> {
  await db.kysely
    .updateTable('jobs')
    .set({ status: 'done', locked_until: null, updated_at: nowIso() })
    .where('id', '=', id)
    .execute();
}

/**
 * Records a failure: the job is queued again after a backoff (30 s × 4^attempts) until
 * `maxAttempts`, then marked failed.
 */
export async function failJob(
  db: Db,
  id: string,
  error: string,
  opts: { maxAttempts?: number; retryDelayMs?: number } = {},
): Promise<JobStatus> {
  const row = await db.kysely.selectFrom('jobs').select('attempts').where('id', '=', id).executeTakeFirst();
  if (!row) return 'failed';
  const attempts = Number(row.attempts);
  const final = attempts >= (opts.maxAttempts ?? 5);
  const delay = opts.retryDelayMs ?? 30_000 * 4 ** Math.max(0, attempts - 1);
  const status: JobStatus = final ? 'failed' : 'queued';
  await db.kysely
    .updateTable('jobs')
    .set({
      status,
      last_error: error.slice(0, 2000),
      locked_until: null,
      run_at: new Date(Date.now() + (final ? 0 : delay)).toISOString(),
      updated_at: nowIso(),
    })
    .where('id', '=', id)
    .execute();
  return status;
}
