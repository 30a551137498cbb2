import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { AppError, type ErrorDetail } from '../errors.js';
import { IncidentRecord } from '../incidents/record.js';
import { logger } from '../log.js';
import { bulkLoadRecords } from './bulk-load.js';
import type { Db } from './db.js';
import { importRecords } from './import.js';

const log = logger('starter');

/**
 * The shipped starter dataset (gzipped JSON). Resolved from this module's own address: src/store/starter.ts (tsx) and
 * dist/store/starter.js (after build) both sit two folders below the package root.
 */
export const STARTER_FILE = fileURLToPath(new URL('../../data/starter/incidents.json.gz', import.meta.url));

export interface StarterLoadOptions {
  /** Another dataset file in the same format (tests, a custom starter). */
  file?: string;
  /** Import even when the database already has incidents (records already there come back unchanged). */
  force?: boolean;
}

export interface StarterLoadResult {
  /** Incidents created or updated by this call. */
  imported: number;
  /** True when nothing was read because the database already had incidents. */
  skipped: boolean;
}

/** How many offending keys an error message names before "… and N more". */
const KEYS_IN_MESSAGE = 20;

/**
 * Reads and validates a starter file: a JSON array of IncidentRecord with unique keys.
 * Throws an AppError('validation_failed') naming the keys of the bad records, with one detail per issue.
 *
 * @example await readStarterFile() // => [{ key: 'starter:seed-naver-2013', … }, …]
 */
export async function readStarterFile(file: string = STARTER_FILE): Promise<IncidentRecord[]> {
  let raw: string;
  try {
    const bytes = await readFile(file);
    // A .gz file (the shipped dataset) is gunzipped; anything else is read as UTF-8 JSON.
    raw = (file.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
  } catch (err) {
    throw new AppError('unavailable', `Starter dataset cannot be read: ${file}`, { cause: err });
  }
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (err) {
    throw new AppError('validation_failed', `Starter dataset is not valid JSON: ${file}`, { cause: err });
  }
  if (!Array.isArray(data)) {
    throw new AppError(
      'validation_failed',
      `Starter dataset must be a JSON array of incident records: ${file}`,
    );
  }
  const records: IncidentRecord[] = [];
  const badKeys: string[] = [];
  const details: ErrorDetail[] = [];
  const seen = new Set<string>();
  data.forEach((item: unknown, i) => {
    const key =
      item && typeof item === 'object' && typeof (item as { key?: unknown }).key === 'string'
        ? (item as { key: string }).key
        : `#${i}`;
    const parsed = IncidentRecord.safeParse(item);
    if (!parsed.success) {
      badKeys.push(key);
      for (const issue of parsed.error.issues) {
        details.push({
          code: issue.code,
          path: [i, ...issue.path.map((p) => (typeof p === 'number' ? p : String(p)))],
          message: `${key}: ${issue.message}`,
        });
      }
      return;
    }
    if (seen.has(parsed.data.key)) {
      badKeys.push(key);
      details.push({ code: 'duplicate_key', path: [i, 'key'], message: `${key}: duplicate key` });
      return;
    }
    seen.add(parsed.data.key);
    records.push(parsed.data);
  });
  if (badKeys.length > 0) {
    const more = badKeys.length > KEYS_IN_MESSAGE ? ` … and ${badKeys.length - KEYS_IN_MESSAGE} more` : '';
    throw new AppError(
      'validation_failed',
      `Starter dataset ${file} has ${badKeys.length} invalid record(s): ${badKeys.slice(0, KEYS_IN_MESSAGE).join(', ')}${more}`,
      { details },
    );
  }
  return records;
}

/**
 * Fills an empty database with the starter dataset (real incidents as facts) so that a fresh install
 * shows something true. Does nothing when the database already has incidents, unless `force`.
 * The whole file is validated before anything is written.
 *
 * @example await loadStarterDataset(db) // => { imported: 230, skipped: false }; again => { imported: 0, skipped: true }
 */
export async function loadStarterDataset(db: Db, opts: StarterLoadOptions = {}): Promise<StarterLoadResult> {
  if (!opts.force) {
    const row = await db.kysely
      .selectFrom('incidents')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirst();
    if (Number(row?.n ?? 0) > 0) return { imported: 0, skipped: true };
  }
  const file = opts.file ?? STARTER_FILE;
  const records = await readStarterFile(file);
  // An empty store takes the whole dataset in one transaction (seconds for thousands of records);
  // otherwise records are matched against what is stored, in batches.
  let result = await bulkLoadRecords(db, records).catch((err: unknown) => {
    log.warn({ err: (err as Error).message }, 'bulk load failed; importing record by record');
    return null;
  });
  result ??= await importRecords(db, records, { batchSize: 500 });
  if (result.failed > 0) {
    // Keys only: they name datasets and organisations, never people.
    log.warn(
      { failed: result.failed, keys: result.errors.slice(0, KEYS_IN_MESSAGE).map((e) => e.key) },
      'some starter records were not imported',
    );
  }
  log.info(
    { file, new: result.new, updated: result.updated, unchanged: result.unchanged, failed: result.failed },
    'starter dataset loaded',
  );
  return { imported: result.new + result.updated, skipped: false };
}
