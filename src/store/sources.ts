import { z } from 'zod';
import { AppError, validationError } from '../errors.js';
import { isId, newId } from '../ids.js';
import type { Db } from './db.js';
import type { SourcesTable } from './schema-core.js';

/**
 * The sources registry: feeds (Atom, RSS 2.0, RSS 1.0) and listing pages that `leakwatch poll`
 * watches for new notices. Stored in the store's `sources` table; the entry URLs already seen are
 * in `source_entries` (both created by migration 0001).
 */
export type SourceKind = 'auto' | 'feed' | 'listing';

export interface Source {
  id: string;
  url: string;
  name: string;
  /** 'auto' until the first poll has seen whether the URL is a feed or a listing page. */
  kind: SourceKind;
  etag: string | null;
  lastModified: string | null;
  lastPolledAt: string | null;
  lastError: string | null;
  createdAt: string;
  /** Entry URLs remembered as seen. */
  seen: number;
}

const AddInput = z.object({
  url: z
    .string()
    .trim()
    .url('URL が正しくありません (not a valid URL)')
    .refine((u) => /^https?:\/\//i.test(u), 'http(s) の URL だけが登録できます (http and https only)'),
  name: z.string().trim().min(1).max(200).optional(),
  kind: z.enum(['auto', 'feed', 'listing']).default('auto'),
});

/**
 * Registers a feed or listing page. Adding the same URL twice is a conflict.
 *
 * @example await addSource(db, { url: 'https://www.example.co.jp/news/rss.xml', name: 'Example news' })
 * // => { id: '019…', kind: 'auto', … }
 */
export async function addSource(
  db: Db,
  input: { url: string; name?: string; kind?: SourceKind },
): Promise<Source> {
  const parsed = AddInput.safeParse(input);
  if (!parsed.success) {
    throw validationError('Source', parsed.error.issues);
  }
  const url = new URL(parsed.data.url);
  url.hash = '';
  const existing = await db.kysely
    .selectFrom('sources')
    .select('id')
    .where('url', '=', url.href)
    .executeTakeFirst();
  if (existing) throw new AppError('conflict', `Source already registered: ${url.href} (${existing.id})`);
  const row = {
    id: newId(),
    url: url.href,
    name: parsed.data.name ?? url.hostname,
    kind: parsed.data.kind,
    etag: null,
    last_modified: null,
    last_polled_at: null,
    last_error: null,
    created_at: new Date().toISOString(),
  };
  await db.kysely.insertInto('sources').values(row).execute();
  return toSource(row, 0);
}

/** Every registered source, oldest first, with how many entries each has seen. */
export async function listSources(db: Db): Promise<Source[]> {
  const rows = await db.kysely
    .selectFrom('sources')
    .selectAll()
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  const counts = await db.kysely
    .selectFrom('source_entries')
    .select(['source_id', db.kysely.fn.countAll<number | string>().as('n')])
    .where('pending', '=', 0)
    .groupBy('source_id')
    .execute();
  const seen = new Map(counts.map((c) => [c.source_id, Number(c.n)]));
  return rows.map((r) => toSource(r, seen.get(r.id) ?? 0));
}

/** Removes a source (by id or URL) and its seen entries; not_found when there is none. */
export async function removeSource(db: Db, idOrUrl: string): Promise<Source> {
  const all = await listSources(db);
  const s = all.find((x) => (isId(idOrUrl) ? x.id === idOrUrl : x.url === idOrUrl || x.id === idOrUrl));
  if (!s) throw new AppError('not_found', `No source ${idOrUrl} (see leakwatch sources list)`);
  await db.kysely.transaction().execute(async (tx) => {
    await tx.deleteFrom('source_entries').where('source_id', '=', s.id).execute();
    await tx.deleteFrom('sources').where('id', '=', s.id).execute();
  });
  return s;
}

/** Reads of one entry before it is given up (failures that may pass, and crashes of the poller). */
export const MAX_ENTRY_ATTEMPTS = 3;

/** Entry URLs of a source not to read again: ingested, refused for good, or given up. */
export async function seenEntries(db: Db, sourceId: string): Promise<Set<string>> {
  const rows = await db.kysely
    .selectFrom('source_entries')
    .select('url')
    .where('source_id', '=', sourceId)
    .where((eb) => eb.or([eb('pending', '=', 0), eb('attempts', '>=', MAX_ENTRY_ATTEMPTS)]))
    .execute();
  return new Set(rows.map((r) => r.url));
}

/**
 * Counts an attempt at an entry BEFORE it is read: if reading it kills the process (a decompression
 * bomb, a parser crash), the attempt is on record with the reason "interrupted", and after
 * MAX_ENTRY_ATTEMPTS the entry is skipped rather than fetched at every poll (issue 18).
 */
export async function beginEntry(db: Db, sourceId: string, url: string): Promise<void> {
  const interrupted = '[interrupted] the poller stopped while reading this entry';
  await db.kysely
    .insertInto('source_entries')
    .values({
      source_id: sourceId,
      url,
      seen_at: new Date().toISOString(),
      attempts: 1,
      pending: 1,
      last_error: interrupted,
    })
    .onConflict((oc) =>
      oc.columns(['source_id', 'url']).doUpdateSet((eb) => ({
        attempts: eb('source_entries.attempts', '+', 1),
        pending: 1,
        last_error: interrupted,
      })),
    )
    .execute();
}

/**
 * Records how an attempt ended: done (null error), failed for good (`final`), or failed for now
 * (read again at the next poll, until MAX_ENTRY_ATTEMPTS). The reason is kept either way.
 */
export async function finishEntry(
  db: Db,
  sourceId: string,
  url: string,
  outcome: { error: string | null; final: boolean },
): Promise<void> {
  await db.kysely
    .updateTable('source_entries')
    .set({
      pending: outcome.error === null || outcome.final ? 0 : 1,
      last_error: outcome.error,
      seen_at: new Date().toISOString(),
    })
    .where('source_id', '=', sourceId)
    .where('url', '=', url)
    .execute();
}

/** Entries of a source that failed, with their attempts and last reason (given up ones included). */
export async function failedEntries(
  db: Db,
  sourceId: string,
): Promise<{ url: string; attempts: number; pending: boolean; lastError: string }[]> {
  const rows = await db.kysely
    .selectFrom('source_entries')
    .select(['url', 'attempts', 'pending', 'last_error'])
    .where('source_id', '=', sourceId)
    .where('last_error', 'is not', null)
    .orderBy('url')
    .execute();
  return rows.map((r) => ({
    url: r.url,
    attempts: Number(r.attempts),
    pending: Number(r.pending) === 1 && Number(r.attempts) < MAX_ENTRY_ATTEMPTS,
    lastError: r.last_error ?? '',
  }));
}

/** Records the outcome of one poll of a source. */
export async function recordPoll(
  db: Db,
  id: string,
  r: { kind?: SourceKind; etag?: string | null; lastModified?: string | null; error: string | null },
): Promise<void> {
  await db.kysely
    .updateTable('sources')
    .set({
      last_polled_at: new Date().toISOString(),
      last_error: r.error ? r.error.slice(0, 1000) : null,
      ...(r.kind ? { kind: r.kind } : {}),
      ...(r.etag !== undefined ? { etag: r.etag } : {}),
      ...(r.lastModified !== undefined ? { last_modified: r.lastModified } : {}),
    })
    .where('id', '=', id)
    .execute();
}

function toSource(r: SourcesTable, seen: number): Source {
  return {
    id: r.id,
    url: r.url,
    name: r.name,
    kind: r.kind === 'feed' || r.kind === 'listing' ? r.kind : 'auto',
    etag: r.etag,
    lastModified: r.last_modified,
    lastPolledAt: r.last_polled_at,
    lastError: r.last_error,
    createdAt: r.created_at,
    seen,
  };
}
