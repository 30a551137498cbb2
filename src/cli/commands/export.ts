import { type Command, InvalidArgumentError } from 'commander';

function year(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1970 || n > 2100)
    throw new InvalidArgumentError('expected a year, e.g. 2024');
  return n;
}

/** `leakwatch export`: incidents as JSON, CSV or VERIS-shaped JSON. */
export function register(program: Command): void {
  program
    .command('export')
    .description('Export incidents as JSON, CSV or VERIS-shaped JSON / 事案データの書き出し')
    .option('--format <format>', 'json, csv or veris', 'json')
    .option('--out <file>', 'write to this file instead of standard output')
    .option('--bom', 'CSV: start with a UTF-8 BOM (Excel in Japan)')
    .option('--cause <cause>', 'only incidents with this cause key, e.g. sql_injection')
    .option('--data-class <name>', 'only incidents with this data class, e.g. "Credit cards"')
    .option('--year <year>', 'only incidents of this year', year)
    .option('--organization <slug>', 'only this organisation (id or slug)')
    .option('--updated-since <iso>', 'only incidents updated after this ISO 8601 time')
    .addHelpText(
      'after',
      `
Large exports are read page by page and written as they go. CSV follows RFC 4180 (CRLF, quoted
fields); cells starting with = + - @ get a leading ' so spreadsheets do not run them as formulas.

Examples:
  leakwatch export --format csv --bom --out incidents.csv
  leakwatch export --format veris --cause ransomware --out ransomware.veris.json
  leakwatch export --year 2024 | jq length`,
    )
    .action(
      async (opts: {
        format: string;
        out?: string;
        bom?: boolean;
        cause?: string;
        dataClass?: string;
        year?: number;
        organization?: string;
        updatedSince?: string;
      }) => {
        const { AppError } = await import('../../errors.js');
        const { EXPORT_FORMATS, exportIncidents } = await import('../../exports/export.js');
        const { CAUSE_KEYS, DATA_CLASSES } = await import('../../extract/vocab.js');
        const format = opts.format as (typeof EXPORT_FORMATS)[number];
        if (!EXPORT_FORMATS.includes(format))
          throw new AppError('validation_failed', '--format must be json, csv or veris');
        if (opts.cause && !(CAUSE_KEYS as string[]).includes(opts.cause)) {
          throw new AppError(
            'validation_failed',
            `Unknown cause ${opts.cause} (one of: ${CAUSE_KEYS.join(', ')})`,
          );
        }
        if (opts.dataClass && !(DATA_CLASSES as readonly string[]).includes(opts.dataClass)) {
          throw new AppError('validation_failed', `Unknown data class ${opts.dataClass}`);
        }
        if (opts.updatedSince && Number.isNaN(Date.parse(opts.updatedSince))) {
          throw new AppError('invalid_date', '--updated-since must be an ISO 8601 date or time');
        }
        const { withDb } = await import('./open-db.js');
        const { createWriteStream } = await import('node:fs');
        const { once } = await import('node:events').then((m) => m.default);
        const { loadConfig } = await import('../../config.js');
        const publicUrl = loadConfig().publicUrl;
        await withDb(async (db) => {
          const { createReader } = await import('../../store/reader.js');
          const reader = createReader(db);
          let organizationId: string | undefined;
          if (opts.organization) {
            const org = await reader.getOrganization(opts.organization);
            if (!org) throw new AppError('not_found', `No organisation ${opts.organization}`);
            organizationId = org.id;
          }
          const out = opts.out ? createWriteStream(opts.out) : process.stdout;
          const chunks = exportIncidents(
            { db, reader },
            {
              format,
              bom: opts.bom ?? false,
              publicUrl,
              filter: {
                cause: opts.cause as never,
                dataClass: opts.dataClass as never,
                year: opts.year,
                organizationId,
                updatedSince: opts.updatedSince ? new Date(opts.updatedSince).toISOString() : undefined,
              },
            },
          );
          for await (const chunk of chunks) {
            if (!out.write(chunk)) await once(out, 'drain');
          }
          if (opts.out) {
            const file = out as import('node:fs').WriteStream;
            file.end();
            await once(file, 'finish');
            process.stderr.write(`leakwatch: wrote ${opts.out}\n`);
          }
        });
      },
    );
}
