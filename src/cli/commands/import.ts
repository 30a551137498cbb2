import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Command } from 'commander';
import type { ParseResult } from '../../datasets/common.js';
import type { JpRow } from '../../datasets/jp-list.js';
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

async function readText(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (err) {
    throw new AppError('bad_request', `Cannot read ${file}: ${(err as Error).message}`);
  }
}

/** One dataset's importer: its name, what it reads, and its pure parser (src/datasets). */
interface DatasetCommand {
  name: string;
  description: string;
  example: string;
  parse: (file: string) => Promise<ParseResult>;
}

const DATASETS: DatasetCommand[] = [
  {
    name: 'prc',
    description: 'Import a Privacy Rights Clearinghouse chronology (CSV); records keyed prc:<file>:<row>',
    example: 'leakwatch import prc ../shared/datasets/prc_chronology_2016.csv',
    parse: async (file) => {
      const { parsePrc } = await import('../../datasets/prc.js');
      // The file's first year names its rows, so two chronologies never share keys.
      const tag = /(\d{4})/.exec(basename(file))?.[1] ?? basename(file).replace(/\W+/g, '-');
      return parsePrc(await readText(file), { file: tag, dataset: basename(file) });
    },
  },
  {
    name: 'hhs',
    description: 'Import the HHS OCR health breach list (Wolfram CSV export); records keyed hhs:<row>',
    example: 'leakwatch import hhs ../shared/datasets/hhs_ocr_breaches_2009_2016_wolfram.csv',
    parse: async (file) =>
      (await import('../../datasets/hhs.js')).parseHhs(await readText(file), basename(file)),
  },
  {
    name: 'ca-ag',
    description: 'Import the California Attorney General breach list (JSON lines); records keyed ca-ag:<row>',
    example: 'leakwatch import ca-ag ../shared/datasets/ca_ag_notice_abstracts.jsonl',
    parse: async (file) =>
      (await import('../../datasets/ca-ag.js')).parseCaAg(await readText(file), basename(file)),
  },
  {
    name: 'wa-ag',
    description: 'Import the Washington Attorney General breach list (CSV); records keyed wa-ag:<Id>',
    example: 'leakwatch import wa-ag ../shared/datasets/wa_ag_breaches.csv',
    parse: async (file) =>
      (await import('../../datasets/wa-ag.js')).parseWaAg(await readText(file), basename(file)),
  },
  {
    name: 'jp-list',
    description: 'Import the list of Japanese breach announcements (jp_security_announcements.json)',
    example: 'leakwatch import jp-list ../shared/datasets/jp_security_announcements.json',
    parse: async (file) => {
      const { parseJpList } = await import('../../datasets/jp-list.js');
      return parseJpList((await readJsonArray(file)) as JpRow[], basename(file));
    },
  },
];

/** `leakwatch import prc|hhs|ca-ag|wa-ag|hibp|jp-list FILE` and `leakwatch import records FILE`. */
export function register(program: Command): void {
  const cmd = program
    .command('import')
    .description(
      'Import incidents from structured datasets (idempotent: re-running updates, never duplicates)',
    );
  for (const d of DATASETS) {
    cmd
      .command(d.name)
      .description(d.description)
      .argument('<file>', 'the dataset file')
      .option('--json', 'print the counts as JSON')
      .addHelpText(
        'after',
        `\nEach row becomes a record with its origin (file, row, address); facts only, never the row's prose.\n\nExample:\n  ${d.example}`,
      )
      .action(async (file: string, opts: { json?: boolean }) => {
        const { records, skipped } = await d.parse(file);
        await run(records, skipped.length, opts.json);
      });
  }
  cmd
    .command('hibp')
    .description("Import Have I Been Pwned's breach catalogue (the JSON of its /api/v3/breaches)")
    .argument('<file>', 'JSON array of HIBP breaches')
    .option('--include-fabricated', 'also import breaches HIBP marks as fabricated or spam lists')
    .option('--json', 'print the counts as JSON')
    .addHelpText(
      'after',
      `
Each breach becomes an incident keyed hibp:<Name> (facts only: name, domain, dates, count in accounts,
data classes). Rows without a Name (the supplement) are named after their logo.

Examples:
  leakwatch import hibp ../shared/datasets/hibp_breaches.json
  curl -s https://haveibeenpwned.com/api/v3/breaches > breaches.json && leakwatch import hibp breaches.json`,
    )
    .action(async (file: string, opts: { includeFabricated?: boolean; json?: boolean }) => {
      const { parseHibp } = await import('../../datasets/hibp.js');
      const { records, skipped } = parseHibp(await readJsonArray(file), {
        dataset: basename(file),
        includeFabricated: opts.includeFabricated,
        includeSensitive: true,
      });
      await run(records, skipped.length, opts.json);
    });
  cmd
    .command('records')
    .description(
      'Import incident records (leakwatch IncidentRecord JSON array, e.g. data/starter/jp-history/*.json)',
    )
    .argument('<file>', 'JSON array of records with key, source, organization …')
    .option('--json', 'print the counts as JSON')
    .addHelpText('after', '\nExample:\n  leakwatch import records data/starter/jp-history/jp-history-a.json')
    .action(async (file: string, opts: { json?: boolean }) => {
      await run((await readJsonArray(file)) as IncidentRecordInput[], 0, opts.json);
    });
}
