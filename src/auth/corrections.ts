import { z } from 'zod';
import type { Config } from '../config.js';
import { AppError } from '../errors.js';
import type { IncidentDetail, MergedFact } from '../incidents/types.js';
import { applyCorrection } from '../store/corrections.js';
import type { Db } from '../store/db.js';
import { audit } from './audit.js';
import type { EditableField } from './pages.js';
import type { SessionUser } from './sessions.js';

export const CorrectionForm = z.object({
  field: z.string().regex(/^[a-z_]{1,40}$/),
  value: z.string().max(10_000),
  quote: z.string().trim().max(2000).optional(),
  reason: z.string().trim().min(3).max(1000),
});

/**
 * The form's value as the store expects it: JSON when it parses (numbers, arrays, objects, null),
 * otherwise the text itself; for a list field, plain text may also be one item per line or comma.
 *
 * @example parseCorrectionValue('2024-05-08', false) // '2024-05-08'
 * @example parseCorrectionValue('Names, Email addresses', true) // ['Names', 'Email addresses']
 */
export function parseCorrectionValue(raw: string, isList: boolean): unknown {
  const text = raw.trim();
  if (text === '') return isList ? [] : null;
  if (/^[[{"\-\d]|^(true|false|null)$/.test(text)) {
    try {
      return JSON.parse(text);
    } catch {
      // Not JSON after all (e.g. "2024-05-08" starts with a digit): keep it as text.
    }
  }
  if (isList) {
    return text
      .split(/[\n,、]/)
      .map((s) => s.trim())
      .filter(Boolean);
  }
  return text;
}

/** The incident's facts as editable rows (every field of IncidentFacts, set or not). */
export function editableFields(incident: IncidentDetail): EditableField[] {
  return Object.entries(incident.facts).map(([field, f]) => {
    if (Array.isArray(f)) {
      const items = f as MergedFact<unknown>[];
      return {
        field,
        current: items.length ? JSON.stringify(items.map((i) => i.value)) : '',
        quote: items.find((i) => i.evidence)?.evidence?.quote ?? null,
        origin: items[0]?.origin ?? null,
      };
    }
    const one = f as MergedFact<unknown> | null;
    return {
      field,
      current: one === null ? '' : typeof one.value === 'string' ? one.value : JSON.stringify(one.value),
      quote: one?.evidence?.quote ?? null,
      origin: one?.origin ?? null,
    };
  });
}

/**
 * An editor's correction of one fact: validated, handed to the store (which keeps it with who, when
 * and why and re-applies it after every re-merge), then written to the audit log. The audit entry
 * holds the field and incident id — not the value or the reason, which may quote a notice.
 */
export async function submitCorrection(
  db: Db,
  config: Pick<Config, 'secret'>,
  incident: IncidentDetail,
  user: SessionUser,
  form: z.infer<typeof CorrectionForm>,
  ip: string,
): Promise<void> {
  if (!(form.field in incident.facts)) {
    throw new AppError('validation_failed', `Unknown field: ${form.field}`, {
      details: [{ code: 'unknown_field', path: ['field'], message: 'not a fact field of incidents' }],
    });
  }
  const isList = Array.isArray((incident.facts as Record<string, unknown>)[form.field]);
  const value = parseCorrectionValue(form.value, isList);
  await applyCorrection(db, {
    incidentId: incident.id,
    field: form.field,
    value,
    ...(form.quote ? { quote: form.quote } : {}),
    by: user.id,
    reason: form.reason,
  });
  await audit(db, config, {
    actor: user.id,
    action: 'correction.add',
    target: incident.id,
    ip,
    details: { field: form.field, has_quote: Boolean(form.quote) },
  });
}
