import { AppError } from '../errors.js';
import { stableJson } from '../incidents/merge.js';
import { IncidentRecord, type IncidentRecordInput } from '../incidents/record.js';
import { logger } from '../log.js';
import type { Db } from './db.js';
import { createIncident, rebuildIncident } from './incident-store.js';
import { findOrCreateOrganization, findOrCreateService } from './names.js';
import { isRetryable, nowIso, type Tx } from './tx.js';

const log = logger('import');

export interface ImportResult {
  new: number;
  updated: number;
  unchanged: number;
  failed: number;
  /** Why each failed record failed (key, or its position when it has no key). */
  errors: { key: string; message: string }[];
}

export interface ImportOptions {
  /** Called after each record with the number done and the total. */
  onProgress?: (done: number, total: number) => void;
  /**
   * Records written per transaction (default 1). A larger batch loads big datasets much faster; when
   * any record of a batch fails, the batch is rolled back and its records are imported one by one,
   * so a bad record still fails alone and nothing half-written lands.
   */
  batchSize?: number;
}

/**
 * Imports structured incident records (starter dataset, HIBP catalogue …). Idempotent by record
 * key (incidents.external_key UNIQUE): a record seen before with the same facts is 'unchanged', with
 * different facts 'updated'. Facts get origin 'import' and no evidence. Each record is its own
 * transaction; a bad record is counted as failed and the rest go on.
 *
 * @example await importRecords(db, [hibpToRecord(adobe)]) // => { new: 1, updated: 0, unchanged: 0, failed: 0, errors: [] }
 */
export async function importRecords(
  db: Db,
  records: readonly (IncidentRecord | IncidentRecordInput)[],
  opts: ImportOptions = {},
): Promise<ImportResult> {
  const result: ImportResult = { new: 0, updated: 0, unchanged: 0, failed: 0, errors: [] };
  let done = 0;
  const batchSize = Math.max(1, opts.batchSize ?? 1);
  const valid: { i: number; record: IncidentRecord }[] = [];
  for (const [i, raw] of records.entries()) {
    const parsed = IncidentRecord.safeParse(raw);
    if (parsed.success) {
      valid.push({ i, record: parsed.data });
      continue;
    }
    result.failed++;
    const issue = parsed.error.issues[0]!;
    const key = (raw as { key?: unknown }).key;
    result.errors.push({
      key: typeof key === 'string' ? key : `#${i}`,
      message: `${issue.path.join('.')}: ${issue.message}`,
    });
    done++;
    opts.onProgress?.(done, records.length);
  }
  const one = async (record: IncidentRecord): Promise<void> => {
    try {
      const status = await importOne(db, record);
      result[status]++;
    } catch (err) {
      result.failed++;
      result.errors.push({ key: record.key, message: (err as Error).message });
      log.warn({ key: record.key, err: (err as Error).message }, 'import of a record failed');
    }
    done++;
    opts.onProgress?.(done, records.length);
  };
  for (let start = 0; start < valid.length; start += batchSize) {
    const batch = valid.slice(start, start + batchSize);
    if (batch.length === 1) {
      await one(batch[0]!.record);
      continue;
    }
    let statuses: ('new' | 'updated' | 'unchanged')[] | null = null;
    try {
      statuses = await db.kysely.transaction().execute(async (tx) => {
        const out: ('new' | 'updated' | 'unchanged')[] = [];
        for (const { record } of batch) out.push(await importInTx(tx, record, stableJson(record)));
        return out;
      });
    } catch {
      statuses = null;
    }
    if (statuses) {
      for (const st of statuses) {
        result[st]++;
        done++;
        opts.onProgress?.(done, records.length);
      }
    } else {
      for (const { record } of batch) await one(record);
    }
  }
  return result;
}

async function importOne(db: Db, record: IncidentRecord): Promise<'new' | 'updated' | 'unchanged'> {
  const json = stableJson(record);
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.kysely.transaction().execute((tx) => importInTx(tx, record, json));
    } catch (err) {
      if (attempt < 3 && isRetryable(err)) continue;
      throw err;
    }
  }
}

async function importInTx(
  tx: Tx,
  record: IncidentRecord,
  json: string,
): Promise<'new' | 'updated' | 'unchanged'> {
  const existing = await tx
    .selectFrom('incidents')
    .select(['id', 'import_record'])
    .where('external_key', '=', record.key)
    .executeTakeFirst();
  if (existing && existing.import_record === json) return 'unchanged';
  const org = await findOrCreateOrganization(tx, record.organization.name, [
    ...record.organization.aliases,
    ...record.organization.domains,
  ]);
  for (const s of record.services)
    await findOrCreateService(tx, org.id, s.name, [...s.aliases, ...s.domains]);
  if (existing) {
    await tx
      .updateTable('incidents')
      .set({ import_record: json, organization_id: org.id, source: record.source, updated_at: nowIso() })
      .where('id', '=', existing.id)
      .execute();
    await rebuildIncident(tx, existing.id);
    return 'updated';
  }
  const latin = [record.organization.name, ...record.organization.aliases].find((n) => /[a-z0-9]/i.test(n));
  const id = await createIncident(tx, {
    organizationId: org.id,
    slugName: latin ?? record.organization.name,
    year: (record.published ?? record.incident_start ?? '').slice(0, 4) || null,
    source: record.source,
    externalKey: record.key,
    importRecord: json,
    sourceUrl: record.source_url,
    lang: record.lang,
    title: record.title ?? org.name,
  });
  await rebuildIncident(tx, id);
  return 'new';
}

/** Throws unless `n` records were all accounted for (a guard for callers that must not lose data). */
export function assertComplete(r: ImportResult, n: number): void {
  if (r.new + r.updated + r.unchanged + r.failed !== n) {
    throw new AppError(
      'internal',
      `Import accounted for ${r.new + r.updated + r.unchanged + r.failed} of ${n} records`,
    );
  }
}
