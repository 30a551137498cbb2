import type { Db } from './db.js';

/** One stored notice as the notice check reads it: its text and the facts extracted at ingest. */
export interface StoredNoticeText {
  id: string;
  lang: 'ja' | 'en';
  text: string;
  /** NoticeFacts as JSON, as stored. */
  facts: string;
}

/**
 * A tag that changes whenever a notice is added: how many there are and the newest ingestion time.
 * Notices are append-only, so equal tags mean the same set of notices.
 *
 * @example await noticeStoreVersion(db) // => '231|2026-12-05T02:40:11.000Z'
 */
export async function noticeStoreVersion(db: Db): Promise<string> {
  const row = await db.kysely
    .selectFrom('notices')
    .select((eb) => [eb.fn.countAll<string>().as('n'), eb.fn.max('created_at').as('last')])
    .executeTakeFirst();
  const last = row?.last as unknown;
  return `${row?.n ?? 0}|${last instanceof Date ? last.toISOString() : String(last ?? '')}`;
}

/**
 * Every stored notice in one language, a page at a time (keyset on id), so that a large store is
 * never held in memory at once.
 */
export async function* noticeTexts(
  db: Db,
  lang: 'ja' | 'en',
  pageSize = 200,
): AsyncGenerator<StoredNoticeText> {
  let after = '';
  for (;;) {
    const rows = await db.kysely
      .selectFrom('notices')
      .select(['id', 'lang', 'text', 'facts'])
      .where('lang', '=', lang)
      .where('id', '>', after)
      .orderBy('id')
      .limit(pageSize)
      .execute();
    yield* rows;
    if (rows.length < pageSize) return;
    after = rows[rows.length - 1]!.id;
  }
}
