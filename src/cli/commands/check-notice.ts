import { type Command, InvalidArgumentError } from 'commander';

/**
 * The region codes, spelled out here so that registering the command does not load the checker;
 * check-notice.test.ts holds them equal to the regimes' table.
 */
export const REGION_CODES = ['jp', 'eu', 'ca', 'ny', 'tx', 'wa', 'in', 'kr', 'au'] as const;

/** `--regions jp,ny,tx`: where the affected people live. */
function regionList(v: string): string[] {
  const list = v
    .split(',')
    .map((r) => r.trim().toLowerCase())
    .filter(Boolean);
  const bad = list.filter((r) => !(REGION_CODES as readonly string[]).includes(r));
  if (bad.length || !list.length) {
    throw new InvalidArgumentError(`expected a comma-separated list of ${REGION_CODES.join(', ')}`);
  }
  return list;
}

function isoDate(v: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) throw new InvalidArgumentError('expected YYYY-MM-DD');
  return v;
}

/** `leakwatch check-notice FILE`: checks a draft breach notice against the regimes of the given regions. */
export function register(program: Command): void {
  program
    .command('check-notice')
    .description(
      'Check a draft breach notice (JA/EN) for the items APPI, GDPR and California law require / 公表文の記載事項チェック',
    )
    .argument('<file>', 'the draft as a text file (UTF-8), or - for standard input')
    .option('--json', 'print the whole result as JSON')
    .option('--lang <lang>', 'language of the draft: ja or en (default: detect)')
    .option('--detected <date>', 'the day you became aware (YYYY-MM-DD); deadlines count from it', isoDate)
    .option(
      '--regions <list>',
      'where the affected people live: jp,eu,ca,ny,tx,wa,in,kr,au (default: jp for a Japanese draft, else all)',
      regionList,
    )
    .option('--today <date>', 'count deadlines as if today were this date (YYYY-MM-DD)', isoDate)
    .option('--no-suggestions', 'do not open the database for suggestions from comparable incidents')
    .addHelpText(
      'after',
      `
The draft is read, checked and forgotten: nothing is stored or logged.

Regimes (--regions): jp APPI 施行規則第7条・第8条・第10条; eu GDPR Art. 33/34; ca Civil Code
§1798.82 (SB 446 from 2026-01-01); ny GBL §899-aa and 23 NYCRR 500.17; tx Bus. & Com. Code
§521.053; wa RCW 19.255.010; in DPDP Rules 2025 Rule 7; kr PIPA Art. 34; au Privacy Act s26WK.
Each is judged by the rules in force on the detection date; deadlines count from it.

Examples:
  leakwatch check-notice draft.txt
  leakwatch check-notice draft.txt --detected 2026-04-01
  leakwatch check-notice draft.txt --regions ca,ny,tx --detected 2026-04-01 --json
  pbpaste | leakwatch check-notice - --json | jq '.regimes[0].items[] | select(.present | not) | .id'`,
    )
    .action(
      async (
        file: string,
        opts: {
          json?: boolean;
          lang?: string;
          detected?: string;
          today?: string;
          regions?: string[];
          suggestions: boolean;
        },
      ) => {
        const { AppError } = await import('../../errors.js');
        if (opts.lang !== undefined && opts.lang !== 'ja' && opts.lang !== 'en') {
          throw new AppError('validation_failed', '--lang must be ja or en');
        }
        const { readFile } = await import('node:fs/promises');
        let text: string;
        try {
          text = file === '-' ? await readStdin() : await readFile(file, 'utf8');
        } catch (err) {
          throw new AppError(
            'not_found',
            `Cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? 'error'}`,
          );
        }
        const { runNoticeCheck } = await import('../../notice-check/run.js');
        const { formatCheckReport } = await import('../../notice-check/report.js');
        const check = async (db?: import('../../store/db.js').Db) =>
          runNoticeCheck(
            text,
            {
              lang: opts.lang as 'ja' | 'en' | undefined,
              detected: opts.detected,
              today: opts.today,
              regions: opts.regions as import('../../notice-check/types.js').Region[] | undefined,
            },
            { db },
          );
        let result: Awaited<ReturnType<typeof check>>;
        if (opts.suggestions) {
          const { withDb } = await import('./open-db.js');
          result = await withDb((db) => check(db));
        } else {
          result = await check();
        }
        process.stdout.write(opts.json ? `${JSON.stringify(result, null, 2)}\n` : formatCheckReport(result));
      },
    );
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
