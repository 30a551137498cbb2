import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { AppError } from '../../errors.js';
import type { IncidentRecordInput } from '../../incidents/record.js';
import { withDb } from './open-db.js';

async function readJsonArray(file: string): Promise<unknown[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    throw new AppError('bad_request', `Cannot read ${file}: ${(err as Error).message}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new AppError('validation_failed', `${file} is not JSON: ${(err as Error).message}`);
  }
  if (!Array.isArray(data)) throw new AppError('validation_failed', `${file} must hold a JSON array`);
  return data;
}

async function run(
  records: IncidentRecordInput[],
  skipped: number,
  json: boolean | undefined,
): Promise<void> {
  await withDb(async (db) => {
    const { importRecords } = await import('../../store/import.js');
    const tty = process.stderr.isTTY && !json;
    const r = await importRecords(db, records, {
      onProgress: tty ? (d, n) => process.stderr.write(`\r${d}/${n}`) : undefined,
    });
    if (tty) process.stderr.write('\n');
    if (json) {
      process.stdout.write(`${JSON.stringify({ ...r, skipped }, null, 2)}\n`);
    } else {
      process.stdout.write(
        `new ${r.new}, updated ${r.updated}, unchanged ${r.unchanged}, failed ${r.failed}${skipped ? `, skipped ${skipped}` : ''}\n`,
      );
      for (const e of r.errors.slice(0, 20)) process.stdout.write(`  ${e.key}: ${e.message}\n`);
    }
    if (r.failed > 0) process.exitCode = 1;
  });
}

/** `leakwatch import hibp FILE` and `leakwatch import records FILE`. */
export function register(program: Command): void {
  const cmd = program
    .command('import')
    .description(
      'Import incidents from structured datasets (idempotent: re-running updates, never duplicates)',
    );
  cmd
    .command('hibp')
    .description("Import Have I Been Pwned's breach catalogue (the JSON of its /api/v3/breaches)")
    .argument('<file>', 'JSON array of HIBP breaches')
    .option('--include-fabricated', 'also import breaches HIBP marks as fabricated or spam lists')
    .option('--json', 'print the counts as JSON')
    .addHelpText(
      'after',
      `
Each breach becomes an incident keyed hibp:<Name> (facts only: name, domain, dates, count, data classes).

Examples:
  leakwatch import hibp ../shared/datasets/hibp_breaches.json
  curl -s https://haveibeenpwned.com/api/v3/breaches > breaches.json && leakwatch import hibp breaches.json`,
    )
    .action(async (file: string, opts: { includeFabricated?: boolean; json?: boolean }) => {
      const { hibpToRecord, HibpBreach } = await import('../../incidents/hibp.js');
      const rows = await readJsonArray(file);
      const records: IncidentRecordInput[] = [];
      let skipped = 0;
      for (const [i, row] of rows.entries()) {
        const b = HibpBreach.safeParse(row);
        if (!b.success) {
          // Keep a placeholder so that importRecords counts it as failed with its position.
          records.push({ key: `hibp:#${i}` } as IncidentRecordInput);
          continue;
        }
        if (!opts.includeFabricated && (b.data.IsFabricated || b.data.IsSpamList)) {
          skipped++;
          continue;
        }
        records.push(hibpToRecord(b.data));
      }
      await run(records, skipped, opts.json);
    });
  cmd
    .command('records')
    .description(
      'Import incident records (leakwatch IncidentRecord JSON array, e.g. data/starter/incidents.json)',
    )
    .argument('<file>', 'JSON array of records with key, source, organization …')
    .option('--json', 'print the counts as JSON')
    .addHelpText('after', '\nExample:\n  leakwatch import records data/starter/incidents.json')
    .action(async (file: string, opts: { json?: boolean }) => {
      await run((await readJsonArray(file)) as IncidentRecordInput[], 0, opts.json);
    });
}
