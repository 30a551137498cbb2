import { type Command, InvalidArgumentError } from 'commander';
import { AppError } from '../../errors.js';
import { withReadDb } from './open-db.js';

/** The longest query, as the search API takes it (GET /api/v1/search?q=, 1–200 characters). */
export const MAX_QUERY_CHARS = 200;

function positiveInt(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || n > 200)
    throw new InvalidArgumentError('expected a whole number 1–200');
  return n;
}

/** `leakwatch search QUERY`: incidents by organisation, service, alias or notice text. */
export function register(program: Command): void {
  program
    .command('search')
    .description('Search incidents by organisation, service, alias (kana, romaji, English) or notice text')
    .argument('<query>', 'what to look for, e.g. ナビ, ねっとおふ, netoff, "Example Widgets"')
    .option('--json', 'print the result page as JSON')
    .option('--limit <n>', 'how many incidents to show (1–200)', positiveInt, 20)
    .option('--offset <n>', 'skip the first n results', (v) => Math.max(0, Number.parseInt(v, 10) || 0), 0)
    .addHelpText(
      'after',
      `
Ranking: exact name or alias > name prefix > romaji-equivalent name > name substring > notice text.

Examples:
  leakwatch search ネットオフ
  leakwatch search netoff --limit 5
  leakwatch search "個人情報" --json`,
    )
    .action(async (query: string, opts: { json?: boolean; limit: number; offset: number }) => {
      const length = [...query.trim()].length;
      if (length === 0 || length > MAX_QUERY_CHARS)
        throw new AppError(
          'validation_failed',
          `検索語は1〜${MAX_QUERY_CHARS}文字にしてください (${length}文字) / The query must be 1–${MAX_QUERY_CHARS} characters (it has ${length})`,
        );
      await withReadDb(async (db) => {
        const { createReader } = await import('../../store/reader.js');
        const page = await createReader(db).searchIncidents(query, {
          limit: opts.limit,
          offset: opts.offset,
        });
        if (opts.json) {
          process.stdout.write(`${JSON.stringify(page, null, 2)}\n`);
          return;
        }
        if (page.total === 0) {
          process.stdout.write(`No incidents match “${query}”.\n`);
          return;
        }
        for (const hit of page.items) {
          const i = hit.incident;
          const count = i.affected ? ` ${i.affected.count.toLocaleString('en-US')} ${i.affected.unit}` : '';
          process.stdout.write(
            `${i.published ?? '----------'}  ${i.slug}\n  ${i.title}${i.organization ? ` — ${i.organization.name}` : ''}${count}\n  matched: ${hit.matched}\n`,
          );
        }
        const shown = page.offset + page.items.length;
        process.stdout.write(
          `${shown} of ${page.total}${shown < page.total ? ` (more with --offset ${shown})` : ''}\n`,
        );
      });
    });
}
