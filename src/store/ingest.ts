import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import { z } from 'zod';
import { AppError } from '../errors.js';
import { extractNormalized, MAX_NOTICE_CHARS } from '../extract/index.js';
import type { ExtractOptions, NoticeFacts } from '../extract/types.js';
import { newId } from '../ids.js';
import { foldSearch } from '../incidents/match.js';
import { logger } from '../log.js';
import { assertSupportedLanguage } from '../text/lang.js';
import { normalizeText } from '../text/normalize.js';
import { continuedIncident } from './continuation-candidates.js';
import type { Db } from './db.js';
import {
  createIncident,
  findOrCreateOrganization,
  isRetryable,
  lockOrganization,
  noticeTitle,
  nowIso,
  rebuildIncident,
  type Tx,
} from './incident-store.js';
import type { IngestOutcome, NoticeInput } from './types.js';

const log = logger('ingest');

/** The text stage and extraction engine ingestion runs (injectable for tests and benchmarks). */
export interface IngestEngine {
  normalize(raw: string): string;
  extract(text: string, opts: ExtractOptions): NoticeFacts;
}

export interface IngestOptions {
  engine?: IngestEngine;
  /** Test hook: called inside the transaction after the incident is written, before commit. */
  beforeCommit?: (tx: Tx) => void | Promise<void>;
}

/**
 * The project's text stage and extraction: normalizeText() then extractNormalized() on the same
 * normalised text, so that evidence offsets point into the text the store keeps.
 */
export const defaultEngine: IngestEngine = {
  normalize: normalizeText,
  extract: (text, opts) => extractNormalized(text.slice(0, MAX_NOTICE_CHARS), opts),
};

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

/** sha256 of the normalised text: the notice's identity (UNIQUE in the store). */
export function contentHash(normalisedText: string): string {
  return createHash('sha256').update(normalisedText, 'utf8').digest('hex');
}

/**
 * Stores one notice and merges it into its incident, all in one transaction: normalise, hash,
 * extract, find or create the organisation and services (any spelling), match an existing incident
 * (a later report of the same breach) or create one, merge, record history. The same text ingested
 * again — even fifty times at once — is stored once and reported 'unchanged'.
 *
 * @example await ingestNotice(db, { text, url: 'https://example.jp/news/1', via: 'url' })
 *          // => { status: 'new', noticeId, incidentId }
 */
export async function ingestNotice(
  db: Db,
  input: NoticeInput,
  opts: IngestOptions = {},
): Promise<IngestOutcome> {
  const engine = opts.engine ?? defaultEngine;
  const { text, hash } = prepare(engine, input);
  const existing = await findNotice(db.kysely, hash);
  if (existing) return { status: 'unchanged', noticeId: existing.id, incidentId: existing.incidentId };
  const facts = extractFacts(engine, input, text);
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.kysely
        .transaction()
        .execute((tx) => ingestInTx(tx, db, input, text, hash, facts, opts));
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
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new AppError('validation_failed', `Notice: ${issue.path.join('.') || 'input'}: ${issue.message}`, {
      details: parsed.error.issues.map((i) => ({
        code: i.code,
        path: i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
        message: i.message,
      })),
    });
  }
  const text = engine.normalize(input.text);
  if (!text.trim())
    throw new AppError('validation_failed', 'Notice: text: 本文が空です (notice text is empty)');
  // issue 12: Korean, Chinese and other languages are refused, not stored as an empty 'en' incident.
  assertSupportedLanguage(text);
  return { text, hash: contentHash(text) };
}

function extractFacts(engine: IngestEngine, input: NoticeInput, text: string): NoticeFacts {
  return engine.extract(text, {
    ...(input.lang ? { lang: input.lang } : {}),
    ...(input.url ? { url: input.url } : {}),
    ...(input.published ? { published: input.published } : {}),
  });
}

/** One notice's result in a batch: an outcome, or why it failed (the batch goes on). */
export type BatchOutcome = IngestOutcome | { status: 'failed'; error: Error };

/**
 * Ingests many notices (a folder, a feed), `batchSize` per transaction: each notice runs in its own
 * SAVEPOINT, so a failing notice is rolled back alone — nothing of it is written — and the rest of
 * the batch goes on. Sharing a commit among notices is what makes bulk ingestion fast on SQLite.
 *
 * @example const outcomes = await ingestNotices(db, files.map((f) => ({ text: read(f), via: 'file' })))
 */
export async function ingestNotices(
  db: Db,
  inputs: readonly NoticeInput[],
  opts: IngestOptions & { batchSize?: number; onResult?: (i: number, outcome: BatchOutcome) => void } = {},
): Promise<BatchOutcome[]> {
  const engine = opts.engine ?? defaultEngine;
  const size = Math.max(1, opts.batchSize ?? 100);
  const out: BatchOutcome[] = [];
  for (let start = 0; start < inputs.length; start += size) {
    const chunk = inputs.slice(start, start + size);
    const prepared = chunk.map(
      (input): { input: NoticeInput; text: string; hash: string; facts: NoticeFacts } | Error => {
        try {
          const { text, hash } = prepare(engine, input);
          return { input, text, hash, facts: extractFacts(engine, input, text) };
        } catch (err) {
          return err as Error;
        }
      },
    );
    const results: BatchOutcome[] = [];
    try {
      const trx = await db.kysely.startTransaction().execute();
      try {
        for (const p of prepared) {
          if (p instanceof Error) {
            results.push({ status: 'failed', error: p });
            continue;
          }
          await sql`savepoint lw_notice`.execute(trx);
          try {
            results.push(await ingestInTx(trx, db, p.input, p.text, p.hash, p.facts, opts));
            await sql`release savepoint lw_notice`.execute(trx);
          } catch (err) {
            await sql`rollback to savepoint lw_notice`.execute(trx);
            await sql`release savepoint lw_notice`.execute(trx);
            results.push({ status: 'failed', error: err as Error });
          }
        }
        await trx.commit().execute();
      } catch (err) {
        await trx
          .rollback()
          .execute()
          .catch(() => {});
        throw err;
      }
    } catch (err) {
      // The batch could not commit (a concurrent writer on PostgreSQL): ingest its notices one by one.
      log.warn({ err: (err as Error).message }, 'batch failed; ingesting its notices one at a time');
      results.length = 0;
      for (const input of chunk) {
        try {
          results.push(await ingestNotice(db, input, opts));
        } catch (e) {
          results.push({ status: 'failed', error: e as Error });
        }
      }
    }
    for (const r of results) {
      opts.onResult?.(out.length, r);
      out.push(r);
    }
  }
  return out;
}

async function findNotice(tx: Tx, hash: string): Promise<{ id: string; incidentId: string | null } | null> {
  const row = await tx
    .selectFrom('notices as n')
    .leftJoin('incident_notices as l', 'l.notice_id', 'n.id')
    .select(['n.id', 'l.incident_id'])
    .where('n.content_hash', '=', hash)
    .executeTakeFirst();
  return row ? { id: row.id, incidentId: row.incident_id } : null;
}

async function ingestInTx(
  tx: Tx,
  db: Db,
  input: NoticeInput,
  text: string,
  hash: string,
  facts: NoticeFacts,
  opts: IngestOptions,
): Promise<IngestOutcome> {
  const noticeId = newId();
  const ts = nowIso();
  const published = input.published ?? facts.published?.value ?? null;
  const title = noticeTitle(text, input.title);
  // ON CONFLICT DO NOTHING: a concurrent transaction storing the same text wins; on PostgreSQL this
  // statement waits for it to commit, so the notice is stored exactly once either way.
  const inserted = await tx
    .insertInto('notices')
    .values({
      id: noticeId,
      url: input.url ?? null,
      via: input.via,
      fetched_at: input.fetchedAt ?? ts,
      content_hash: hash,
      lang: input.lang ?? facts.lang,
      title,
      text,
      facts: JSON.stringify(facts),
      report_stage: facts.report_stage?.value ?? null,
      published,
      created_at: ts,
    })
    .onConflict((oc) => oc.column('content_hash').doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!inserted) {
    const existing = await findNotice(tx, hash);
    return {
      status: 'unchanged',
      noticeId: existing?.id ?? noticeId,
      incidentId: existing?.incidentId ?? null,
    };
  }

  const orgName = facts.organization?.value ?? null;
  const org = orgName ? await findOrCreateOrganization(tx, orgName) : null;
  if (org) await lockOrganization(tx, db.dialect, org.id);

  // --- issue 12: which incident this notice continues (src/incidents/continuation.ts) ---
  let incidentId = await continuedIncident(tx, {
    notice: {
      text,
      url: input.url ?? null,
      title,
      stage: facts.report_stage?.value ?? null,
      published,
      facts,
    },
    organizationId: org && !org.created ? org.id : null,
  });
  // --- end issue 12 ---
  const isNew = incidentId === null;
  if (incidentId === null) {
    const year =
      (published ?? facts.incident_start?.value ?? facts.detected?.value ?? '').slice(0, 4) || null;
    incidentId = await createIncident(tx, {
      organizationId: org?.id ?? null,
      slugName: slugName(org?.name ?? null, facts),
      year,
      source: 'notice',
      sourceUrl: input.url ?? null,
      lang: facts.lang,
      title: title ?? org?.name ?? 'Incident',
    });
  }
  await tx.insertInto('incident_notices').values({ incident_id: incidentId, notice_id: noticeId }).execute();
  await tx
    .insertInto('search_docs')
    .values({
      incident_id: incidentId,
      notice_id: noticeId,
      kind: 'text',
      label: title ?? '',
      body: foldSearch(text),
    })
    .execute();
  const { changed } = await rebuildIncident(tx, incidentId);
  if (opts.beforeCommit) await opts.beforeCommit(tx);
  if (isNew) return { status: 'new', noticeId, incidentId };
  return { status: 'updated', noticeId, incidentId, changed };
}

/** A name with ASCII in it for the slug: the organisation, else a service, else nothing. */
function slugName(orgName: string | null, facts: NoticeFacts): string {
  const names = [orgName, ...facts.services.map((s) => s.value)].filter((n): n is string => !!n);
  return names.find((n) => /[a-z0-9\u3041-\u30ff]/i.test(n.normalize('NFKC'))) ?? '';
}
