import { AppError } from '../errors.js';
import { isId, newId } from '../ids.js';
import { type CorrectionRequest, checkCorrection } from '../incidents/corrections.js';
import type { FactField } from '../incidents/merge.js';
import type { Db } from './db.js';
import { rebuildIncident } from './incident-store.js';
import { nowIso } from './tx.js';

/**
 * Records an editor's correction of one fact and re-merges the incident. Corrections are stored in
 * incident_corrections and applied last in every merge, so they survive later notices and
 * re-ingestion; the history gets a 'corrected' row with the editor and reason.
 *
 * @example await applyCorrection(db, { incidentId, field: 'detected', value: '2024-05-07', by: userId, reason: '第二報で訂正' })
 */
export async function applyCorrection(
  db: Db,
  req: CorrectionRequest,
): Promise<{ correctionId: string; incidentId: string; changed: FactField[] }> {
  const { field, value } = checkCorrection(req);
  return db.kysely.transaction().execute(async (tx) => {
    const inc = await tx
      .selectFrom('incidents')
      .select(['id', 'organization_id'])
      .where(isId(req.incidentId) ? 'id' : 'slug', '=', req.incidentId)
      .executeTakeFirst();
    if (!inc) throw new AppError('not_found', `Incident not found: ${req.incidentId}`);
    if (db.dialect === 'postgres') {
      // Serialise with ingestion and with other corrections of this incident: without these locks two
      // concurrent rebuilds each miss the other's uncommitted correction and the later commit writes a
      // stale merge. Lock order (organisation, then incident) is the one ingestion uses, so no deadlock.
      // SQLite needs nothing: it allows one writer at a time.
      if (inc.organization_id) {
        await tx
          .selectFrom('organizations')
          .select('id')
          .where('id', '=', inc.organization_id)
          .forUpdate()
          .execute();
      }
      await tx.selectFrom('incidents').select('id').where('id', '=', inc.id).forUpdate().execute();
    }
    const id = newId();
    await tx
      .insertInto('incident_corrections')
      .values({
        id,
        incident_id: inc.id,
        field,
        value: JSON.stringify(value ?? null),
        quote: req.quote?.trim() || null,
        by: req.by,
        reason: req.reason.trim(),
        created_at: nowIso(),
      })
      .execute();
    const { changed } = await rebuildIncident(tx, inc.id);
    return { correctionId: id, incidentId: inc.id, changed };
  });
}
