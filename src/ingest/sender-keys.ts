import { noticeSender } from '../incidents/sender.js';
import type { Db } from '../store/db.js';
import { noticesWithoutSenderKey, setSenderKeys } from '../store/notices.js';
import { fillSubjectKeys } from './subject-keys.js';

/**
 * The sender keys of notices stored before there was a column for them (migration 0009 adds it
 * empty): read from each notice's head and organisation as ingestion reads a new notice's
 * (notice-prep.ts: its letterhead's name, else its organisation's unless named as a supplier), ''
 * where it names no one, in one transaction. Merging looks candidates up by this key, so ingestion
 * fills them before its first notice; once filled, a store has no null key left and this is one
 * indexed query.
 *
 * @example await fillSenderKeys(db) // => 42 (notices whose key was read)
 */
export async function fillSenderKeys(db: Db): Promise<number> {
  return db.kysely.transaction().execute(async (tx) => {
    const keys = new Map<string, string>();
    for (const n of await noticesWithoutSenderKey(tx)) {
      const org = (JSON.parse(n.facts) as { organization?: { value?: string } | null }).organization?.value;
      keys.set(n.id, noticeSender(n.head, org ?? null) ?? '');
    }
    await setSenderKeys(tx, keys);
    return keys.size;
  });
}

const filled = new WeakMap<Db, Promise<number>>();

/** fillSenderKeys and fillSubjectKeys once a store and process (a failure is thrown, and tried again next time). */
export function storedKeysFilled(db: Db): Promise<number> {
  let done = filled.get(db);
  if (!done) {
    done = fillSenderKeys(db).then(async (n) => n + (await fillSubjectKeys(db)));
    filled.set(db, done);
    done.catch(() => filled.delete(db));
  }
  return done;
}
