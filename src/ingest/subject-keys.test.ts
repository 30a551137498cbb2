import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { fact, fakeEngine, noticeFacts } from '../incidents/testing.js';
import type { Db } from '../store/db.js';
import { describeEachDialect } from '../store/testing.js';
import { ingestNotices } from './pipeline.js';
import { fillSubjectKeys } from './subject-keys.js';

/** Fictional pages: a news article whose title names a body, and a notice whose title names none. */
const ARTICLE = `https://news.example/quillmoor-college-attack
Quillmoor College hit by cyber attack
Quillmoor College said on Monday that its student records system had been reached by an intruder.`;
const NAMELESS = `Notice of a security incident
We are writing about an incident that may have involved some of your information.`;

function engine() {
  const e = fakeEngine();
  e.add(ARTICLE, noticeFacts({ organization: fact('Quillmoor College') }));
  e.add(NAMELESS, noticeFacts({}));
  return e;
}

/** Each stored notice's subject keys (0010's column and 0011's rows), by its text's first line. */
async function keys(db: Db): Promise<Record<string, { first: string | null; all: string[] }>> {
  const notices = await db.kysely.selectFrom('notices').select(['id', 'text', 'subject_key']).execute();
  const rows = await db.kysely.selectFrom('notice_subjects').select(['notice_id', 'key']).execute();
  return Object.fromEntries(
    notices.map((n) => [
      n.text.split('\n')[0],
      {
        first: n.subject_key,
        all: rows
          .filter((r) => r.notice_id === n.id)
          .map((r) => r.key)
          .sort(),
      },
    ]),
  );
}

describeEachDialect('subject keys of notices stored before migrations 0010 and 0011', (getDb) => {
  it('fillSubjectKeys reads the keys ingestion stores, for notices without them, once', async () => {
    const db = getDb();
    await ingestNotices(
      db,
      [ARTICLE, NAMELESS].map((text) => ({ text, via: 'file' })),
      {
        engine: engine(),
        notify: false,
      },
    );
    const stored = await keys(db);
    expect(stored[NAMELESS.split('\n')[0]!]).toEqual({ first: '', all: [] });
    expect(stored[ARTICLE.split('\n')[0]!]!.all.length).toBeGreaterThan(0);

    // As a store whose notices were written before the two migrations holds them.
    await sql`UPDATE notices SET subject_key = NULL`.execute(db.kysely);
    await sql`DELETE FROM notice_subjects`.execute(db.kysely);
    expect(await fillSubjectKeys(db)).toBe(2);
    expect(await keys(db)).toEqual(stored);
    expect(await fillSubjectKeys(db)).toBe(0);
  });
});
