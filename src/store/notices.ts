import { type ExpressionBuilder, type Insertable, sql } from 'kysely';
import type { NoticeFacts } from '../extract/types.js';
import { foldSearch } from '../incidents/match.js';
import type { NoticeInput } from '../incidents/types.js';
import { rememberNotice } from './facts-cache.js';
import { prepared } from './prepared.js';
import type { Database } from './schema.js';
import { nowIso, type Tx } from './tx.js';

/**
 * Notices as stored: one row per distinct normalised text (UNIQUE content_hash), linked to the
 * incident it reports, with its text as a search document. Persistence only: what the notice says
 * and which incident it belongs to is decided by src/ingest/pipeline.ts before these run.
 */

/** The stored notice with this content hash and its incident, or null. */
export async function findNotice(
  tx: Tx,
  hash: string,
): Promise<{ id: string; incidentId: string | null } | null> {
  const row = await tx
    .selectFrom('notices as n')
    .leftJoin('incident_notices as l', 'l.notice_id', 'n.id')
    .select(['n.id', 'l.incident_id'])
    .where('n.content_hash', '=', hash)
    .executeTakeFirst();
  return row ? { id: row.id, incidentId: row.incident_id } : null;
}

/** The stored notices among these content hashes, by hash (one query). */
export async function findNotices(
  tx: Tx,
  hashes: readonly string[],
): Promise<Map<string, { id: string; incidentId: string | null }>> {
  const out = new Map<string, { id: string; incidentId: string | null }>();
  if (hashes.length === 0) return out;
  const rows = await tx
    .selectFrom('notices as n')
    .leftJoin('incident_notices as l', 'l.notice_id', 'n.id')
    .select(['n.id', 'n.content_hash', 'l.incident_id'])
    .where('n.content_hash', 'in', [...hashes])
    .execute();
  for (const r of rows) out.set(r.content_hash, { id: r.id, incidentId: r.incident_id });
  return out;
}

const insertNoticeRow = prepared((db, row: Insertable<Database['notices']>) =>
  db
    .insertInto('notices')
    .values(row)
    .onConflict((oc) => oc.column('content_hash').doNothing())
    .returning('id'),
);

/** A notice as the store takes it. */
export interface NoticeToStore {
  id: string;
  input: NoticeInput;
  hash: string;
  text: string;
  title: string | null;
  facts: NoticeFacts;
  published: string | null;
  /** Registered domain of its own web site (continuation candidates are found by it), or null. */
  siteDomain: string | null;
  /**
   * Who the notice says it is from (incidents/sender.ts): candidates are found by it too. '' when it
   * names no one; null or absent when not read yet (ingest/sender-keys.ts reads it before merging).
   */
  senderKey?: string | null;
  /** Whom its title names (incidents/subject.ts subjectKey), or null: candidates are found by it too. */
  subjectKey?: string | null;
  /** Every key it is found by for subject lookups (subject.ts subjectKeys), stored in notice_subjects. */
  subjectKeys?: readonly string[];
  /** Facts as stored (JSON of `facts`), when the caller has it already. */
  factsJson?: string;
  /** Ingestion time (default now). */
  createdAt?: string;
}

/**
 * Inserts a notice; false when a notice with the same content hash exists. ON CONFLICT DO NOTHING:
 * a concurrent transaction storing the same text wins; on PostgreSQL this statement waits for it to
 * commit, so the notice is stored exactly once either way.
 */
export async function insertNotice(tx: Tx, notice: NoticeToStore): Promise<boolean> {
  const row = noticeRow(notice);
  const [inserted] = await insertNoticeRow.rows(tx, row);
  if (inserted === undefined) return false;
  await insertSubjectKeys(tx, [notice]);
  // Its incident's rebuilds merge it: kept in memory rather than read and parsed back (facts-cache.ts).
  const { id, published, report_stage, created_at, title, lang, url } = row;
  rememberNotice({ id, published, report_stage, created_at, title, lang, url }, notice.facts);
  return true;
}

function noticeRow(notice: NoticeToStore) {
  const { input, facts } = notice;
  const ts = notice.createdAt ?? nowIso();
  return {
    id: notice.id,
    url: input.url ?? null,
    via: input.via,
    fetched_at: input.fetchedAt ?? ts,
    content_hash: notice.hash,
    lang: input.lang ?? facts.lang,
    title: notice.title,
    text: notice.text,
    facts: notice.factsJson ?? JSON.stringify(facts),
    report_stage: facts.report_stage?.value ?? null,
    published: notice.published,
    site_domain: notice.siteDomain,
    sender_key: notice.senderKey ?? null,
    subject_key: notice.subjectKey ?? '', // '': read, and names no one (null: not read yet)
    created_at: ts,
  };
}

/** A notice to insert: insertNotice's argument. */
export type NoticeRowInput = Parameters<typeof insertNotice>[1];

/**
 * Inserts several notices in one statement (a batch's, before any of them is matched: one round
 * trip instead of one per notice); returns the ids of those stored, the others' texts being stored
 * already (the same content hash, even twice in the list: the first one is stored). Same
 * conflict rule as insertNotice.
 */
export async function insertNotices(tx: Tx, notices: readonly NoticeRowInput[]): Promise<Set<string>> {
  const stored = new Set<string>();
  // Bound parameters per statement: 15 a row (SQLite allows 32,766, PostgreSQL 65,535).
  for (let i = 0; i < notices.length; i += 1000) {
    const part = notices.slice(i, i + 1000);
    const rows = part.map(noticeRow);
    const cols = Object.fromEntries(
      NOTICE_COLUMNS.map((c) => [c, rows.map((r) => r[c])]),
    ) as unknown as NoticeColumns;
    for (const r of await insertNoticeRows.rows(tx, cols)) stored.add(r.id);
    await insertSubjectKeys(
      tx,
      part.filter((n) => stored.has(n.id)),
    );
    for (const [k, row] of rows.entries()) {
      if (!stored.has(row.id)) continue;
      const { id, published, report_stage, created_at, title, lang, url } = row;
      rememberNotice({ id, published, report_stage, created_at, title, lang, url }, part[k]!.facts);
    }
  }
  return stored;
}

/** The notices' subject keys (notice_subjects), in one statement. */
async function insertSubjectKeys(
  tx: Tx,
  notices: readonly { id: string; subjectKeys?: readonly string[] | undefined }[],
): Promise<void> {
  const rows = notices.flatMap((n) => (n.subjectKeys ?? []).map((key) => ({ notice_id: n.id, key })));
  // Two columns a row: well under either dialect's bound parameters per statement.
  for (let i = 0; i < rows.length; i += 5000)
    await tx
      .insertInto('notice_subjects')
      .values(rows.slice(i, i + 5000))
      .execute();
}

const NOTICE_COLUMNS = [
  'id',
  'url',
  'via',
  'fetched_at',
  'content_hash',
  'lang',
  'title',
  'text',
  'facts',
  'report_stage',
  'published',
  'site_domain',
  'sender_key',
  'subject_key',
  'created_at',
] as const;
type NoticeRow = ReturnType<typeof noticeRow>;
type NoticeColumns = { [K in (typeof NOTICE_COLUMNS)[number]]: NoticeRow[K][] };

const insertNoticeRows = prepared((db, p: NoticeColumns) =>
  db
    .insertInto('notices')
    .values(p.id.map((_, i) => Object.fromEntries(NOTICE_COLUMNS.map((c) => [c, p[c][i]])) as NoticeRow))
    .onConflict((oc) => oc.column('content_hash').doNothing())
    .returning('id'),
);

/** A notice whose sender key was never read: the head of its text and its facts as JSON. */
export interface NoticeWithoutSender {
  id: string;
  /** The first 3,000 characters of its text (what the continuation lookups read of a notice). */
  head: string;
  facts: string;
}

/** Notices stored without a sender key (before migration 0009), in id order. */
export async function noticesWithoutSenderKey(tx: Tx): Promise<NoticeWithoutSender[]> {
  return tx
    .selectFrom('notices')
    .select(['id', sql<string>`substr(text, 1, 3000)`.as('head'), 'facts'])
    .where('sender_key', 'is', null)
    .orderBy('id')
    .execute();
}

/** Stores notices' sender keys, read by the caller ('' for a notice that names no one). */
export async function setSenderKeys(tx: Tx, keys: ReadonlyMap<string, string>): Promise<void> {
  for (const [id, key] of keys)
    await tx.updateTable('notices').set({ sender_key: key }).where('id', '=', id).execute();
}

/** A notice stored before its subject keys were read (subject_key null), as ingestion's reader needs it. */
export interface NoticeWithoutSubject {
  id: string;
  head: string;
  url: string | null;
  title: string | null;
  report_stage: string | null;
  published: string | null;
  facts: string;
}

/** Notices whose subject keys were never read (stored before migrations 0010–0011). */
export async function noticesWithoutSubjectKey(tx: Tx): Promise<NoticeWithoutSubject[]> {
  return tx
    .selectFrom('notices')
    .select([
      'id',
      sql<string>`substr(text, 1, 4000)`.as('head'),
      'url',
      'title',
      'report_stage',
      'published',
      'facts',
    ])
    .where('subject_key', 'is', null)
    .orderBy('id')
    .execute();
}

/** Stores notices' subject keys, read by the caller: the first in notices.subject_key ('' for none), all in notice_subjects. */
export async function setSubjectKeys(tx: Tx, keys: ReadonlyMap<string, string[]>): Promise<void> {
  for (const [id, list] of keys)
    await tx
      .updateTable('notices')
      .set({ subject_key: list[0] ?? '' })
      .where('id', '=', id)
      .execute();
  await insertSubjectKeys(
    tx,
    [...keys].map(([id, subjectKeys]) => ({ id, subjectKeys })),
  );
}

/** A notice's text as a search document (written by linkNotice, or by insertNoticeTexts for a batch). */
export interface NoticeTextDoc {
  incident_id: string;
  notice_id: string;
  kind: 'text';
  label: string;
  body: string;
}

export function noticeTextDoc(link: {
  incidentId: string;
  noticeId: string;
  title: string | null;
  text: string;
  /** foldSearch(text), when the caller has it. */
  folded?: string;
}): NoticeTextDoc {
  return {
    incident_id: link.incidentId,
    notice_id: link.noticeId,
    kind: 'text',
    label: link.title ?? '',
    body: link.folded ?? foldSearch(link.text),
  };
}

/** Indexes many notices' texts for search: one multi-row insert per 1,000 notices. */
export async function insertNoticeTexts(tx: Tx, docs: readonly NoticeTextDoc[]): Promise<void> {
  // Bound parameters per statement: 5 a row (SQLite allows 32,766, PostgreSQL 65,535).
  for (let i = 0; i < docs.length; i += 1000) {
    const rows = docs.slice(i, i + 1000);
    await insertTextDocs.run(tx, {
      incident_id: rows.map((d) => d.incident_id),
      notice_id: rows.map((d) => d.notice_id),
      label: rows.map((d) => d.label),
      body: rows.map((d) => d.body),
    });
  }
}

/** Notice text documents, one row per element of the (equally long) lists. */
const insertTextDocs = prepared(
  (db, p: { incident_id: string[]; notice_id: string[]; label: string[]; body: string[] }) =>
    db.insertInto('search_docs').values(
      p.incident_id.map((incident_id, i) => ({
        incident_id,
        notice_id: p.notice_id[i]!,
        kind: 'text' as const,
        label: p.label[i]!,
        body: p.body[i]!,
      })),
    ),
  { deferrable: true },
);

/** Links a notice to the incident it reports. */
export async function linkIncidentNotice(tx: Tx, incidentId: string, noticeId: string): Promise<void> {
  await linkNotice.run(tx, { incident_id: incidentId, notice_id: noticeId });
}
const linkNotice = prepared((db, row: { incident_id: string; notice_id: string }) =>
  db.insertInto('incident_notices').values(row),
);

/**
 * The ids of an incident's notices as one column of a query on incidents: comma-separated, null
 * when it has none (see noticeIdList). One statement reads incidents with their notices.
 */
export function incidentNoticeIds(eb: ExpressionBuilder<Database, 'incidents'>, sqlite: boolean) {
  const agg = sqlite
    ? sql<string | null>`group_concat(l.notice_id, ',')`
    : sql<string | null>`string_agg(l.notice_id, ',')`;
  return eb
    .selectFrom('incident_notices as l')
    .select(agg.as('ids'))
    .whereRef('l.incident_id', '=', 'incidents.id')
    .as('notice_ids');
}

/** incidentNoticeIds' column as ids, in id order (UUIDv7: ingestion order). */
export function noticeIdList(column: string | null): string[] {
  return column ? column.split(',').sort() : [];
}
