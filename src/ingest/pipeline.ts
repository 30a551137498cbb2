import { z } from 'zod';
import { AppError, validationError } from '../errors.js';
import type { EngineFacts, IngestEngine } from '../extract/engine.js';
import type { ExtractOptions, NoticeFacts } from '../extract/types.js';
import { newId } from '../ids.js';
import { type NoticeView, pickContinuation, seedEvidence } from '../incidents/continuation.js';
import { hostKey, nameLabel } from '../incidents/host-owner.js';
import type { IngestOutcome, NoticeInput } from '../incidents/types.js';
import { logger } from '../log.js';
import { continuationCandidates, familyLookup, rememberReport } from '../store/continuation-candidates.js';
import type { Db } from '../store/db.js';
import { createIncidentFromNotice, rebuildIncident } from '../store/incident-store.js';
import { findOrCreateOrganization, organizationLookup } from '../store/names.js';
import {
  findNotice,
  findNotices,
  insertNotice,
  insertNotices,
  insertNoticeTexts,
  type NoticeRowInput,
  type NoticeTextDoc,
  noticeTextDoc,
} from '../store/notices.js';
import { refreshPlannerStats } from '../store/planner-stats.js';
import {
  deferWrites,
  genericPlans,
  inOneCommit,
  isCarriedError,
  isRetryable,
  nowIso,
  type Tx,
} from '../store/tx.js';
import { assertSupportedLanguage } from '../text/lang.js';
import { notifyIncidentsChanged } from '../watch/notify.js';
import { loadDefaultEngine, normaliseOnly } from './default-engine.js';
import type { ExtractPool } from './extract-pool.js';
import { contentHash, type NoticePrep, noticeRowInput, prepareNotice } from './notice-prep.js';
import { storedKeysFilled } from './sender-keys.js';

const log = logger('ingest');

/**
 * The ingestion pipeline, one for every caller (the CLI's `ingest`, the feed poller, the benchmarks,
 * the tests): validate → normalise → extract → match → merge → notify. What a notice says and which
 * incident it belongs to is decided here; src/store only saves and reads. One notice is never
 * half-written (its own transaction, or all or nothing in a batch's); the same text is stored once
 * (content hash, UNIQUE), so a run killed at any point is resumed by running it again.
 */

export interface IngestOptions {
  engine?: IngestEngine;
  /** Test hook: called inside the transaction after the incident is written, before commit. */
  beforeCommit?: (tx: Tx, input: NoticeInput) => void | Promise<void>;
  /**
   * After commit: alerts for watchlists following a new or changed incident (default), or nothing
   * (`false`). An alert failure never fails the ingest: the notice is stored, the failure logged.
   */
  notify?: false | ((db: Db, changes: readonly IncidentChange[]) => Promise<unknown>);
}

/** An incident that a committed notice created or changed, and which of its facts changed. */
export interface IncidentChange {
  incidentId: string;
  changed: readonly string[];
}

/** The pipeline as callers inject it: notices in, one outcome each, in order. */
export type IngestBatchFn = (
  db: Db,
  inputs: readonly NoticeInput[],
  opts?: { onResult?: (i: number, outcome: BatchOutcome) => void; batchSize?: number; pool?: ExtractPool },
) => Promise<BatchOutcome[]>;

const Input = z.object({
  text: z.string().min(1, '本文が空です (notice text is empty)').max(2_000_000),
  url: z.string().url().nullish(),
  title: z.string().max(500).nullish(),
  via: z.string().min(1),
  fetchedAt: z.string().datetime({ offset: true }).optional(),
  lang: z.enum(['ja', 'en']).optional(),
  published: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
});

/**
 * Ingests one notice in its own transaction: normalise, hash, extract, find or create the
 * organisation and services (any spelling), match an existing incident (a later report of the same
 * breach) or create one, merge, record history; after commit, notify. The same text ingested again —
 * even fifty times at once — is stored once and reported 'unchanged'. Throws when the notice fails.
 *
 * @example await ingestNotice(db, { text, url: 'https://example.jp/news/1', via: 'url' })
 *          // => { status: 'new', noticeId, incidentId }
 */
export async function ingestNotice(
  db: Db,
  input: NoticeInput,
  opts: IngestOptions = {},
): Promise<IngestOutcome> {
  const engine = opts.engine ?? (await loadDefaultEngine());
  await storedKeysFilled(db);
  const { text, hash } = prepare(engine, input);
  const existing = await findNotice(db.kysely, hash);
  if (existing) return { status: 'unchanged', noticeId: existing.id, incidentId: existing.incidentId };
  const facts = extractFacts(engine, input, text);
  for (let attempt = 1; ; attempt++) {
    try {
      const outcome = await db.kysely
        .transaction()
        .execute((tx) => ingestInTx(tx, db, input, text, hash, facts, opts));
      await notifyChanges(db, [outcome], opts);
      return outcome;
    } catch (err) {
      if (attempt < 5 && isRetryable(err)) {
        log.debug({ attempt, code: (err as { code?: string }).code }, 'ingest transaction retried');
        continue;
      }
      throw err;
    }
  }
}

/** Validates and normalises a notice; returns its normalised text and content hash. */
function prepare(engine: IngestEngine, input: NoticeInput): { text: string; hash: string } {
  const parsed = Input.safeParse(input);
  if (!parsed.success) throw validationError('Notice', parsed.error.issues);
  const text = engine.normalize(input.text);
  if (!text.trim())
    throw new AppError('validation_failed', 'Notice: text: 本文が空です (notice text is empty)');
  // issue 12: Korean, Chinese and other languages are refused, not stored as an empty 'en' incident.
  assertSupportedLanguage(text);
  return { text, hash: contentHash(text) };
}

function extractFacts(engine: IngestEngine, input: NoticeInput, text: string): EngineFacts {
  return engine.extract(text, extractOptions(input));
}

function extractOptions(input: NoticeInput): ExtractOptions {
  return {
    ...(input.lang ? { lang: input.lang } : {}),
    ...(input.url ? { url: input.url } : {}),
    ...(input.published ? { published: input.published } : {}),
  };
}

/** One notice's result in a batch: an outcome, or why it failed (the batch goes on). */
export type BatchOutcome = IngestOutcome | { status: 'failed'; error: Error };

type Prepared = { input: NoticeInput; text: string; hash: string; facts: EngineFacts; prep?: NoticePrep };
type Step = Prepared | Error | IngestOutcome;

/**
 * Ingests many notices (a folder, a feed), `batchSize` per transaction: a failing notice is rolled
 * back alone — nothing of it is written — and the rest of the batch goes on (see writeBatch). Sharing a commit among notices is what makes bulk ingestion fast on SQLite.
 * With an extraction `pool` (src/ingest/extract-pool.ts), the next batch is extracted on worker
 * threads while this one is written.
 *
 * @example const outcomes = await ingestNotices(db, files.map((f) => ({ text: read(f), via: 'file' })))
 */
export async function ingestNotices(
  db: Db,
  inputs: readonly NoticeInput[],
  opts: IngestOptions & {
    batchSize?: number;
    onResult?: (i: number, outcome: BatchOutcome) => void;
    pool?: ExtractPool;
  } = {},
): Promise<BatchOutcome[]> {
  const size = Math.max(1, opts.batchSize ?? 100);
  const chunks: NoticeInput[][] = [];
  for (let start = 0; start < inputs.length; start += size) chunks.push(inputs.slice(start, start + size));
  return ingestNoticeChunks(db, chunks, opts);
}

/** Batches read ahead of the one being written when extraction runs on workers. */
const READ_AHEAD = 2;

/**
 * ingestNotices over batches that arrive one at a time (`leakwatch ingest DIR` reads its files as
 * the pipeline goes): each chunk is one transaction, each notice all or nothing. With an extraction
 * `pool`, the next READ_AHEAD chunks are pulled, checked against the store and handed to the workers
 * before this one is written, so the workers never wait for the writer and the writer rarely waits
 * for them (issue 17: a folder used to be read in groups, and the workers sat idle at every group's
 * end and start). `onResult` indexes count notices across all chunks.
 */
export async function ingestNoticeChunks(
  db: Db,
  chunks: AsyncIterable<readonly NoticeInput[]> | Iterable<readonly NoticeInput[]>,
  opts: IngestOptions & { onResult?: (i: number, outcome: BatchOutcome) => void; pool?: ExtractPool } = {},
): Promise<BatchOutcome[]> {
  // Workers run the default engine only; an injected one runs here. With workers this thread only
  // normalises (the engine's modules load where extraction runs: default-engine.ts).
  const pool = opts.engine ? undefined : opts.pool;
  const engine = opts.engine ?? (pool ? normaliseOnly : await loadDefaultEngine());
  await storedKeysFilled(db);
  const ahead = pool ? READ_AHEAD : 0;
  const source =
    Symbol.asyncIterator in chunks
      ? chunks[Symbol.asyncIterator]()
      : (chunks as Iterable<readonly NoticeInput[]>)[Symbol.iterator]();
  const queue: { chunk: readonly NoticeInput[]; prepared: Promise<Step[]> }[] = [];
  let exhausted = false;
  const pull = async () => {
    const r = await source.next();
    if (r.done) exhausted = true;
    else if (r.value.length > 0) {
      const prepared = prepareChunk(db, engine, r.value, pool);
      // Awaited in its turn; if an earlier batch throws first, its failure must not go unhandled.
      prepared.catch(() => {});
      queue.push({ chunk: r.value, prepared });
    }
  };
  const out: BatchOutcome[] = [];
  for (;;) {
    while (!exhausted && queue.length === 0) await pull();
    const head = queue.shift();
    if (!head) break;
    // With workers, the next batches are extracted while this one is written. Their stored-notice
    // check runs before this batch commits; a text in two batches is then caught by the UNIQUE
    // content hash.
    while (!exhausted && queue.length < ahead) await pull();
    const prepared = await head.prepared;
    let results: BatchOutcome[] = [];
    try {
      results = await writeBatch(db, prepared, opts);
    } catch (err) {
      // The batch could not commit (a concurrent writer on PostgreSQL): ingest its notices one by one.
      log.warn({ err: (err as Error).message }, 'batch failed; ingesting its notices one at a time');
      results = [];
      for (const input of head.chunk) {
        try {
          results.push(await ingestNotice(db, input, { ...opts, notify: false }));
        } catch (e) {
          results.push({ status: 'failed', error: e as Error });
        }
      }
    }
    // PostgreSQL: statistics (and so plans) that follow a young store's growth (planner-stats.ts).
    await refreshPlannerStats(db, results.filter((r) => r.status === 'new' || r.status === 'updated').length);
    await notifyChanges(db, results, opts);
    for (const r of results) {
      opts.onResult?.(out.length, r);
      out.push(r);
    }
  }
  return out;
}

/** Notices of a batch that may fail before it is written with a SAVEPOINT per notice. */
const OPTIMISTIC_FAILURES = 2;

/**
 * Writes a prepared batch in one transaction, each notice all or nothing. The batch is first written
 * without SAVEPOINTs — two statements less per notice, two round trips on PostgreSQL — because a
 * notice rarely fails once validated and extracted. When one does, the whole transaction is rolled
 * back and the batch written again from its start without that notice (reported failed with its
 * error); it then has exactly the outcome it would have had in its own SAVEPOINT, nothing of the
 * failed notice written. After OPTIMISTIC_FAILURES failures the rest of the batch is written with
 * a SAVEPOINT per notice (a failing database then costs no more than before). Throws when the
 * transaction itself fails (the caller then ingests the notices one by one).
 */
async function writeBatch(db: Db, prepared: readonly Step[], opts: IngestOptions): Promise<BatchOutcome[]> {
  const failed = new Map<number, Error>();
  // PostgreSQL: writes are deferred (deferWrites), so an error of one may surface in a later
  // notice's statement or at commit; after such an error the batch is written again without
  // deferring, each error then its own notice's.
  let defer = db.dialect === 'postgres';
  for (;;) {
    const savepoints = failed.size >= OPTIMISTIC_FAILURES;
    const results: BatchOutcome[] = [];
    const failing: { index: number; error: Error }[] = [];
    const deferring = defer;
    try {
      await inOneCommit(db, async (tx, savepoint) => {
        // PostgreSQL: one plan per statement and connection, not one per execution (tx.ts).
        await genericPlans(tx);
        if (deferring) await deferWrites(tx);
        // The batch's notice texts are indexed together, in one statement, before it commits.
        const texts: NoticeTextDoc[] = [];
        // Without SAVEPOINTs the batch's notices are inserted together first (one statement): a
        // notice that fails rolls the whole transaction back anyway. Each is then matched and merged
        // in its turn; an unlinked notice is no continuation candidate (candidates join its link).
        const pre = savepoints ? undefined : await insertBatchNotices(tx, prepared, failed);
        for (const [i, p] of prepared.entries()) {
          if (p instanceof Error) {
            results.push({ status: 'failed', error: p });
            continue;
          }
          if ('status' in p) {
            results.push(p);
            continue;
          }
          const known = failed.get(i);
          if (known) {
            results.push({ status: 'failed', error: known });
            continue;
          }
          if (savepoints) {
            // A notice rolled back with its SAVEPOINT leaves no text to index.
            const own: NoticeTextDoc[] = [];
            const step = await savepoint(() =>
              ingestInTx(tx, db, p.input, p.text, p.hash, p.facts, opts, own, p.prep),
            );
            if (step.ok) texts.push(...own);
            results.push(step.ok ? step.value : { status: 'failed', error: step.error as Error });
            continue;
          }
          try {
            results.push(
              await ingestInTx(tx, db, p.input, p.text, p.hash, p.facts, opts, texts, p.prep, pre?.get(i)),
            );
          } catch (error) {
            failing.push({ index: i, error: error as Error });
            throw error;
          }
        }
        await insertNoticeTexts(tx, texts);
      });
      return results;
    } catch (err) {
      const f = failing[0];
      if (deferring && isCarriedError(f?.error ?? err)) {
        log.debug(
          { err: (err as Error).message },
          'a deferred write failed; batch written again without deferring',
        );
        defer = false;
        continue;
      }
      if (!f) throw err;
      log.debug({ err: f.error.message }, 'notice failed; batch written again without it');
      failed.set(f.index, f.error);
    }
  }
}

/** A notice inserted before it is matched (insertBatchNotices): its id, time and whether it was new. */
type PreInserted = { id: string; createdAt: string; prep: NoticePrep; stored: boolean };

/** Inserts the batch's notices still to write in one statement; by their index in the batch. */
async function insertBatchNotices(
  tx: Tx,
  prepared: readonly Step[],
  failed: ReadonlyMap<number, Error>,
): Promise<Map<number, PreInserted>> {
  const out = new Map<number, PreInserted>();
  const rows: NoticeRowInput[] = [];
  const todo = [...prepared.entries()].filter(
    (e): e is [number, Prepared] => !(e[1] instanceof Error) && !('status' in e[1]) && !failed.has(e[0]),
  );
  // A notice's id is its ingestion order when merging (compareReportOrder): ids made in one
  // millisecond differ in their random bits only, so they are sorted to follow the batch's order.
  const ids = todo.map(() => newId()).sort();
  for (const [k, [i, p]] of todo.entries()) {
    const prep = p.prep ?? prepareNotice(p.text, prepInput(p.input), p.facts);
    const row = noticeRowInput(ids[k]!, p.input, p.text, p.hash, p.facts, prep, nowIso());
    rows.push(row);
    out.set(i, { id: row.id, createdAt: row.createdAt!, prep, stored: false });
  }
  const stored = await insertNotices(tx, rows);
  for (const n of out.values()) n.stored = stored.has(n.id);
  return out;
}

/**
 * A batch made ready to write: each notice validated, normalised and hashed; those already stored (a
 * resumed run) reported unchanged without being extracted again; the rest extracted (on the pool's
 * workers when there is one).
 */
async function prepareChunk(
  db: Db,
  engine: IngestEngine,
  chunk: readonly NoticeInput[],
  pool: ExtractPool | undefined,
): Promise<Step[]> {
  const normalised = chunk.map((input): Omit<Prepared, 'facts'> | Error => {
    try {
      return { input, ...prepare(engine, input) };
    } catch (err) {
      return err as Error;
    }
  });
  const stored = await findNotices(
    db.kysely,
    normalised.filter((p): p is Omit<Prepared, 'facts'> => !(p instanceof Error)).map((p) => p.hash),
  );
  const steps: (Step | Omit<Prepared, 'facts'>)[] = normalised.map((p) => {
    if (p instanceof Error) return p;
    const known = stored.get(p.hash);
    return known ? { status: 'unchanged', noticeId: known.id, incidentId: known.incidentId } : p;
  });
  const todo = steps.filter((p): p is Omit<Prepared, 'facts'> => !(p instanceof Error) && !('status' in p));
  // With a pool, what derives from each notice alone is computed on the workers too (notice-prep.ts).
  const facts = pool
    ? await pool.extractPrepared(
        todo.map((p) => ({ text: p.text, opts: extractOptions(p.input), input: prepInput(p.input) })),
      )
    : todo.map((p) => {
        try {
          return { facts: extractFacts(engine, p.input, p.text) };
        } catch (err) {
          return err as Error;
        }
      });
  const byItem = new Map(todo.map((p, i) => [p, facts[i]!]));
  return steps.map((p): Step => {
    if (p instanceof Error || 'status' in p) return p;
    const f = byItem.get(p)!;
    return f instanceof Error ? f : { ...p, ...f };
  });
}

/** The fields of a notice's input its derivation reads (prepareNotice). */
function prepInput(input: NoticeInput) {
  return {
    url: input.url ?? null,
    title: input.title ?? null,
    ...(input.published ? { published: input.published } : {}),
  };
}

/**
 * Writes one notice inside the caller's transaction. `texts`: the batch's list of notice texts to
 * index before commit (insertNoticeTexts); without it the text is indexed here.
 */
async function ingestInTx(
  tx: Tx,
  db: Db,
  input: NoticeInput,
  text: string,
  hash: string,
  facts: EngineFacts,
  opts: IngestOptions,
  texts?: NoticeTextDoc[],
  derived?: NoticePrep,
  pre?: PreInserted,
): Promise<IngestOutcome> {
  const noticeId = pre?.id ?? newId();
  const prep = pre?.prep ?? derived ?? prepareNotice(text, prepInput(input), facts);
  const { published, title, factsJson } = prep;
  const createdAt = pre?.createdAt ?? nowIso();
  const stored = pre
    ? pre.stored
    : await insertNotice(tx, noticeRowInput(noticeId, input, text, hash, facts, prep, createdAt));
  if (!stored) {
    const existing = await findNotice(tx, hash);
    return {
      status: 'unchanged',
      noticeId: existing?.id ?? noticeId,
      incidentId: existing?.incidentId ?? null,
    };
  }

  const orgName = facts.organization?.value ?? null;
  // PostgreSQL: the organisation's claims and its name's family (the continuation's candidates by
  // organisation) in one round trip.
  const family = orgName && db.dialect === 'postgres' ? familyLookup(orgName) : null;
  const lookup = family ? await organizationLookup(tx, orgName!, family.pattern, family.limit) : null;
  // Concurrent ingestions of one organisation's notices are serialised by its row (PostgreSQL).
  const org = orgName
    ? await findOrCreateOrganization(tx, orgName, [], {
        lock: db.dialect === 'postgres',
        ...(lookup ? { claims: lookup.claims } : {}),
      })
    : null;

  // --- issue 12: which incident this notice continues (src/incidents/continuation.ts) ---
  const continued = await continuedIncident(tx, {
    noticeId,
    text,
    prep,
    organizationId: org && !org.created ? org.id : null,
    ...(lookup ? { family: lookup.family } : {}),
    url: input.url ?? null,
  });
  // --- end issue 12 ---
  let outcome: IngestOutcome;
  if (continued === null) {
    // A new breach: its incident is built from this notice in memory and written once.
    const year =
      (published ?? facts.incident_start?.value ?? facts.detected?.value ?? '').slice(0, 4) || null;
    const created = await createIncidentFromNotice(
      tx,
      {
        organizationId: org?.id ?? null,
        slugName: slugName(org?.name ?? null, facts),
        year,
        source: 'notice',
        sourceUrl: input.url ?? null,
        lang: facts.lang,
        title: title ?? org?.name ?? 'Incident',
      },
      {
        id: noticeId,
        facts: factsJson,
        published,
        report_stage: facts.report_stage?.value ?? null,
        created_at: createdAt,
        title,
        lang: input.lang ?? facts.lang,
        url: input.url ?? null,
      },
    );
    outcome = { status: 'new', noticeId, incidentId: created.id };
  } else {
    // Linked by the rebuild's read of the incident (one statement on PostgreSQL).
    const { changed } = await rebuildIncident(tx, continued, { link: noticeId });
    outcome = { status: 'updated', noticeId, incidentId: continued, changed };
  }
  const doc = noticeTextDoc({
    incidentId: outcome.incidentId!,
    noticeId,
    title,
    text,
    folded: prep.evidence.folded,
  });
  if (texts) texts.push(doc);
  else await insertNoticeTexts(tx, [doc]);
  if (opts.beforeCommit) await opts.beforeCommit(tx, input);
  return outcome;
}

/** A name with ASCII in it for the slug: the organisation, else a service, else nothing. */
function slugName(orgName: string | null, facts: NoticeFacts): string {
  const names = [orgName, ...facts.services.map((s) => s.value)].filter((n): n is string => !!n);
  return names.find((n) => /[a-z0-9\u3041-\u30ff]/i.test(n.normalize('NFKC'))) ?? '';
}

/** After commit: alerts for the incidents the notices created or changed (see IngestOptions.notify). */
async function notifyChanges(db: Db, outcomes: readonly BatchOutcome[], opts: IngestOptions): Promise<void> {
  if (opts.notify === false) return;
  const changes: IncidentChange[] = [];
  for (const o of outcomes) {
    if (o.status === 'failed' || o.status === 'unchanged' || !o.incidentId) continue;
    changes.push({ incidentId: o.incidentId, changed: o.status === 'new' ? ['new'] : o.changed });
  }
  if (changes.length === 0) return;
  try {
    await (opts.notify ?? notifyIncidentsChanged)(db, changes);
  } catch (err) {
    log.warn({ incidents: changes.length, err: (err as Error).message }, 'alert enqueue failed');
  }
}

/**
 * The incident a new notice continues, or null: the store's candidates by organisation and site,
 * decided by src/incidents/continuation.ts pickContinuation (its reasons are logged at debug level).
 */
async function continuedIncident(
  tx: Tx,
  input: {
    noticeId: string;
    text: string;
    prep: NoticePrep;
    organizationId: string | null;
    family?: readonly { id: string; name: string }[];
    url: string | null;
  },
): Promise<string | null> {
  const { report, facts, evidence, keys } = input.prep;
  // The next notices' candidates read this one's report from memory rather than its stored text.
  rememberReport(input.noticeId, report);
  const notice: NoticeView = { ...report, text: input.text, facts };
  seedEvidence(notice, evidence);
  const candidates = await continuationCandidates(tx, {
    organizationId: input.organizationId,
    organizationName: report.organization,
    site: report.site,
    hostKey: report.site ? hostKey(report.site) : null,
    nameLabel: nameLabel(report.organization ?? evidence.subject),
    sender: report.sender ?? null,
    url: input.url,
    ...keys,
    ...(input.family ? { family: input.family } : {}),
  });
  if (candidates.length === 0) return null;
  const { incidentId, scores } = pickContinuation(notice, candidates);
  // The reasons are formatted only when they are logged (a string per reason per candidate).
  if (log.isLevelEnabled('debug'))
    log.debug(
      {
        incidentId,
        scores: scores.map((s) => ({
          id: s.incidentId,
          joins: s.joins,
          reasons: s.reasons.map((r) => `${r.code}${r.weight > 0 ? '+' : ''}${r.weight}`),
        })),
      },
      'continuation decided',
    );
  return incidentId;
}
