import { type Command, InvalidArgumentError } from 'commander';

function isoDate(v: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) throw new InvalidArgumentError('expected YYYY-MM-DD');
  return v;
}

/** `leakwatch check-notice FILE`: checks a draft breach notice against APPI, GDPR and California law. */
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
    .option('--today <date>', 'count deadlines as if today were this date (YYYY-MM-DD)', isoDate)
    .option('--no-suggestions', 'do not open the database for suggestions from comparable incidents')
    .addHelpText(
      'after',
      `
The draft is read, checked and forgotten: nothing is stored or logged.

Checks: APPI 施行規則第8条 items 1–9 (and the 第10条 subset owed to individuals), whether 第7条
makes the case reportable, GDPR Art. 33(3)/34(2), California §1798.82 (title, headings, contents);
deadlines (速報 3–5 days, 確報 30/60 days, GDPR 72 hours, California 30-day benchmark).

Examples:
  leakwatch check-notice draft.txt
  leakwatch check-notice draft.txt --detected 2026-04-01
  pbpaste | leakwatch check-notice - --json | jq '.regimes[0].items[] | select(.present | not) | .id'`,
    )
    .action(
      async (
        file: string,
        opts: { json?: boolean; lang?: string; detected?: string; today?: string; suggestions: boolean },
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
            { lang: opts.lang as 'ja' | 'en' | undefined, detected: opts.detected, today: opts.today },
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
