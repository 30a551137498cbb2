import type { IngestOutcome, NoticeInput } from '../incidents/types.js';
import { logger } from '../log.js';
import type { Db } from '../store/db.js';

const log = logger('ingest');

/** The store call that ingestion uses: a notice in, what became of it out. */
export type IngestFn = (db: Db, input: NoticeInput) => Promise<IngestOutcome>;

/**
 * The default ingestion step for the CLI, feeds and the server: the store's `ingestNotice`, then,
 * once the transaction has committed, alerts for watchlists that follow the incident's services or
 * data classes. An alert failure never fails the ingest: the notice is stored, the failure logged.
 * Loaded lazily so that `leakwatch --help` stays fast.
 *
 * @example const ingest = await defaultIngest(); await ingest(db, { text, via: 'file' })
 */
export async function defaultIngest(): Promise<IngestFn> {
  const [{ ingestNotice }, { notifyIncidentChanged }] = await Promise.all([
    import('./pipeline.js'),
    import('../watch/notify.js'),
  ]);
  return async (db, input) => {
    const outcome = await ingestNotice(db, input);
    if (outcome.status !== 'unchanged' && outcome.incidentId) {
      const changed = outcome.status === 'new' ? ['new'] : outcome.changed;
      try {
        await notifyIncidentChanged(db, outcome.incidentId, changed);
      } catch (err) {
        log.warn({ incidentId: outcome.incidentId, err: (err as Error).message }, 'alert enqueue failed');
      }
    }
    return outcome;
  };
}
