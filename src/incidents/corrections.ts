import { z } from 'zod';
import { AppError } from '../errors.js';
import { FACT_FIELDS, type FactField } from '../extract/types.js';
import {
  AFFECTED_UNITS,
  CAUSE_KEYS,
  DATA_CLASSES,
  LEAK_STATUSES,
  MEASURE_KEYS,
  QUALIFIERS,
  REPORT_STAGES,
} from '../extract/vocab.js';

/**
 * What an editor's correction of an incident may be: a known fact field, a value of that field's
 * shape, an editor and a reason. Stored by src/store/corrections.ts; applied last in every merge
 * (src/incidents/merge.ts), so it survives later notices.
 */

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
 * Checks a correction; returns its field and value, or throws validation_failed naming what is wrong.
 *
 * @example checkCorrection({ incidentId, field: 'detected', value: '2024-05-07', by, reason: '訂正' })
 *          // => { field: 'detected', value: '2024-05-07' }
 */
export function checkCorrection(req: CorrectionRequest): { field: FactField; value: unknown } {
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
  return { field, value: parsed.data };
}
