import { z } from 'zod';
import { AppError } from '../errors.js';
import {
  AFFECTED_UNITS,
  CAUSE_KEYS,
  DATA_CLASSES,
  LEAK_STATUSES,
  MEASURE_KEYS,
  QUALIFIERS,
  REPORT_STAGES,
} from '../extract/vocab.js';
import { isId, newId } from '../ids.js';
import { FACT_FIELDS, type FactField } from '../incidents/merge.js';
import type { Db } from './db.js';
import { rebuildIncident } from './incident-store.js';
import { nowIso } from './tx.js';

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD 形式の日付 (expected YYYY-MM-DD)');

/** What an editor may set each field to (null clears a single-valued field). */
const FIELD_VALUES: Record<FactField, z.ZodType> = {
  organization: z.string().min(1).nullable(),
  services: z.array(z.string().min(1)),
  report_stage: z.enum(REPORT_STAGES).nullable(),
  published: IsoDate.nullable(),
  incident_start: IsoDate.nullable(),
  incident_end: IsoDate.nullable(),
  detected: IsoDate.nullable(),
  contained: IsoDate.nullable(),
  resumed: IsoDate.nullable(),
  regulator_reported: IsoDate.nullable(),
  police_reported: IsoDate.nullable(),
  affected: z
    .object({
      count: z.number().int().nonnegative(),
      unit: z.enum(AFFECTED_UNITS),
      qualifier: z.enum(QUALIFIERS),
    })
    .nullable(),
  counts: z.array(
    z.object({
      count: z.number().int().nonnegative(),
      unit: z.enum(AFFECTED_UNITS),
      qualifier: z.enum(QUALIFIERS),
      subject: z.string(),
      status: z.enum(LEAK_STATUSES).nullable(),
    }),
  ),
  data_classes: z.array(z.enum(DATA_CLASSES)),
  causes: z.array(z.enum(CAUSE_KEYS as [string, ...string[]])),
  measures: z.array(z.enum(MEASURE_KEYS as [string, ...string[]])),
  leak_status: z.enum(LEAK_STATUSES).nullable(),
  contact: z
    .object({
      name: z.string().nullable(),
      phones: z.array(z.string()),
      emails: z.array(z.string()),
      urls: z.array(z.string()),
      hours: z.string().nullable(),
    })
    .nullable(),
  scope: z.array(
    z.object({
      description: z.string(),
      from: IsoDate.nullable(),
      to: IsoDate.nullable(),
      fromTime: z.string().nullable(),
      toTime: z.string().nullable(),
    }),
  ),
};

export interface CorrectionRequest {
  /** Incident id or slug. */
  incidentId: string;
  field: string;
  value: unknown;
  /** The sentence of a notice (or other source) the editor relied on. */
  quote?: string | null;
  /** The editor's user id. */
  by: string;
  reason: string;
}

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
  if (!(FACT_FIELDS as readonly string[]).includes(req.field)) {
    throw new AppError('validation_failed', `Correction: field: 不明な項目です (unknown field ${req.field})`);
  }
  const field = req.field as FactField;
  const parsed = FIELD_VALUES[field].safeParse(req.value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new AppError(
      'validation_failed',
      `Correction: value${issue.path.length ? `.${issue.path.join('.')}` : ''}: ${issue.message}`,
    );
  }
  if (!req.by.trim())
    throw new AppError('validation_failed', 'Correction: by: 編集者が必要です (editor required)');
  if (!req.reason.trim())
    throw new AppError('validation_failed', 'Correction: reason: 理由が必要です (reason required)');
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
        value: JSON.stringify(parsed.data ?? null),
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
