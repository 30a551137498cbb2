import { sql } from 'kysely';
import { newId } from '../ids.js';
import { logger } from '../log.js';
import type { Db } from '../store/db.js';
import { enqueueJob } from '../store/jobs.js';
import { nowIso } from '../store/tx.js';

const log = logger('watch');

/** The job kind that delivers one alert (payload `{ alertId }`). */
export const ALERT_JOB = 'watch.alert';

/**
 * Queues alerts about an incident that is new or whose facts changed: one alert per active channel
 * (confirmed, not unsubscribed) of every watchlist following its organisation, one of its services
 * or one of its data classes, and one delivery job per alert. The incident's `updated_at` is the alert's revision, so
 * calling this twice for the same state queues nothing the second time (UNIQUE (channel_id,
 * incident_id, revision)); a later change is a new revision and a new alert. Alerts and jobs are
 * written in one transaction.
 *
 * Call it after ingestion or import has committed a change: `changedFields` is ['new'] for a new
 * incident, or the changed fact names (IngestOutcome.changed).
 *
 * @example await notifyIncidentChanged(db, outcome.incidentId, outcome.status === 'new' ? ['new'] : outcome.changed)
 *          // => { alerts: 2 }
 */
export async function notifyIncidentChanged(
  db: Db,
  incidentId: string,
  changedFields: readonly string[],
): Promise<{ alerts: number }> {
  const incident = await db.kysely
    .selectFrom('incidents')
    .select(['id', 'updated_at', 'data_classes', 'organization_id'])
    .where('id', '=', incidentId)
    .executeTakeFirst();
  if (!incident) return { alerts: 0 };
  const services = (
    await db.kysely
      .selectFrom('incident_services')
      .select('service_id')
      .where('incident_id', '=', incidentId)
      .execute()
  ).map((r) => r.service_id);
  let classes: string[] = [];
  try {
    const parsed: unknown = JSON.parse(incident.data_classes);
    if (Array.isArray(parsed)) classes = parsed.filter((c): c is string => typeof c === 'string');
  } catch {
    log.warn({ incidentId }, 'incident data_classes is not JSON');
  }
  const org = incident.organization_id;
  if (services.length + classes.length === 0 && !org) return { alerts: 0 };

  const conds = [
    ...(org ? [sql`(t.kind = 'organization' and t.value = ${org})`] : []),
    ...(services.length ? [sql`(t.kind = 'service' and t.value in (${sql.join(services)}))`] : []),
    ...(classes.length ? [sql`(t.kind = 'data_class' and t.value in (${sql.join(classes)}))`] : []),
  ];
  const channels = await sql<{ id: string; watch_id: string }>`select distinct c.id, c.watch_id
    from watch_channels c join watch_targets t on t.watch_id = c.watch_id
    where c.confirmed_at is not null and c.unsubscribed_at is null and (${sql.join(conds, sql` or `)})
    order by c.id`.execute(db.kysely);
  if (channels.rows.length === 0) return { alerts: 0 };

  const changed = JSON.stringify([...changedFields]);
  let alerts = 0;
  await db.kysely.transaction().execute(async (tx) => {
    const txDb: Db = { ...db, kysely: tx };
    for (const ch of channels.rows) {
      const id = newId();
      const inserted = await tx
        .insertInto('watch_alerts')
        .values({
          id,
          watch_id: ch.watch_id,
          channel_id: ch.id,
          incident_id: incidentId,
          revision: incident.updated_at,
          changed,
          status: 'queued',
          attempts: 0,
          sent_at: null,
          created_at: nowIso(),
        })
        .onConflict((oc) => oc.columns(['channel_id', 'incident_id', 'revision']).doNothing())
        .returning('id')
        .executeTakeFirst();
      if (!inserted) continue;
      await enqueueJob(txDb, { kind: ALERT_JOB, payload: { alertId: id }, dedupeKey: `${ALERT_JOB}:${id}` });
      alerts++;
    }
  });
  if (alerts > 0) log.info({ incidentId, alerts }, 'alerts queued');
  return { alerts };
}

/**
 * Alerts for several changed incidents (a batch of ingested notices): one query first to see
 * whether any confirmed channel exists at all — with none, nothing else runs — then each incident
 * as notifyIncidentChanged does. One incident's failure is logged and the others go on.
 *
 * @example await notifyIncidentsChanged(db, [{ incidentId, changed: ['new'] }]) // => { alerts: 0 }
 */
export async function notifyIncidentsChanged(
  db: Db,
  changes: readonly { incidentId: string; changed: readonly string[] }[],
): Promise<{ alerts: number }> {
  if (changes.length === 0) return { alerts: 0 };
  const listening = await db.kysely
    .selectFrom('watch_channels')
    .select('id')
    .where('confirmed_at', 'is not', null)
    .where('unsubscribed_at', 'is', null)
    .limit(1)
    .executeTakeFirst();
  if (!listening) return { alerts: 0 };
  let alerts = 0;
  for (const c of changes) {
    try {
      alerts += (await notifyIncidentChanged(db, c.incidentId, c.changed)).alerts;
    } catch (err) {
      log.warn({ incidentId: c.incidentId, err: (err as Error).message }, 'alert enqueue failed');
    }
  }
  return { alerts };
}
