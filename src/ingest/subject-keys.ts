import { factsView, reportView } from '../incidents/continuation.js';
import { figureKeys } from '../incidents/exact-figures.js';
import { subjectKeys } from '../incidents/subject.js';
import type { IncidentFacts } from '../incidents/types.js';
import type { Db } from '../store/db.js';
import { noticesWithoutSubjectKey, setSubjectKeys } from '../store/notices.js';

/**
 * The subject keys of notices stored before there was a place for them (migrations 0010 and 0011 add
 * it empty): read from each notice's head, title and facts as merging reads a report, in one
 * transaction. Merging looks candidates up by these keys, so ingestion fills them before its first
 * notice; once filled, a store has no null key left and this is one indexed query.
 *
 * @example await fillSubjectKeys(db) // => 42 (notices whose keys were read)
 */
export async function fillSubjectKeys(db: Db): Promise<number> {
  return db.kysely.transaction().execute(async (tx) => {
    const keys = new Map<string, string[]>();
    for (const r of await noticesWithoutSubjectKey(tx)) {
      const facts = JSON.parse(r.facts) as IncidentFacts;
      const report = reportView({
        text: r.head,
        url: r.url,
        title: r.title,
        stage: r.report_stage,
        published: r.published,
        facts,
      });
      keys.set(r.id, [...subjectKeys(report), ...figureKeys(factsView(facts).counts)]);
    }
    await setSubjectKeys(tx, keys);
    return keys.size;
  });
}
