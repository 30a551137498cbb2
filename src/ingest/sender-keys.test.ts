import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { fact, fakeEngine, noticeFacts } from '../incidents/testing.js';
import type { Db } from '../store/db.js';
import { describeEachDialect } from '../store/testing.js';
import { ingestNotice, ingestNotices } from './pipeline.js';
import { fillSenderKeys } from './sender-keys.js';

/** Fictional letters: one under a letterhead, one whose organisation is read from its body, one naming no one. */
const LETTERHEAD = `Larkspur Valley Dental Group, LLC
14 Orchard Row, Millbrook, OR 97000

On May 2, 2031, we learned that an unknown party had signed in to our scheduling system.`;
const BODY_NAMED = `Notice of a security incident
Fennimore Outfitters found that its web shop's checkout page had been altered on June 9, 2031.`;
const NAMELESS = `Notice of a security incident
We are writing about an incident that may have involved some of your information.`;
const LATER = `Update on the security incident
Fennimore Outfitters has finished its review of the altered checkout page.`;

function engine() {
  const e = fakeEngine();
  e.add(LETTERHEAD, noticeFacts({ organization: fact('Larkspur Valley Dental Group') }));
  e.add(BODY_NAMED, noticeFacts({ organization: fact('Fennimore Outfitters') }));
  e.add(NAMELESS, noticeFacts({}));
  e.add(LATER, noticeFacts({ organization: fact('Fennimore Outfitters') }));
  return e;
}

/** Each stored notice's sender key, by its text. */
async function keys(db: Db): Promise<Record<string, string | null>> {
  const rows = await db.kysely.selectFrom('notices').select(['text', 'sender_key']).execute();
  return Object.fromEntries(rows.map((r) => [r.text, r.sender_key]));
}

/** As a store whose notices were written before migration 0009 holds them. */
async function forgetSenderKeys(db: Db): Promise<void> {
  await sql`UPDATE notices SET sender_key = NULL`.execute(db.kysely);
}

const opts = () => ({ engine: engine(), notify: false as const });

describeEachDialect('sender keys of notices stored before migration 0009', (getDb) => {
  const stored = {
    [LETTERHEAD]: 'larkspurvalleydentalgroup',
    [BODY_NAMED]: 'fennimoreoutfitters',
    [NAMELESS]: '',
  };

  it('ingestion stores each notice’s key, and an empty one for a notice naming no one', async () => {
    const db = getDb();
    const out = await ingestNotices(
      db,
      [LETTERHEAD, BODY_NAMED, NAMELESS].map((text) => ({ text, via: 'file' })),
      opts(),
    );
    expect(out.map((o) => o.status)).toEqual(['new', 'new', 'new']);
    expect(await keys(db)).toEqual(stored);
  });

  it('fillSenderKeys reads the same keys for notices without one, once', async () => {
    const db = getDb();
    await forgetSenderKeys(db);
    expect(await fillSenderKeys(db)).toBe(3);
    expect(await keys(db)).toEqual(stored);
    expect(await fillSenderKeys(db)).toBe(0);
  });

  it('ingestion fills them before the first notice it ingests into a store', async () => {
    const db = getDb();
    await forgetSenderKeys(db);
    // A new handle on the same store: its first ingestion fills the keys, then stores the notice.
    const out = await ingestNotice({ ...db }, { text: LATER, via: 'file' }, opts());
    expect(out.status).not.toBe('failed');
    expect(await keys(db)).toEqual({ ...stored, [LATER]: 'fennimoreoutfitters' });
  });
});
